import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { shown } from '../plain-text.js';
import { DAY_MS } from './review-stats.js';

interface Period {
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
}

/**
 * The longest period a review covers: a year, leap day included. Reviews are weekly, monthly or
 * yearly; the review reads every case of the period in one go (one query per month), and a
 * rendered review must fit Lambda's 6 MB response.
 */
const MAX_PERIOD_DAYS = 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The cases API's own date check (actions.ts): Date.parse would roll 2026-02-30 over to March 2.
const CalendarDateSchema = z.iso.date();
// With its offset: Date.parse reads "2026-11-01T09:00" as local time, which is UTC in Lambda but
// the admin's own zone in the command line, so the same words would mean two periods.
const DateTimeSchema = z.iso.datetime({ offset: true });

const invalid = (name: string, text: string, message: string): ValidationError =>
  new ValidationError(`--${name}: ${message}, got ${shown(text)}`, [{ path: name, message }]);

const parseInstant = (text: string, name: string, endOfDay: boolean): Date => {
  const value = Date.parse(DATE.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(value) || !/^\d{4}-\d{2}-\d{2}/.test(text))
    throw invalid(name, text, 'expected a date (YYYY-MM-DD) or an ISO date-time');
  if (!CalendarDateSchema.safeParse(text.slice(0, 10)).success)
    throw invalid(name, text, 'no such day in the calendar');
  if (!DATE.test(text) && !DateTimeSchema.safeParse(text).success)
    throw invalid(name, text, 'expected an ISO date-time with its offset (Z or +hh:mm)');
  // A bare date in --to means "through that day": the period ends at the next midnight (UTC).
  return new Date(endOfDay && DATE.test(text) ? value + DAY_MS : value);
};

/**
 * The period of `advocacy review --from DATE --to DATE` (and the console's review): dates are
 * UTC days, both inclusive; date-times are taken as given (`to` exclusive). At most
 * {@link MAX_PERIOD_DAYS} days long.
 *
 * @example parsePeriod('2026-11-01', '2026-11-30') // [2026-11-01T00:00Z, 2026-12-01T00:00Z)
 */
const parsePeriod = (from: string, to: string): Period => {
  const period = { from: parseInstant(from, 'from', false), to: parseInstant(to, 'to', true) };
  if (period.from >= period.to) {
    const message = 'must be after --from';
    throw new ValidationError(`--to: ${message}`, [{ path: 'to', message }]);
  }
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    const message = `period too long: at most ${MAX_PERIOD_DAYS} days`;
    throw new ValidationError(`--to: ${message}`, [{ path: 'to', message }]);
  }
  return period;
};

/** The weekly review's period: the seven whole UTC days before `now`'s day. */
const lastWeek = (now: Date): Period => {
  const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  return { from: new Date(to.getTime() - 7 * DAY_MS), to };
};

export { lastWeek, MAX_PERIOD_DAYS, parsePeriod };
export type { Period };
