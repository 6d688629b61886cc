import { describe, expect, it } from 'vitest';
import {
  lastWeek,
  MAX_PERIOD_DAYS,
  parsePeriod,
} from '../../../../shared/casework/review-period.js';
import { ValidationError } from '../../../../shared/errors.js';
import { validationIssues as issuesOf } from '../../../helpers/validation.js';

describe('parsePeriod', () => {
  it('takes dates as whole UTC days, both inclusive', () => {
    expect(parsePeriod('2026-11-01', '2026-11-30')).toEqual({
      from: new Date('2026-11-01T00:00:00Z'),
      to: new Date('2026-12-01T00:00:00Z'),
    });
  });

  it('takes date-times as given, the end exclusive', () => {
    expect(parsePeriod('2026-11-01T12:00:00Z', '2026-11-02T12:00:00+01:00')).toEqual({
      from: new Date('2026-11-01T12:00:00Z'),
      to: new Date('2026-11-02T11:00:00Z'),
    });
  });

  it.each([
    [
      'yesterday',
      '2026-11-02',
      '--from: expected a date (YYYY-MM-DD) or an ISO date-time, got "yesterday"',
    ],
    [
      '2026-11-02',
      '2026-13-45',
      '--to: expected a date (YYYY-MM-DD) or an ISO date-time, got "2026-13-45"',
    ],
    ['2026-11-02', '2026-11-01', '--to: must be after --from'],
    ['2026-02-30', '2026-03-31', '--from: no such day in the calendar, got "2026-02-30"'],
    [
      '2026-02-01T00:00:00Z',
      '2026-02-29T12:00:00Z',
      '--to: no such day in the calendar, got "2026-02-29T12:00:00Z"',
    ],
    [
      '2026-11-01T09:00',
      '2026-11-02',
      '--from: expected an ISO date-time with its offset (Z or +hh:mm), got "2026-11-01T09:00"',
    ],
    [
      '2026-11-01',
      '2026-11-02 09:00:00Z',
      '--to: expected an ISO date-time with its offset (Z or +hh:mm), got "2026-11-02 09:00:00Z"',
    ],
    ['0001-01-01', '9999-12-31', '--to: period too long: at most 366 days'],
    ['2026-01-01', '2027-01-02', '--to: period too long: at most 366 days'],
    ['2026-01-01T00:00:00Z', '2027-01-02T00:00:00.001Z', '--to: period too long: at most 366 days'],
  ])('rejects %s .. %s', (from, to, message) => {
    expect(() => parsePeriod(from, to)).toThrow(ValidationError);
    expect(() => parsePeriod(from, to)).toThrow(message);
  });

  it('takes a leap day and a whole leap year, the longest period', () => {
    // Act
    const period = parsePeriod('2028-01-01', '2028-12-31');

    // Assess
    expect(period).toEqual({
      from: new Date('2028-01-01T00:00:00Z'),
      to: new Date('2029-01-01T00:00:00Z'),
    });
    expect((period.to.getTime() - period.from.getTime()) / 86_400_000).toBe(MAX_PERIOD_DAYS);
    expect(parsePeriod('2028-02-29', '2028-02-29').from).toEqual(new Date('2028-02-29T00:00:00Z'));
  });

  it.each([
    ['2026-02-30', '2026-03-31', 'from', 'no such day in the calendar'],
    ['0001-01-01', '9999-12-31', 'to', 'period too long: at most 366 days'],
  ])('names the field of %s .. %s in its issue', (from, to, path, message) => {
    expect(issuesOf(() => parsePeriod(from, to))).toEqual([{ path, message }]);
  });
});

describe('lastWeek', () => {
  it('is the seven whole UTC days before the day of now', () => {
    expect(lastWeek(new Date('2026-11-23T07:00:00Z'))).toEqual({
      from: new Date('2026-11-16T00:00:00Z'),
      to: new Date('2026-11-23T00:00:00Z'),
    });
  });
});
