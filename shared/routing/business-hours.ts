import type { BusinessHours, Weekday } from '../config/routing-schema.js';
import { ConfigError } from '../errors.js';
import { dayOfWeek, instantAt, localDate, MINUTE_MS, nextDate } from './time-zone.js';

/** `Date#getUTCDay()` order. */
const WEEKDAY_BY_INDEX: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Ten years of calendar days: a bound for configurations whose every day is a holiday. */
const MAX_DAYS = 3660;

const isWorkingDay = (date: string, hours: BusinessHours): boolean =>
  hours.days.includes(WEEKDAY_BY_INDEX[dayOfWeek(date)] ?? 'sun') && !hours.holidays.includes(date);

/**
 * The instant `minutes` of business time after `from`: the clock runs only between `start` and
 * `end` on working days that are not holidays, in the business hours' time zone. Each day's
 * window is measured between the real instants of its start and end, so a window that spans a
 * DST change counts the hours that actually elapse. A start outside hours begins at the next
 * window's opening.
 *
 * @example addBusinessMinutes(Date.parse('2026-11-20T21:00:00Z'), 60, nineToFiveNewYork)
 *   // Friday 16:00 in New York -> Monday 2026-11-23 10:00 local = 15:00Z
 */
const addBusinessMinutes = (from: number, minutes: number, hours: BusinessHours): number => {
  let remaining = minutes * MINUTE_MS;
  let date = localDate(from, hours.timeZone);
  for (let day = 0; day < MAX_DAYS; day += 1, date = nextDate(date)) {
    if (!isWorkingDay(date, hours)) continue;
    const opens = instantAt(date, hours.start, hours.timeZone);
    const closes = instantAt(date, hours.end, hours.timeZone);
    const start = Math.max(from, opens);
    if (start >= closes) continue;
    if (remaining <= closes - start) return start + remaining;
    remaining -= closes - start;
  }
  throw new ConfigError([
    { path: 'businessHours', message: `no working time within ${String(MAX_DAYS)} days` },
  ]);
};

export { addBusinessMinutes };
