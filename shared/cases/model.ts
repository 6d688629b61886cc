import type { Rating, Trigger, TriggerCategory } from '../scoring/assessment.js';
import type { Signal } from '../sources/signal.js';

/**
 * A Customer Advocacy case and its timeline. The lifecycle follows the method:
 * open -> engaged (acknowledged, success criteria agreed) -> plan (get-well plan) ->
 * resolved (fixed AND corrective action in place) -> closed (customer agreed).
 * `resolved` -> `plan` when the customer disagrees. A closed case is never reopened: a new
 * signal opens a new case that links to it (`previousCaseId`).
 */
const CASE_STATUSES = ['open', 'engaged', 'plan', 'resolved', 'closed'] as const;

/** Statuses that hold the customer's single open-case slot. */
const ACTIVE_STATUSES = ['open', 'engaged', 'plan', 'resolved'] as const;

/**
 * Everything that can happen to a case. Each is one timeline entry (and one stream record);
 * `ALERTING_EVENTS` are the ones the notify function publishes.
 */
const CASE_EVENT_TYPES = [
  'opened',
  'signal_added',
  'severity_raised',
  'acknowledged',
  'planned',
  'resolved',
  'customer_disagreed',
  'closed',
  'escalated',
  'linked',
] as const;

const ALERTING_EVENTS = ['opened', 'severity_raised', 'escalated'] as const;

type CaseStatus = (typeof CASE_STATUSES)[number];
type CaseEventType = (typeof CASE_EVENT_TYPES)[number];
type AlertingEventType = (typeof ALERTING_EVENTS)[number];

/** Who the case is about: the signal's identity plus the key cases are grouped by. */
interface CaseCustomer {
  readonly key: string;
  readonly id?: string | undefined;
  readonly email?: string | undefined;
  readonly name?: string | undefined;
  readonly accountId?: string | undefined;
  readonly accountName?: string | undefined;
}

/** A trigger as the case keeps it: the customer's words and the signal they came from. */
interface CaseTrigger extends Trigger {
  readonly signalId: string;
}

/** One signal that joined the case, with its assessment. */
interface CaseSignal {
  readonly signalId: string;
  readonly source: Signal['source'];
  readonly sourceEventId: string;
  readonly kind: Signal['kind'];
  readonly submittedAt: string;
  readonly receivedAt: string;
  readonly rating: Rating | null;
  readonly urgent: boolean;
  readonly score: number;
  readonly triggers: readonly Trigger[];
}

interface CorrectiveAction {
  readonly what: string;
  readonly owner: string;
  /** ISO date (YYYY-MM-DD) or date-time. */
  readonly due: string;
}

/** A mitigating service offered while the fix lands, with the date the trial ends. */
interface Trial {
  readonly service: string;
  readonly ends: string;
}

interface GetWellPlan {
  readonly actions: readonly CorrectiveAction[];
  readonly trial?: Trial | undefined;
}

/** One entry of the timeline: who did what, when, and why. */
interface CaseEvent {
  readonly caseId: string;
  /** Unique per case, ordered: the case version the event produced, zero-padded. */
  readonly eventId: string;
  readonly type: CaseEventType;
  readonly at: string;
  /** `system` for the pipeline itself, else the advocate's name or e-mail. */
  readonly actor: string;
  readonly note?: string | undefined;
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

interface AdvocacyCase {
  readonly id: string;
  readonly status: CaseStatus;
  readonly customer: CaseCustomer;
  readonly segment: string;
  /** Why this segment: `signal`, `customer record`, `rule: annual revenue >= 1000000`, `default`. */
  readonly segmentReason: string;
  readonly tier: string;
  readonly urgent: boolean;
  /** Union of the categories seen on the case's signals, most severe first. */
  readonly triggers: readonly TriggerCategory[];
  /** Every trigger with the customer's words, per signal. */
  readonly evidence: readonly CaseTrigger[];
  readonly signalCount: number;
  readonly openedAt: string;
  readonly ackDeadline: string;
  readonly acknowledgedAt?: string | undefined;
  readonly resolvedAt?: string | undefined;
  readonly closedAt?: string | undefined;
  /** Times the case went up the escalation chain, and the tier or `management` it is with now. */
  readonly escalationLevel: number;
  readonly escalatedTo?: string | undefined;
  /** True once escalation reached the end of its chain: the case leaves the `due` index. */
  readonly escalationEnded?: boolean | undefined;
  readonly summary?: string | undefined;
  readonly successCriteria?: readonly string[] | undefined;
  readonly plan?: GetWellPlan | undefined;
  readonly criteriaInDoubt?: readonly string[] | undefined;
  readonly customerAgreed?: boolean | undefined;
  /** The closed case this one recurs after, when the customer came back. */
  readonly previousCaseId?: string | undefined;
  /** Optimistic-locking version; every change increments it. */
  readonly version: number;
  /** When the last change (the event with this version) happened. */
  readonly updatedAt?: string | undefined;
}

/**
 * A case event as stored (and seen on the table's stream): the event plus a snapshot of the case
 * right after it. The notify function formats alerts from the snapshot alone, so an alert shows
 * the case as it was when the event happened, and the outbox needs no extra reads.
 */
interface CaseEventRecord extends CaseEvent {
  readonly case: AdvocacyCase;
}

/** Values of the `entity` attribute every item carries, so stream consumers can tell items apart. */
const ENTITIES = {
  case: 'case',
  caseEvent: 'case-event',
  caseSignal: 'case-signal',
  openSlot: 'open-slot',
  lastClosed: 'last-closed',
  customer: 'customer',
  assessment: 'assessment',
  assessmentText: 'assessment-text',
  alertMarker: 'alert-marker',
  customerIdentity: 'customer-identity',
} as const;

export { ACTIVE_STATUSES, ENTITIES, ALERTING_EVENTS, CASE_EVENT_TYPES, CASE_STATUSES };
export type {
  AdvocacyCase,
  AlertingEventType,
  CaseCustomer,
  CaseEvent,
  CaseEventRecord,
  CaseEventType,
  CaseSignal,
  CaseStatus,
  CaseTrigger,
  CorrectiveAction,
  GetWellPlan,
  Trial,
};
