import { z } from 'zod';
import { DetectionSchema } from './detection-schema.js';
import {
  BusinessHoursSchema,
  EscalationSchema,
  ManagementSchema,
  NameSchema,
  SegmentSchema,
  TierSchema,
} from './routing-schema.js';
import { IngestSchema, SourcesSchema } from './sources-schema.js';

/**
 * The whole configuration: one file drives segments, tiers, SLAs, business hours, detection,
 * sources and subscriptions. CDK reads it at synth time, the local stack reads the same file,
 * and the Lambda functions get the validated copy bundled in (see `runtime-config.ts`).
 */
const AdvocacyConfigSchema = z
  .object({
    /** Used in resource names and alert texts. */
    name: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,30}$/)
      .default('advocacy'),
    /**
     * Base of the link to a case in alerts (`${caseLinkBaseUrl}/${caseId}`), e.g. your CRM.
     * Unset: the case pages of the console the stack deploys (`npm start`: the local console).
     */
    caseLinkBaseUrl: z.url().optional(),
    segments: z.array(SegmentSchema).min(1),
    defaultSegment: NameSchema,
    tiers: z.array(TierSchema).min(1),
    businessHours: BusinessHoursSchema,
    escalation: EscalationSchema.prefault({}),
    management: ManagementSchema.prefault({}),
    detection: DetectionSchema.prefault({}),
    sources: SourcesSchema,
    ingest: IngestSchema,
    retention: z
      .object({
        /** Raw customer text of assessments is kept this long, then expired by DynamoDB TTL. */
        rawTextDays: z.number().int().positive().default(90),
        /**
         * Assessments of signals that opened or joined no case are kept this long, then expired
         * by DynamoDB TTL. Nothing but a redelivery of the same source event reads them (to tell
         * it apart), and 90 days is far longer than platforms retry or the dead-letter queue keeps
         * a signal for a replay. An assessment on a case is kept as long as the case.
         */
        assessmentDays: z.number().int().positive().default(90),
      })
      .prefault({}),
    observability: z
      .object({
        /**
         * X-Ray active tracing on every function, on by default like the stack's other
         * operational defaults: it follows a slow or failed webhook through ingest, detect and
         * notify. At about a million signals a month it is the largest line of the bill (README,
         * "Cost per signal"); alarms, the dashboard and the logs (each with the signal id) still
         * cover running the pipeline when it is off.
         */
        tracing: z.boolean().default(true),
      })
      .prefault({}),
    queue: z
      .object({
        /** Deliveries of a signal before it moves to the dead-letter queue. */
        maxReceiveCount: z.number().int().min(1).max(1000).default(5),
      })
      .prefault({}),
    /** Email address that receives operational alarms (DLQ depth, errors). Optional. */
    opsEmail: z.email().optional(),
  })
  .superRefine((config, ctx) => {
    const segmentNames = new Set(config.segments.map((segment) => segment.name));
    const tierNames = new Set(config.tiers.map((tier) => tier.name));
    const servedBy = new Map<string, string>();

    if (!segmentNames.has(config.defaultSegment)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultSegment'],
        message: `unknown segment "${config.defaultSegment}"`,
      });
    }
    config.segments.forEach((segment, index) => {
      if (config.segments.findIndex((other) => other.name === segment.name) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['segments', index, 'name'],
          message: `duplicate segment "${segment.name}"`,
        });
      }
    });
    config.tiers.forEach((tier, index) => {
      if (config.tiers.findIndex((other) => other.name === tier.name) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', index, 'name'],
          message: `duplicate tier "${tier.name}"`,
        });
      }
      tier.segments.forEach((segment, segmentIndex) => {
        const path = ['tiers', index, 'segments', segmentIndex];
        if (!segmentNames.has(segment)) {
          ctx.addIssue({ code: 'custom', path, message: `unknown segment "${segment}"` });
        } else if (servedBy.has(segment)) {
          ctx.addIssue({
            code: 'custom',
            path,
            message: `segment "${segment}" is already served by tier "${servedBy.get(segment) ?? ''}"`,
          });
        } else {
          servedBy.set(segment, tier.name);
        }
      });
      if (
        tier.escalateTo !== null &&
        tier.escalateTo !== 'management' &&
        !tierNames.has(tier.escalateTo)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', index, 'escalateTo'],
          message: `expected a tier name, "management" or null, got "${tier.escalateTo}"`,
        });
      }
      if (!tier.alerts && tier.chat.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', index, 'chat'],
          message: 'a tier with alerts: false alerts nobody; remove its chat channels',
        });
      }
    });
    if (config.retention.assessmentDays < config.retention.rawTextDays) {
      // The words would outlive the only record of why they were kept.
      ctx.addIssue({
        code: 'custom',
        path: ['retention', 'assessmentDays'],
        message: `keep assessments at least as long as their raw text (retention.rawTextDays: ${config.retention.rawTextDays})`,
      });
    }
    for (const segment of segmentNames) {
      if (!servedBy.has(segment)) {
        ctx.addIssue({
          code: 'custom',
          path: ['segments'],
          message: `segment "${segment}" is served by no tier`,
        });
      }
    }
  });

type AdvocacyConfig = z.infer<typeof AdvocacyConfigSchema>;
/** What a config file may contain (defaults not yet applied). */
type AdvocacyConfigInput = z.input<typeof AdvocacyConfigSchema>;

export { AdvocacyConfigSchema };
export type { AdvocacyConfig, AdvocacyConfigInput };
