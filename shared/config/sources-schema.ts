import { z } from 'zod';
import { RATING_SCALES } from '../scoring/assessment.js';

const SOURCE_NAMES = [
  'typeform',
  'delighted',
  'zendesk',
  'intercom',
  'surveymonkey',
  'qualtrics',
  'generic',
  'contactlens',
] as const;

const ScaleSchema = z.enum(RATING_SCALES);

/** Names of the custom fields (hidden fields, person properties, attributes) that identify a customer. */
const CustomerFieldsSchema = z
  .object({
    customerId: z.string().default('customer_id'),
    accountId: z.string().default('account_id'),
    segment: z.string().default('segment'),
    email: z.string().default('email'),
  })
  .default({
    customerId: 'customer_id',
    accountId: 'account_id',
    segment: 'segment',
    email: 'email',
  });

/** What every source has: on/off, where its secret lives, which custom fields name the customer. */
const sourceBase = {
  enabled: z.boolean().default(false),
  /**
   * An existing Secrets Manager secret (ARN). When absent, `cdk deploy` creates an empty secret
   * for the source; put the value in it after deploying (see README, "Platform admin").
   */
  secretArn: z.string().startsWith('arn:', { error: 'expected a Secrets Manager ARN' }).optional(),
  customerFields: CustomerFieldsSchema,
};

const SourcesSchema = z
  .object({
    typeform: z
      .object({
        ...sourceBase,
        /** Rating scale per opinion-scale/rating field, keyed by the field's `ref` (the payload does not carry it). */
        ratingFields: z.record(z.string(), ScaleSchema).default({}),
        /** Scale for a numeric answer whose field ref is not listed above; null ignores such answers. */
        defaultScale: ScaleSchema.nullable().default('nps'),
      })
      .prefault({}),
    delighted: z
      .object({
        ...sourceBase,
        /** Delighted `survey_type` -> our scale (only `nps` is confirmed by the vendor docs). */
        surveyTypes: z
          .record(z.string(), ScaleSchema)
          .default({ nps: 'nps', enps: 'nps', csat: 'csat', ces: 'ces', 'five-star': 'csat' }),
      })
      .prefault({}),
    zendesk: z
      .object({
        ...sourceBase,
        /** Zendesk's docs disagree on the signed byte order: configurable, confirmed by a real delivery. */
        signedContent: z.enum(['timestamp+body', 'body+timestamp']).default('timestamp+body'),
      })
      .prefault({}),
    intercom: z
      .object({
        ...sourceBase,
        /** Conversation custom attribute that carries the account id. */
        accountAttribute: z.string().default('Account ID'),
      })
      .prefault({}),
    surveymonkey: z
      .object({
        ...sourceBase,
        apiBaseUrl: z.url().default('https://api.surveymonkey.com/v3'),
        /** Question id -> scale for the rating question(s) of a survey. */
        ratingQuestions: z.record(z.string(), ScaleSchema).default({}),
        /** Question ids whose open-ended answers are the comment; empty: every open-ended answer. */
        commentQuestions: z.array(z.string()).default([]),
      })
      .prefault({}),
    qualtrics: z
      .object({
        ...sourceBase,
        /** Your data centre's API base, e.g. https://yourdatacenterid.qualtrics.com/API/v3 */
        apiBaseUrl: z.url().default('https://iad1.qualtrics.com/API/v3'),
        /** Question id (QID) -> scale for rating questions. */
        ratingQuestions: z.record(z.string(), ScaleSchema).default({}),
        /** Question ids whose text answers are the comment. */
        commentQuestions: z.array(z.string()).default([]),
      })
      .prefault({}),
    generic: z.object({ ...sourceBase }).prefault({}),
    contactlens: z
      .object({
        ...sourceBase,
        /** Amazon Connect instance whose contacts' attributes name the customer. */
        connectInstanceId: z.string().optional(),
        attributeNames: z
          .object({
            customerId: z.string().default('customerId'),
            email: z.string().default('email'),
            accountId: z.string().default('accountId'),
            segment: z.string().default('segment'),
          })
          .prefault({}),
        /**
         * Contact Lens writes an original and a redacted analysis file per call; ingesting both
         * would count each call twice. Redacted keeps PII out of the pipeline.
         */
        analysisFiles: z.enum(['redacted', 'original']).default('redacted'),
        /** Bucket that Amazon Connect writes analysis files to (an existing bucket of the instance). */
        bucketName: z.string().optional(),
      })
      .prefault({}),
  })
  .prefault({});

const IngestSchema = z
  .object({
    /** Bodies larger than this are answered 413. */
    maxBodyBytes: z.number().int().positive().max(1_048_576).default(262_144),
    /** Accepted clock skew for schemes that sign a timestamp (Standard Webhooks, Zendesk). */
    replayToleranceSeconds: z.number().int().positive().default(300),
    /** Timeout of one platform API call (SurveyMonkey, Qualtrics fetch the response by id). */
    apiTimeoutMs: z.number().int().positive().max(25_000).default(4_000),
  })
  .prefault({});

type SourceName = (typeof SOURCE_NAMES)[number];
type SourcesConfig = z.infer<typeof SourcesSchema>;
type IngestConfig = z.infer<typeof IngestSchema>;

export { IngestSchema, SOURCE_NAMES, SourcesSchema };
export type { IngestConfig, SourceName, SourcesConfig };
