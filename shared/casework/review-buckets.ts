import type { AdvocacyCase } from '../cases/model.js';
import type { Count, Recurrence, Review, ReviewCase, TrialEnding } from './review-model.js';
import { customerLabel } from './review-sla.js';
import { DAY_MS } from './review-stats.js';

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

/** Counts per key, most frequent first, then by name. */
const countBy = (keys: readonly string[]): Count[] => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (a.count === b.count ? a.key.localeCompare(b.key) : b.count - a.count));
};

/** Cases that opened within RECURRENCE_DAYS of their previous case closing. */
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

/** Open cases counted per age bucket at `now`. */
const openByAge = (open: readonly AdvocacyCase[], now: Date): Count[] =>
  AGE_BUCKETS.map(([upper, key], index) => {
    const lower = index === 0 ? 0 : (AGE_BUCKETS[index - 1]?.[0] ?? 0);
    const count = open.filter((item) => {
      const age = (now.getTime() - Date.parse(item.openedAt)) / DAY_MS;
      return age >= lower && age < upper;
    }).length;
    return { key, count };
  });

/** Trials on open cases ending within TRIAL_HORIZON_DAYS (or already ended), soonest first. */
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

/** Cases opened per day (periods up to 14 days) or per week, every bucket of the period present. */
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

export {
  countBy,
  openByAge,
  RECURRENCE_DAYS,
  recurrences,
  timeline,
  TRIAL_HORIZON_DAYS,
  trialsEndingSoon,
};
