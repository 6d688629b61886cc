import { z } from 'zod';
import { ALERTING_EVENTS, CASE_EVENT_TYPES, ENTITIES } from '../cases/model.js';
import { toFieldIssues } from '../config/issues.js';
import { ValidationError } from '../errors.js';
import { TRIGGER_CATEGORIES } from '../scoring/assessment.js';
import type { AlertRecord } from './target.js';

const optionalText = z.string().optional();

const EvidenceSchema = z.looseObject({
  category: z.enum(TRIGGER_CATEGORIES),
  evidence: z.string(),
  start: z.number(),
  end: z.number(),
  turn: z.number().exactOptional(),
  signalId: z.string(),
});

/** The part of a case event item (as stored, unmarshalled) that alerts read; the rest passes through. */
const AlertRecordSchema = z.looseObject({
  caseId: z.string().min(1),
  eventId: z.string().min(1),
  type: z.enum(CASE_EVENT_TYPES),
  at: z.string(),
  actor: z.string(),
  note: optionalText,
  details: z.record(z.string(), z.unknown()).optional(),
  case: z.looseObject({
    id: z.string().min(1),
    customer: z.looseObject({
      key: z.string().min(1),
      id: optionalText,
      email: optionalText,
      name: optionalText,
      accountId: optionalText,
      accountName: optionalText,
    }),
    segment: z.string(),
    segmentReason: z.string(),
    tier: z.string(),
    urgent: z.boolean(),
    triggers: z.array(z.enum(TRIGGER_CATEGORIES)),
    evidence: z.array(EvidenceSchema),
    signalCount: z.number(),
    openedAt: z.string(),
    ackDeadline: z.string(),
    escalationLevel: z.number(),
    escalatedTo: optionalText,
  }),
});

const isAlerting = (type: unknown): boolean => ALERTING_EVENTS.some((event) => event === type);

/**
 * The alert record in a table item (a stream NewImage, unmarshalled), or undefined when the item
 * is not an alerting case event (other entities, timeline entries that alert nobody). An alerting
 * case event that does not parse is our own bug: a ValidationError naming the bad paths.
 */
const alertRecordOf = (item: Readonly<Record<string, unknown>>): AlertRecord | undefined => {
  if (item.entity !== ENTITIES.caseEvent || !isAlerting(item.type)) return undefined;
  const result = AlertRecordSchema.safeParse(item);
  if (!result.success) {
    throw new ValidationError(
      'case event item is not a case event record',
      toFieldIssues(result.error),
    );
  }
  return result.data;
};

export { alertRecordOf, AlertRecordSchema };
