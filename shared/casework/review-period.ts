import { ValidationError } from '../errors.js';
import { shown } from '../plain-text.js';
import { DAY_MS } from './review-stats.js';

interface Period {
  readonly from: Date;
  /** Exclusive. */
  readonly to: Date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const parseInstant = (text: string, name: string, endOfDay: boolean): Date => {
  const value = Date.parse(DATE.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(value) || !/^\d{4}-\d{2}-\d{2}/.test(text)) {
    const message = 'expected a date (YYYY-MM-DD) or an ISO date-time';
    throw new ValidationError(`--${name}: ${message}, got ${shown(text)}`, [
      { path: name, message },
    ]);
  }
  // A bare date in --to means "through that day": the period ends at the next midnight (UTC).
  return new Date(endOfDay && DATE.test(text) ? value + DAY_MS : value);
};

/**
 * The period of `advocacy review --from DATE --to DATE`: dates are UTC days, both inclusive;
 * date-times are taken as given (`to` exclusive).
 *
 * @example parsePeriod('2026-11-01', '2026-11-30') // [2026-11-01T00:00Z, 2026-12-01T00:00Z)
 */
const parsePeriod = (from: string, to: string): Period => {
  const period = { from: parseInstant(from, 'from', false), to: parseInstant(to, 'to', true) };
  if (period.from >= period.to) {
    const message = 'must be after --from';
    throw new ValidationError(`--to: ${message}`, [{ path: 'to', message }]);
  }
  return period;
};

/** The weekly review's period: the seven whole UTC days before `now`'s day. */
const lastWeek = (now: Date): Period => {
  const to = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  return { from: new Date(to.getTime() - 7 * DAY_MS), to };
};

export { lastWeek, parsePeriod };
export type { Period };
