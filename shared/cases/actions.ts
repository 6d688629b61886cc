import { z } from 'zod';
import { toFieldIssues } from '../config/issues.js';
import { ValidationError } from '../errors.js';

const text = (max: number) => z.string().trim().min(1, { error: 'must not be empty' }).max(max);
const ActorSchema = text(200);
const dateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'expected a date (YYYY-MM-DD) or an ISO date-time',
});

const CorrectiveActionSchema = z.object({
  what: text(1000),
  owner: text(200),
  due: dateOrDateTime,
});

const TrialSchema = z.object({ service: text(200), ends: dateOrDateTime });

/**
 * A case id as the store makes them (`randomUUID()` in dynamo-case-store.ts), the only ids a
 * case can have. Stricter than a path's id, which only finds (or misses) a case: a linked id is
 * written into the case and shown as a link to it.
 */
const CaseIdSchema = z
  .string()
  .trim()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, {
    error: 'expected a case id (a UUID such as 4f3c89da-61d1-4dfd-8979-9b2dd92d17a8)',
  });

/**
 * What an advocate (or the pipeline) may do to a case. Each action is one transition of the
 * method's lifecycle; `lifecycle.ts` says from which statuses it is allowed.
 */
const CaseActionSchema = z.discriminatedUnion('type', [
  /** An advocate engaged: the situation in their words and the agreed disengagement criteria. */
  z.object({
    type: z.literal('acknowledge'),
    actor: ActorSchema,
    summary: text(4000),
    successCriteria: z.array(text(500)).min(1).max(20),
  }),
  /** The get-well plan, set or updated: corrective actions, and a mitigating trial if offered. */
  z.object({
    type: z.literal('plan'),
    actor: ActorSchema,
    actions: z.array(CorrectiveActionSchema).min(1).max(50),
    trial: TrialSchema.optional(),
    note: text(4000).optional(),
  }),
  /** Fixed and corrective action in place; awaiting the customer's confirmation. */
  z.object({ type: z.literal('resolve'), actor: ActorSchema, note: text(4000) }),
  /** The customer agreed the criteria are met: back to standard operating procedures. */
  z.object({
    type: z.literal('close'),
    actor: ActorSchema,
    customerAgreed: z.literal(true, { error: 'a case closes only with the customer agreeing' }),
    note: text(4000),
  }),
  /** The customer does not agree it is resolved: back to the plan, naming the criteria in doubt. */
  z.object({
    type: z.literal('disagree'),
    actor: ActorSchema,
    criteriaInDoubt: z.array(text(500)).min(1).max(20),
    note: text(4000).optional(),
  }),
  /**
   * Nobody acknowledged in time: the case goes up the chain to `to` (a tier or `management`).
   * `ackDeadline` is the next deadline; null when the chain ends (the case leaves the due index).
   */
  z.object({
    type: z.literal('escalate'),
    actor: ActorSchema,
    to: text(40),
    ackDeadline: z.iso.datetime({ offset: true }).nullable(),
    note: text(4000).optional(),
  }),
  /** Links the case to an earlier one of the same customer (a recurrence found by hand). */
  z.object({
    type: z.literal('link'),
    actor: ActorSchema,
    previousCaseId: CaseIdSchema,
    note: text(4000).optional(),
  }),
]);

type CaseAction = z.infer<typeof CaseActionSchema>;
type CaseActionType = CaseAction['type'];

/**
 * Validates an action; a bad one is a ValidationError naming each field, e.g.
 * `successCriteria: Too small: expected array to have >=1 items`.
 *
 * @example parseCaseAction({ type: 'resolve', actor: 'ana@example.com', note: 'patched' })
 */
const parseCaseAction = (input: unknown): CaseAction => {
  const result = CaseActionSchema.safeParse(input);
  if (!result.success)
    throw new ValidationError('invalid case action', toFieldIssues(result.error));
  return result.data;
};

export { CaseActionSchema, parseCaseAction };
export type { CaseAction, CaseActionType };
