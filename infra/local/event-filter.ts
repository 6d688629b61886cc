import type { EventPattern } from '../../shared/config/topology.js';

/**
 * True when a record matches a Lambda event filtering pattern: every field of the pattern is
 * present in the record, a nested object matches the nested record and a list of values means
 * "equals one of" (the only operator shared/config/topology.ts uses).
 */
const matchesPattern = (pattern: EventPattern, record: unknown): boolean =>
  Object.entries(pattern).every(([field, expected]) => {
    const actual =
      typeof record === 'object' && record !== null
        ? (record as Record<string, unknown>)[field]
        : undefined;
    return Array.isArray(expected)
      ? (expected as readonly unknown[]).includes(actual)
      : matchesPattern(expected as EventPattern, actual);
  });

/** True when a record matches one of the patterns, or there are none (no filter). */
const passesFilters = (patterns: readonly EventPattern[], record: unknown): boolean =>
  patterns.length === 0 || patterns.some((pattern) => matchesPattern(pattern, record));

export { matchesPattern, passesFilters };
