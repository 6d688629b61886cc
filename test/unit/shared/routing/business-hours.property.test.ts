import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessHours } from '../../../../shared/config/routing-schema.js';
import { addBusinessMinutes } from '../../../../shared/routing/business-hours.js';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney'] as const;
const HOLIDAYS = ['2026-12-25', '2027-01-01', '2026-04-03', '2026-11-26'];

const localParts = (instant: number, timeZone: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return {
    date: `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`,
    weekday: (parts.weekday ?? '').toLowerCase().slice(0, 3),
    time: `${parts.hour ?? ''}:${parts.minute ?? ''}`,
  };
};

describe('addBusinessMinutes (properties)', () => {
  it('always lands inside business hours, on a working day that is not a holiday, after the start', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({
          min: Date.parse('2026-01-01T00:00:00Z'),
          max: Date.parse('2027-01-01T00:00:00Z'),
        }),
        fc.integer({ min: 1, max: 5000 }),
        (timeZone, from, minutes) => {
          // Prepare
          const hours: BusinessHours = {
            timeZone,
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: '09:00',
            end: '17:00',
            holidays: HOLIDAYS,
          };

          // Act
          const deadline = addBusinessMinutes(from, minutes, hours);

          // Assess
          const local = localParts(deadline, timeZone);
          expect(deadline).toBeGreaterThanOrEqual(from + minutes * 60_000);
          expect(hours.days).toContain(local.weekday);
          expect(HOLIDAYS).not.toContain(local.date);
          expect(local.time >= '09:00' && local.time <= '17:00').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes longer for more minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({
          min: Date.parse('2026-01-01T00:00:00Z'),
          max: Date.parse('2027-01-01T00:00:00Z'),
        }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        (timeZone, from, minutes, extra) => {
          const hours: BusinessHours = {
            timeZone,
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: '09:00',
            end: '17:00',
            holidays: [],
          };
          expect(addBusinessMinutes(from, minutes + extra, hours)).toBeGreaterThan(
            addBusinessMinutes(from, minutes, hours),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
