import { describe, expect, it } from 'vitest';
import { lastWeek, parsePeriod } from '../../../../shared/casework/review-period.js';
import { ValidationError } from '../../../../shared/errors.js';

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
  ])('rejects %s .. %s', (from, to, message) => {
    expect(() => parsePeriod(from, to)).toThrow(ValidationError);
    expect(() => parsePeriod(from, to)).toThrow(message);
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
