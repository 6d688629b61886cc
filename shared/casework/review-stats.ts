/**
 * Small, exact statistics for the management review. Medians average the two middle values of
 * an even count (what a reader expects of "median"); p90 is the nearest-rank percentile, always
 * a value that actually occurred, so "90% of cases were acknowledged within X" is literally true.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** The median, or null for no values. */
const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  const upper = ordered[middle] ?? 0;
  return ordered.length % 2 === 1 ? upper : ((ordered[middle - 1] ?? 0) + upper) / 2;
};

/**
 * The nearest-rank percentile (`q` in 0..1]: the smallest value with at least q of the values at
 * or below it), or null for no values.
 *
 * @example percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) // 9
 */
const percentile = (values: readonly number[], q: number): number | null => {
  if (values.length === 0) return null;
  const ordered = sorted(values);
  const rank = Math.max(1, Math.ceil(q * ordered.length));
  return ordered[rank - 1] ?? null;
};

/** Whole and fractional minutes from one ISO instant to another. */
const minutesBetween = (from: string, to: string): number =>
  (Date.parse(to) - Date.parse(from)) / MINUTE_MS;

export { DAY_MS, median, MINUTE_MS, minutesBetween, percentile };
