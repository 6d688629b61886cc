import type { Count, Durations, Review } from './review-model.js';

/** A duration in minutes, readable: `42 min`, `3.5 h`, `2.1 d`; `-` when nothing was measured. */
const formatMinutes = (minutes: number | null): string => {
  if (minutes === null) return '-';
  if (minutes < 90) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) return `${(minutes / 60).toFixed(1)} h`;
  return `${(minutes / 1440).toFixed(1)} d`;
};

/** The period as people say it: both days inclusive (`to` is exclusive inside the review). */
const periodLabel = (review: Pick<Review, 'from' | 'to'>): string => {
  const lastDay = new Date(Date.parse(review.to) - 1).toISOString().slice(0, 10);
  return `${review.from.slice(0, 10)} to ${lastDay}`;
};

const countsWithShare = (counts: readonly Count[], total: number): string[][] =>
  counts.map(({ key, count }) => [
    key,
    String(count),
    total === 0 ? '-' : `${Math.round((count / total) * 100)}%`,
  ]);

const durationCells = (value: Durations): string[] => [
  String(value.count),
  formatMinutes(value.medianMinutes),
  formatMinutes(value.p90Minutes),
];

export { countsWithShare, durationCells, formatMinutes, periodLabel };
