/**
 * One section of `npm run bench`. Each section module exports
 * `run(flags?: readonly string[]): Promise<BenchReport>`;
 * run.ts lists the sections and prints their reports in order, so a new benchmark is one module
 * plus one line there.
 */
interface BenchReport {
  readonly title: string;
  readonly lines: readonly string[];
}

/** Median of a non-empty list of numbers. */
const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export { kilobytes, median };
export type { BenchReport };
