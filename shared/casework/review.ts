import type { AdvocacyCase } from '../cases/model.js';
import type { Tier } from '../config/routing-schema.js';
import type {
  Breach,
  Count,
  Durations,
  Recurrence,
  Review,
  ReviewCase,
  ReviewInput,
  TierAcknowledgement,
  TrialEnding,
} from './review-model.js';
import { DAY_MS, median, minutesBetween, percentile } from './review-stats.js';

/** The method's recurrence window: a new case within this many days of a close recurs. */
const RECURRENCE_DAYS = 90;
/** Trials ending within this many days of the review (or already ended on an open case). */
const TRIAL_HORIZON_DAYS = 14;
/** Open-case age buckets: upper bound in days (exclusive) and label. */
const AGE_BUCKETS = [
  [1, '< 1 day'],
  [3, '1-3 days'],
  [7, '3-7 days'],
  [30, '7-30 days'],
  [Infinity, '> 30 days'],
] as const;

const customerLabel = (item: AdvocacyCase): string =>
  item.customer.name ?? item.customer.accountName ?? item.customer.key;

const countBy = (keys: readonly string[]): Count[] => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.count === b.count ? a.key.localeCompare(b.key) : b.count - a.count));
};

const durations = (minutes: readonly number[]): Durations => ({
  count: minutes.length,
  medianMinutes: median(minutes),
  p90Minutes: percentile(minutes, 0.9),
});

/** Missed the SLA: escalated, acknowledged late, or still unacknowledged past the deadline. */
const breached = (item: AdvocacyCase, now: Date): boolean =>
  item.escalationLevel > 0 ||
  Date.parse(item.acknowledgedAt ?? now.toISOString()) > Date.parse(item.ackDeadline);

const ackMinutes = (items: readonly AdvocacyCase[]): number[] =>
  items.flatMap((item) =>
    item.acknowledgedAt === undefined ? [] : [minutesBetween(item.openedAt, item.acknowledgedAt)],
  );

const closeMinutes = (items: readonly AdvocacyCase[]): number[] =>
  items.flatMap((item) =>
    item.closedAt === undefined ? [] : [minutesBetween(item.openedAt, item.closedAt)],
  );

const tierAcknowledgement = (
  tier: string,
  items: readonly AdvocacyCase[],
  config: Tier | undefined,
  now: Date,
): TierAcknowledgement => {
  const breaches = items.filter((item) => breached(item, now)).length;
  return {
    tier,
    cases: items.length,
    ...durations(ackMinutes(items)),
    slaUrgentMinutes: config?.sla.urgentMinutes ?? null,
    slaNonUrgentBusinessMinutes: config?.sla.nonUrgentBusinessMinutes ?? null,
    withinSla: items.filter((item) => item.acknowledgedAt !== undefined && !breached(item, now))
      .length,
    breaches,
  };
};

const toBreach = (item: AdvocacyCase): Breach => ({
  caseId: item.id,
  tier: item.tier,
  customer: customerLabel(item),
  urgent: item.urgent,
  ackDeadline: item.ackDeadline,
  acknowledgedAt: item.acknowledgedAt ?? null,
  escalationLevel: item.escalationLevel,
  escalatedTo: item.escalatedTo ?? null,
});

const recurrences = (opened: readonly ReviewCase[]): Recurrence[] =>
  opened.flatMap(({ case: item, previousClosedAt }) => {
    if (item.previousCaseId === undefined || previousClosedAt === undefined) return [];
    const days = (Date.parse(item.openedAt) - Date.parse(previousClosedAt)) / DAY_MS;
    if (days < 0 || days > RECURRENCE_DAYS) return [];
    const daysAfterClose = Math.round(days * 10) / 10;
    return [
      {
        caseId: item.id,
        previousCaseId: item.previousCaseId,
        customer: customerLabel(item),
        daysAfterClose,
      },
    ];
  });

const openByAge = (open: readonly AdvocacyCase[], now: Date): Count[] =>
  AGE_BUCKETS.map(([upper, key], index) => {
    const lower = index === 0 ? 0 : (AGE_BUCKETS[index - 1]?.[0] ?? 0);
    const count = open.filter((item) => {
      const age = (now.getTime() - Date.parse(item.openedAt)) / DAY_MS;
      return age >= lower && age < upper;
    }).length;
    return { key, count };
  });

const trialsEndingSoon = (open: readonly AdvocacyCase[], now: Date): TrialEnding[] =>
  open
    .flatMap((item) => {
      const trial = item.plan?.trial;
      if (trial === undefined) return [];
      const daysLeft = Math.floor((Date.parse(trial.ends) - now.getTime()) / DAY_MS);
      if (daysLeft > TRIAL_HORIZON_DAYS) return [];
      return [
        {
          caseId: item.id,
          customer: customerLabel(item),
          tier: item.tier,
          service: trial.service,
          ends: trial.ends,
          daysLeft,
        },
      ];
    })
    .sort((a, b) =>
      a.daysLeft === b.daysLeft ? a.caseId.localeCompare(b.caseId) : a.daysLeft - b.daysLeft,
    );

/** Monday 00:00 UTC of the week holding `at`, as YYYY-MM-DD. */
const weekStart = (at: string): string => {
  const day = new Date(at.slice(0, 10) + 'T00:00:00Z');
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
};

const timeline = (opened: readonly AdvocacyCase[], from: Date, to: Date): Review['timeline'] => {
  const unit = to.getTime() - from.getTime() <= 14 * DAY_MS ? 'day' : 'week';
  const bucketOf = (at: string): string => (unit === 'day' ? at.slice(0, 10) : weekStart(at));
  const counts = new Map<string, number>();
  // Every bucket of the period appears, including empty ones, so the chart's x axis is honest.
  for (let at = from.getTime(); at < to.getTime(); at += DAY_MS) {
    counts.set(bucketOf(new Date(at).toISOString()), 0);
  }
  for (const item of opened) {
    const key = bucketOf(item.openedAt);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { unit, buckets: [...counts].map(([key, count]) => ({ key, count })) };
};

/**
 * Computes the management review. Pure: the cohort is the cases opened in [from, to); durations
 * are wall-clock minutes (median and nearest-rank p90); a breach is a case escalated, acknowledged
 * after its deadline, or unacknowledged past it at `now`.
 */
const computeReview = (input: ReviewInput, tiers: readonly Tier[]): Review => {
  const cohort = input.opened.map((entry) => entry.case);
  const tierNames = [
    ...new Set([...tiers.map((tier) => tier.name), ...cohort.map((item) => item.tier)]),
  ];
  const ofTier = (name: string) => cohort.filter((item) => item.tier === name);
  return {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    generatedAt: input.now.toISOString(),
    opened: cohort.length,
    urgent: cohort.filter((item) => item.urgent).length,
    closed: cohort.filter((item) => item.status === 'closed').length,
    bySegment: countBy(cohort.map((item) => item.segment)),
    byTier: countBy(cohort.map((item) => item.tier)),
    byTrigger: countBy(cohort.flatMap((item) => [...new Set(item.triggers)])),
    bySource: countBy(input.opened.flatMap((entry) => [...new Set(entry.sources)])),
    byStatus: countBy(cohort.map((item) => item.status)),
    timeline: timeline(cohort, input.from, input.to),
    acknowledgement: {
      overall: durations(ackMinutes(cohort)),
      tiers: tierNames.map((name) =>
        tierAcknowledgement(
          name,
          ofTier(name),
          tiers.find((tier) => tier.name === name),
          input.now,
        ),
      ),
    },
    closing: {
      overall: durations(closeMinutes(cohort)),
      tiers: tierNames.map((name) => ({ tier: name, ...durations(closeMinutes(ofTier(name))) })),
    },
    breaches: cohort
      .filter((item) => breached(item, input.now))
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt))
      .map(toBreach),
    recurrence: { windowDays: RECURRENCE_DAYS, cases: recurrences(input.opened) },
    openByAge: openByAge(input.open, input.now),
    trialsEndingSoon: trialsEndingSoon(input.open, input.now),
  };
};

export { computeReview, RECURRENCE_DAYS, TRIAL_HORIZON_DAYS };
