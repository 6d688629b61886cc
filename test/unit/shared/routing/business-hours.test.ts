import { describe, expect, it } from 'vitest';
import type { BusinessHours, Weekday } from '../../../../shared/config/routing-schema.js';
import { addBusinessMinutes } from '../../../../shared/routing/business-hours.js';

const WEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

const hours = (timeZone: string, extra: Partial<BusinessHours> = {}): BusinessHours => ({
  timeZone,
  days: WEEK,
  start: '09:00',
  end: '17:00',
  holidays: [],
  ...extra,
});

const newYork = hours('America/New_York', { holidays: ['2026-11-26'] });

describe('addBusinessMinutes', () => {
  it.each([
    // [case, business hours, from (UTC), minutes, expected deadline (UTC)]
    ['inside hours, same day', newYork, '2026-11-23T15:00:00Z', 60, '2026-11-23T16:00:00Z'],
    ['Friday afternoon -> Monday', newYork, '2026-11-20T21:00:00Z', 120, '2026-11-23T15:00:00Z'],
    ['start on a Saturday', newYork, '2026-11-21T17:00:00Z', 30, '2026-11-23T14:30:00Z'],
    ['start before opening', newYork, '2026-11-24T12:00:00Z', 60, '2026-11-24T15:00:00Z'],
    ['start after closing', newYork, '2026-11-24T23:00:00Z', 60, '2026-11-25T15:00:00Z'],
    ['ends exactly at closing', newYork, '2026-11-23T14:00:00Z', 480, '2026-11-23T22:00:00Z'],
    ['skips a holiday', newYork, '2026-11-25T21:00:00Z', 120, '2026-11-27T15:00:00Z'],
    [
      'spans several days, a holiday and a weekend',
      newYork,
      '2026-11-23T17:00:00Z',
      2400,
      '2026-12-01T17:00:00Z',
    ],
    [
      'New York spring forward (EST -> EDT)',
      newYork,
      '2026-03-06T21:00:00Z',
      120,
      '2026-03-09T14:00:00Z',
    ],
    [
      'New York fall back (EDT -> EST)',
      newYork,
      '2026-10-30T20:30:00Z',
      60,
      '2026-11-02T14:30:00Z',
    ],
    [
      'London autumn (BST -> GMT)',
      hours('Europe/London'),
      '2026-10-23T15:00:00Z',
      120,
      '2026-10-26T10:00:00Z',
    ],
    [
      'London spring (GMT -> BST)',
      hours('Europe/London'),
      '2026-03-27T16:00:00Z',
      120,
      '2026-03-30T09:00:00Z',
    ],
    [
      'Kolkata, half-hour offset, no DST',
      hours('Asia/Kolkata'),
      '2026-11-23T08:00:00Z',
      240,
      '2026-11-24T04:00:00Z',
    ],
    [
      'Sydney spring forward (AEST -> AEDT, October)',
      hours('Australia/Sydney'),
      '2026-10-02T06:00:00Z',
      120,
      '2026-10-04T23:00:00Z',
    ],
    [
      'Sydney fall back (AEDT -> AEST, April)',
      hours('Australia/Sydney'),
      '2026-04-03T05:00:00Z',
      120,
      '2026-04-06T00:00:00Z',
    ],
    [
      'Dubai, Sunday to Thursday week',
      hours('Asia/Dubai', { days: ['sun', 'mon', 'tue', 'wed', 'thu'] }),
      '2026-11-26T12:00:00Z',
      120,
      '2026-11-29T06:00:00Z',
    ],
    [
      'a window that contains the DST jump counts real elapsed time',
      hours('America/New_York', { days: ['sun', 'mon'], start: '01:00', end: '04:00' }),
      '2026-03-08T06:00:00Z',
      150,
      '2026-03-09T05:30:00Z',
    ],
  ] as const)('%s', (_name, businessHours, from, minutes, expected) => {
    // Act
    const deadline = addBusinessMinutes(Date.parse(from), minutes, businessHours);

    // Assess
    expect(new Date(deadline).toISOString()).toBe(expected.replace('Z', '.000Z'));
  });

  it('fails with the path when no working time exists', () => {
    // Prepare: Monday is the only working day, and every Monday for over ten years is a holiday.
    const closed = hours('UTC', { days: ['mon'] });
    const everyMonday = Array.from({ length: 600 }, (_, week) =>
      new Date(Date.UTC(2026, 10, 23 + week * 7)).toISOString().slice(0, 10),
    );

    // Act + Assess
    expect(() =>
      addBusinessMinutes(Date.parse('2026-11-23T00:00:00Z'), 60, {
        ...closed,
        holidays: everyMonday,
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        message: 'businessHours: no working time within 3660 days',
      }),
    );
  });
});
