import { describe, expect, it } from 'vitest';
import { instantAt, localDate, offsetAt } from '../../../../shared/routing/time-zone.js';

const iso = (instant: number): string => new Date(instant).toISOString();

describe('instantAt', () => {
  it.each([
    ['New York winter', '2026-01-15', '09:00', 'America/New_York', '2026-01-15T14:00:00.000Z'],
    ['New York summer', '2026-07-15', '09:00', 'America/New_York', '2026-07-15T13:00:00.000Z'],
    ['Kolkata at midnight', '2026-01-01', '00:00', 'Asia/Kolkata', '2025-12-31T18:30:00.000Z'],
    ['Sydney summer', '2026-01-15', '09:00', 'Australia/Sydney', '2026-01-14T22:00:00.000Z'],
    // 02:30 does not exist on a spring-forward night: the clock shows 03:30 instead.
    ['New York gap', '2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['Sydney gap', '2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:30:00.000Z'],
    // 01:30 happens twice on a fall-back night: the first one wins.
    ['New York overlap', '2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
  ])('%s', (_name, date, time, zone, expected) => {
    expect(iso(instantAt(date, time, zone))).toBe(expected);
  });
});

describe('localDate', () => {
  it('reads the calendar date in the zone, not in UTC', () => {
    expect(localDate(Date.parse('2026-11-24T04:00:00Z'), 'America/New_York')).toBe('2026-11-23');
    expect(localDate(Date.parse('2026-11-23T20:00:00Z'), 'Asia/Kolkata')).toBe('2026-11-24');
  });
});

describe('offsetAt', () => {
  it('gives the offset in force at the instant', () => {
    expect(offsetAt(Date.parse('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-5 * 3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(offsetAt(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });
});
