/**
 * Wall-clock arithmetic in IANA time zones through Intl only: no offset tables, no dependency.
 * A local date is `YYYY-MM-DD`, a local time `HH:MM`; instants are epoch milliseconds.
 */

/** One minute in milliseconds. */
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** The wall clock of `instant` in `timeZone`, read back as if it were UTC (epoch ms). */
const wallClockAsUtc = (instant: number, timeZone: string): number => {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const field = (name: string): number => parts[name] ?? 0;
  return Date.UTC(
    field('year'),
    field('month') - 1,
    field('day'),
    field('hour'),
    field('minute'),
    field('second'),
  );
};

/** UTC offset of `timeZone` at `instant`, in milliseconds (New York in winter: -5 h). */
const offsetAt = (instant: number, timeZone: string): number =>
  wallClockAsUtc(Math.floor(instant / 1000) * 1000, timeZone) - Math.floor(instant / 1000) * 1000;

/** The local calendar date of `instant` in `timeZone`, as `YYYY-MM-DD`. */
const localDate = (instant: number, timeZone: string): string =>
  new Date(wallClockAsUtc(instant, timeZone)).toISOString().slice(0, 10);

/**
 * The instant at which the wall clock in `timeZone` reads `date` `time`. Two candidate offsets
 * (before and after a transition) cover DST: in an overlap the earlier instant wins; in a gap
 * (a time that does not exist, e.g. 02:30 on a spring-forward night) the later one, which the
 * clock shows as the same time shifted forward.
 */
const instantAt = (date: string, time: string, timeZone: string): number => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  const candidates = [first, second].filter(
    (candidate) => wallClockAsUtc(candidate, timeZone) === naive,
  );
  return candidates.length > 0 ? Math.min(...candidates) : Math.max(first, second);
};

/** The calendar date after `date` (pure calendar arithmetic, no zone involved). */
const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday ... 6 = Saturday, for a calendar date. */
const dayOfWeek = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export { dayOfWeek, instantAt, localDate, MINUTE_MS, nextDate, offsetAt, wallClockAsUtc };
