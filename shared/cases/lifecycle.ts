import { ConflictError } from '../errors.js';
import type { CaseAction, CaseActionType } from './actions.js';
import {
  ACTIVE_STATUSES,
  type AdvocacyCase,
  type CaseEvent,
  type CaseEventType,
  type CaseStatus,
} from './model.js';
import { eventIdOf } from './table.js';

/** A case change: the case right after it and the one timeline event that produced it. */
interface CaseChange {
  readonly case: AdvocacyCase;
  readonly event: CaseEvent;
}

interface Transition {
  readonly from: readonly CaseStatus[];
  readonly event: CaseEventType;
}

/**
 * The method's state machine. `plan` -> `plan` updates the plan; `resolved` -> `plan` is the
 * customer disagreeing; escalation applies only while nobody has acknowledged (`open`); a case
 * can be linked to an earlier one while it is active. Nothing leaves `closed`.
 */
const TRANSITIONS: Readonly<Record<CaseActionType, Transition>> = {
  acknowledge: { from: ['open'], event: 'acknowledged' },
  plan: { from: ['engaged', 'plan'], event: 'planned' },
  resolve: { from: ['plan'], event: 'resolved' },
  close: { from: ['resolved'], event: 'closed' },
  disagree: { from: ['resolved'], event: 'customer_disagreed' },
  escalate: { from: ['open'], event: 'escalated' },
  link: { from: ACTIVE_STATUSES, event: 'linked' },
};

/** Actions the case allows in its current status (for the cases API and its error messages). */
const allowedActions = (status: CaseStatus): CaseActionType[] =>
  (Object.keys(TRANSITIONS) as CaseActionType[]).filter((type) =>
    TRANSITIONS[type].from.includes(status),
  );

type Outcome = Omit<CaseChange, 'event'> & {
  readonly note?: string | undefined;
  readonly details?: Record<string, unknown>;
};

// Each action's effect on the case; `at` is the time of the change.
const effects: {
  [T in CaseActionType]: (
    current: AdvocacyCase,
    action: Extract<CaseAction, { type: T }>,
    at: string,
  ) => Outcome;
} = {
  acknowledge: (current, { summary, successCriteria }, at) => ({
    case: { ...current, status: 'engaged', acknowledgedAt: at, summary, successCriteria },
    details: { summary, successCriteria },
  }),
  plan: (current, { actions, trial, note }) => {
    const plan = trial === undefined ? { actions } : { actions, trial };
    return { case: { ...current, status: 'plan', plan }, note, details: { ...plan } };
  },
  resolve: (current, { note }, at) => ({
    case: { ...current, status: 'resolved', resolvedAt: at, criteriaInDoubt: undefined },
    note,
  }),
  close: (current, { note }, at) => ({
    case: { ...current, status: 'closed', closedAt: at, customerAgreed: true },
    note,
  }),
  disagree: (current, { criteriaInDoubt, note }) => ({
    case: { ...current, status: 'plan', resolvedAt: undefined, criteriaInDoubt },
    note,
    details: { criteriaInDoubt },
  }),
  escalate: (current, { to, ackDeadline, note }) => {
    const level = current.escalationLevel + 1;
    return {
      case: {
        ...current,
        escalationLevel: level,
        escalatedTo: to,
        ackDeadline: ackDeadline === null ? current.ackDeadline : normalizeInstant(ackDeadline),
        escalationEnded: ackDeadline === null,
      },
      note,
      details: { from: current.escalatedTo ?? current.tier, to, level, ackDeadline },
    };
  },
  link: (current, { previousCaseId, note }) => {
    if (previousCaseId === current.id)
      throw new ConflictError('cannot link a case to itself', { previousCaseId });
    return { case: { ...current, previousCaseId }, note, details: { previousCaseId } };
  },
};

/** ISO date-times in one form (UTC, milliseconds) so they sort as strings in the indexes. */
const normalizeInstant = (value: string): string => new Date(value).toISOString();

/** Builds the event that takes a case to `version` and stamps the case with it. */
const stamp = (
  next: AdvocacyCase,
  type: CaseEventType,
  actor: string,
  at: string,
  extra: { readonly note?: string | undefined; readonly details?: Record<string, unknown> } = {},
): CaseChange => {
  const version = next.version + 1;
  return {
    case: { ...next, version, updatedAt: at },
    event: {
      caseId: next.id,
      eventId: eventIdOf(version),
      type,
      at,
      actor,
      ...(extra.note === undefined ? {} : { note: extra.note }),
      ...(extra.details === undefined ? {} : { details: extra.details }),
    },
  };
};

/**
 * Applies an advocate's (or the escalation sweep's) action to a case. An action the current
 * status does not allow is a ConflictError naming the status, with `details.status`, e.g.
 * `cannot close a case that is open; allowed from resolved`; so is linking a case to itself.
 */
const applyCaseAction = (current: AdvocacyCase, action: CaseAction, now: Date): CaseChange => {
  const transition = TRANSITIONS[action.type];
  if (!transition.from.includes(current.status)) {
    throw new ConflictError(
      `cannot ${action.type} a case that is ${current.status}; allowed from ${transition.from.join(', ')}`,
      { status: current.status, allowed: allowedActions(current.status) },
    );
  }
  const at = now.toISOString();
  const apply = effects[action.type] as (c: AdvocacyCase, a: CaseAction, at: string) => Outcome;
  const outcome = apply(current, action, at);
  return stamp(outcome.case, transition.event, action.actor, at, outcome);
};

export { allowedActions, applyCaseAction, normalizeInstant, stamp, TRANSITIONS };
export type { CaseChange };
