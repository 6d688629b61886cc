import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { RATING_SCALES } from '../scoring/assessment.js';
import { header } from '../http.js';
import { accepted, JSON_MEDIA_TYPES, type SourceAdapter, type WebhookRequest } from './adapter.js';
import { IDENTITY_MAX, isScalePoint, NOT_A_SCALE_POINT, SCALE_RANGES } from './signal.js';
import type { SourceSecret } from './source-secret.js';
import { STANDARD_WEBHOOKS_SIGNATURE } from './signature-schemes.js';
import { assertFresh, decodeSignature, hmac, matchesAnyKey, unauthorized } from './signature.js';
import {
  buildSignal,
  MetadataSchema,
  parseJson,
  parsePayload,
  resolveCustomer,
} from './signal-builder.js';

type GenericOptions = SourcesConfig['generic'];

const optionalText = z.string().nullable().optional();
// Checked here as well as on the Signal, so that a sender of our own format is told its own path
// (`data.respondent.email`, not `signal.customer.email`).
const identityText = z.string().max(IDENTITY_MAX).nullable().optional();
const Respondent = z
  .object({ id: identityText, email: identityText, name: identityText })
  .prefault({});
const Account = z
  .object({ id: identityText, name: identityText, segment: identityText })
  .prefault({});
const isoTime = z.iso.datetime({ offset: true });

const RatingSchema = z
  .object({
    metric: z.enum(RATING_SCALES),
    value: z.number(),
    scale_min: z.number().optional(),
    scale_max: z.number().optional(),
  })
  .refine(
    ({ metric, scale_min: min, scale_max: max }) =>
      (min === undefined || min === SCALE_RANGES[metric][0]) &&
      (max === undefined || max === SCALE_RANGES[metric][1]),
    {
      error:
        "scale_min/scale_max differ from the metric's range (nps 0-10, csat 1-5, ces 1-7, ten 1-10, binary 0-1, sentiment -5..5)",
    },
  )
  .refine(({ metric, value }) => isScalePoint(value, metric), {
    error: NOT_A_SCALE_POINT,
    path: ['value'],
  });

// Our own format (README, "connecting sources"): Standard Webhooks' envelope, two event types.
const GenericBodySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('survey.response.completed'),
    timestamp: isoTime,
    data: z.object({
      response_id: z.string().min(1).max(256),
      survey: z.object({ id: optionalText, name: optionalText }).prefault({}),
      respondent: Respondent,
      account: Account,
      rating: RatingSchema.nullable().optional(),
      comment: optionalText,
      submitted_at: isoTime.optional(),
      metadata: MetadataSchema.optional(),
    }),
  }),
  z.object({
    type: z.literal('conversation.completed'),
    timestamp: isoTime,
    data: z.object({
      conversation_id: z.string().min(1).max(256),
      channel: z.enum(['chat', 'email', 'voice', 'other']).default('other'),
      respondent: Respondent,
      account: Account,
      turns: z
        .array(
          z.object({
            role: z.enum(['customer', 'agent']),
            text: z.string(),
            at: isoTime.optional(),
          }),
        )
        .min(1),
      submitted_at: isoTime.optional(),
      metadata: MetadataSchema.optional(),
    }),
  }),
]);

const SCHEME = STANDARD_WEBHOOKS_SIGNATURE;

const verifyStandardWebhook = (
  request: WebhookRequest,
  secret: SourceSecret,
  now: Date,
  tolerance: number,
  signatures: string,
): void => {
  const id = header(request.headers, SCHEME.idHeader);
  const timestamp = header(request.headers, SCHEME.timestampHeader);
  if (id === undefined || timestamp === undefined || !/^\d{1,12}$/.test(timestamp))
    throw unauthorized('missing webhook-id or webhook-timestamp');
  assertFresh(new Date(Number(timestamp) * 1000), now, tolerance);
  const keys = secret.signing.map(SCHEME.key);
  const parts = SCHEME.signedParts(id, timestamp, request.body);
  const compute = (key: string | Buffer) => hmac(SCHEME.algorithm, key, ...parts);
  // Several `v1,<sig>` entries support the sender's own key rotation; other versions are skipped.
  const matched = signatures
    .split(' ')
    .filter((entry) => entry.startsWith(SCHEME.version))
    .some((entry) =>
      matchesAnyKey(
        decodeSignature(entry.slice(SCHEME.version.length), SCHEME.encoding),
        keys,
        compute,
      ),
    );
  if (!matched) throw unauthorized('Standard Webhooks signature mismatch');
};

/**
 * Our generic format, signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`). Senders that cannot sign (Qualtrics Workflows) may instead send a static
 * `x-api-key` listed in the secret's `apiKeys`.
 */
const generic: SourceAdapter<GenericOptions> = {
  mediaTypes: JSON_MEDIA_TYPES,

  verify(request, { secret, now, toleranceSeconds }) {
    const signatures = header(request.headers, SCHEME.header);
    if (signatures !== undefined) {
      verifyStandardWebhook(request, secret, now, toleranceSeconds, signatures);
      return;
    }
    const apiKey = header(request.headers, 'x-api-key');
    if (apiKey === undefined || secret.apiKeys.length === 0)
      throw unauthorized('missing webhook-signature');
    if (!matchesAnyKey(Buffer.from(apiKey), secret.apiKeys, (key) => Buffer.from(key)))
      throw unauthorized('unknown x-api-key');
  },

  normalize(request, { options, receivedAt }) {
    const body = parsePayload(GenericBodySchema, parseJson(request.body), 'generic webhook');
    const { data } = body;
    const customer = resolveCustomer(null, options.customerFields, {
      id: data.respondent.id ?? undefined,
      email: data.respondent.email ?? undefined,
      name: data.respondent.name ?? undefined,
      accountId: data.account.id ?? undefined,
      accountName: data.account.name ?? undefined,
      segment: data.account.segment ?? undefined,
    });
    const common = {
      source: 'generic' as const,
      customer,
      submittedAt: data.submitted_at ?? body.timestamp,
      receivedAt: receivedAt.toISOString(),
    };
    const signal =
      body.type === 'survey.response.completed'
        ? buildSignal({
            ...common,
            sourceEventId: body.data.response_id,
            kind: 'survey',
            rating:
              body.data.rating == null
                ? null
                : { value: body.data.rating.value, scale: body.data.rating.metric },
            text: body.data.comment ?? '',
            turns: [],
            metadata: {
              type: body.type,
              ...(body.data.survey.id == null ? {} : { surveyId: body.data.survey.id }),
              ...(body.data.survey.name == null ? {} : { surveyName: body.data.survey.name }),
              ...(body.data.metadata === undefined ? {} : { custom: body.data.metadata }),
            },
          })
        : buildSignal({
            ...common,
            sourceEventId: body.data.conversation_id,
            kind: 'transcript',
            rating: null,
            text: '',
            turns: body.data.turns,
            metadata: {
              type: body.type,
              channel: body.data.channel,
              ...(body.data.metadata === undefined ? {} : { custom: body.data.metadata }),
            },
          });
    return accepted(signal);
  },
};

export { generic, GenericBodySchema };
export type { GenericOptions };
