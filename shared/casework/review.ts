import type { Tier } from '../config/routing-schema.js';
import type { Review, ReviewInput } from './review-model.js';
import {
  countBy,
  openByAge,
  RECURRENCE_DAYS,
  recurrences,
  timeline,
  trialsEndingSoon,
} from './review-buckets.js';
import {
  ackMinutes,
  breached,
  closeMinutes,
  durations,
  tierAcknowledgement,
  toBreach,
} from './review-sla.js';

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

export { computeReview };
