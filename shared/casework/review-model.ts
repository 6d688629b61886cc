import type { AdvocacyCase } from '../cases/model.js';

/** A case opened in the review period, with what the review needs beyond the case item. */
interface ReviewCase {
  readonly case: AdvocacyCase;
  /** Sources of the case's signals (`typeform`, `zendesk`, ...), each once. */
  readonly sources: readonly string[];
  /** When the case this one recurs after was closed (`previousCaseId`), when it links to one. */
  readonly previousClosedAt?: string | undefined;
}

/** Everything the review is computed from; loading it is the caller's business. */
interface ReviewInput {
  /** Start of the period, inclusive. */
  readonly from: Date;
  /** End of the period, exclusive. */
  readonly to: Date;
  /** When the review is computed: ages, unacknowledged breaches and trials are measured from it. */
  readonly now: Date;
  /** Cases opened in [from, to): the cohort every rate and duration is computed over. */
  readonly opened: readonly ReviewCase[];
  /** Every case not yet closed at `now`, whenever it opened. */
  readonly open: readonly AdvocacyCase[];
}

interface Count {
  readonly key: string;
  readonly count: number;
}

/** Median and p90 in minutes (null when nothing was measured). */
interface Durations {
  readonly count: number;
  readonly medianMinutes: number | null;
  readonly p90Minutes: number | null;
}

/** Time to acknowledge for one tier, against its SLA. */
interface TierAcknowledgement extends Durations {
  readonly tier: string;
  readonly cases: number;
  readonly slaUrgentMinutes: number | null;
  readonly slaNonUrgentBusinessMinutes: number | null;
  /** Acknowledged by the deadline, never escalated. */
  readonly withinSla: number;
  readonly breaches: number;
}

interface Breach {
  readonly caseId: string;
  readonly tier: string;
  readonly customer: string;
  readonly urgent: boolean;
  readonly ackDeadline: string;
  readonly acknowledgedAt: string | null;
  readonly escalationLevel: number;
  readonly escalatedTo: string | null;
}

interface Recurrence {
  readonly caseId: string;
  readonly previousCaseId: string;
  readonly customer: string;
  readonly daysAfterClose: number;
}

interface TrialEnding {
  readonly caseId: string;
  readonly customer: string;
  readonly tier: string;
  readonly service: string;
  readonly ends: string;
  /** Negative when the trial already ended and the case is still open. */
  readonly daysLeft: number;
}

/** The management review: what happened to the cases opened in a period, and what is open now. */
interface Review {
  readonly from: string;
  readonly to: string;
  readonly generatedAt: string;
  readonly opened: number;
  readonly urgent: number;
  readonly closed: number;
  readonly bySegment: readonly Count[];
  readonly byTier: readonly Count[];
  readonly byTrigger: readonly Count[];
  readonly bySource: readonly Count[];
  readonly byStatus: readonly Count[];
  /** Cases opened per day (periods up to 14 days) or per week starting Monday (longer ones). */
  readonly timeline: { readonly unit: 'day' | 'week'; readonly buckets: readonly Count[] };
  readonly acknowledgement: {
    readonly overall: Durations;
    readonly tiers: readonly TierAcknowledgement[];
  };
  readonly closing: {
    readonly overall: Durations;
    readonly tiers: readonly (Durations & { readonly tier: string })[];
  };
  readonly breaches: readonly Breach[];
  readonly recurrence: { readonly windowDays: number; readonly cases: readonly Recurrence[] };
  readonly openByAge: readonly Count[];
  readonly trialsEndingSoon: readonly TrialEnding[];
}

export type {
  Breach,
  Count,
  Durations,
  Recurrence,
  Review,
  ReviewCase,
  ReviewInput,
  TierAcknowledgement,
  TrialEnding,
};
