import type { Assessment } from '../scoring/assessment.js';
import { customerKey, signalId, type Signal } from '../sources/signal.js';
import { normalizeInstant, stamp, type CaseChange } from './lifecycle.js';
import type { AdvocacyCase, CaseSignal } from './model.js';
import { evidenceOf, mergeSeverity, orderCategories } from './severity.js';

/**
 * Where a case goes: the segment (and why), the tier that serves it and the acknowledgement
 * deadline. Structurally the result of `routeCase` in shared/routing/route.ts.
 */
interface CaseRouting {
  readonly segment: string;
  readonly segmentReason: string;
  readonly tier: string;
  readonly alerts: boolean;
  readonly ackDeadline: string;
  /** null when the tier escalates nowhere: the case then never waits in the escalation index. */
  readonly escalateTo: string | null;
}

/** One accepted signal with what the detector and the routing made of it. */
interface SignalFacts {
  readonly signal: Signal;
  readonly assessment: Assessment;
  readonly routing: CaseRouting;
  readonly now: Date;
}

const SYSTEM_ACTOR = 'system';

/** The signal as a case keeps it: identity, rating and assessment, without the raw text. */
const toCaseSignal = (signal: Signal, assessment: Assessment): CaseSignal => ({
  signalId: signalId(signal),
  source: signal.source,
  sourceEventId: signal.sourceEventId,
  kind: signal.kind,
  submittedAt: signal.submittedAt,
  receivedAt: signal.receivedAt,
  rating: signal.rating,
  urgent: assessment.urgent,
  score: assessment.score,
  triggers: assessment.triggers,
});

/**
 * Opens a case for a signal: version 1 and its `opened` event. `previousCaseId` links a
 * recurrence to the customer's last closed case.
 */
const openCase = (
  facts: SignalFacts & { readonly caseId: string; readonly previousCaseId?: string | undefined },
): CaseChange => {
  const { signal, assessment, routing, now, caseId, previousCaseId } = facts;
  const id = signalId(signal);
  const { customer } = signal;
  const opened: AdvocacyCase = {
    id: caseId,
    status: 'open',
    customer: {
      key: customerKey(customer),
      id: customer.id,
      email: customer.email,
      name: customer.name,
      accountId: customer.accountId,
      accountName: customer.accountName,
    },
    segment: routing.segment,
    segmentReason: routing.segmentReason,
    tier: routing.tier,
    urgent: assessment.urgent,
    triggers: orderCategories(assessment.triggers.map((trigger) => trigger.category)),
    evidence: evidenceOf(id, assessment.triggers),
    signalCount: 1,
    openedAt: now.toISOString(),
    ackDeadline: normalizeInstant(routing.ackDeadline),
    escalationLevel: 0,
    ...(routing.escalateTo === null ? { escalationEnded: true } : {}),
    previousCaseId,
    version: 0,
  };
  return stamp(opened, 'opened', SYSTEM_ACTOR, opened.openedAt, {
    details: {
      signalId: id,
      // The alert quotes the rating that came with the words (shared/alerts/format.ts).
      ...(signal.rating === null ? {} : { rating: signal.rating }),
      ...(previousCaseId === undefined ? {} : { previousCaseId }),
    },
  });
};

/**
 * Appends a related signal to an active case. The event is `severity_raised` (it alerts again)
 * when the signal makes the case urgent or brings a first legal or churn threat, else
 * `signal_added`. A case nobody acknowledged yet that turns urgent takes the urgent deadline
 * when it is earlier.
 */
const appendSignal = (current: AdvocacyCase, facts: SignalFacts): CaseChange => {
  const { signal, assessment, routing, now } = facts;
  const id = signalId(signal);
  const merged = mergeSeverity(current, { signalId: id, ...assessment });
  const routedDeadline = normalizeInstant(routing.ackDeadline);
  const ackDeadline =
    current.status === 'open' && merged.urgent && !current.urgent
      ? [current.ackDeadline, routedDeadline].sort()[0]
      : current.ackDeadline;
  const next: AdvocacyCase = {
    ...current,
    urgent: merged.urgent,
    triggers: merged.triggers,
    evidence: merged.evidence,
    signalCount: current.signalCount + 1,
    ackDeadline: ackDeadline ?? current.ackDeadline,
  };
  return stamp(
    next,
    merged.raised ? 'severity_raised' : 'signal_added',
    SYSTEM_ACTOR,
    now.toISOString(),
    {
      details: {
        signalId: id,
        triggers: assessment.triggers.map((trigger) => trigger.category),
        ...(signal.rating === null ? {} : { rating: signal.rating }),
        ...(merged.raised ? { reasons: merged.reasons } : {}),
      },
    },
  );
};

export { appendSignal, openCase, SYSTEM_ACTOR, toCaseSignal };
export type { CaseRouting, SignalFacts };
