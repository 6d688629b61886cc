import { describe, expect, it } from 'vitest';
import { median, minutesBetween, percentile } from '../../../../shared/casework/review-stats.js';

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 20, 40], 15],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('percentile', () => {
  it.each([
    [[], 0.9, null],
    [[5], 0.9, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 9],
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 11], 0.9, 10],
    [[1, 2, 3], 0.5, 2],
    [[4, 2], 1, 4],
  ])('of %j at %s is the nearest-rank value %s', (values, q, expected) => {
    expect(percentile(values, q)).toBe(expected);
  });
});

describe('minutesBetween', () => {
  it('measures fractional minutes between ISO instants', () => {
    expect(minutesBetween('2026-11-02T14:00:00Z', '2026-11-02T15:30:30Z')).toBe(90.5);
  });
});
