import { localTime } from '../alerts/subject.js';
import { remainingText } from './remaining.js';

/** An acknowledgement deadline as an advocate reads it: local time, and how long is left. */
interface DeadlineView {
  readonly iso: string;
  readonly timeZone: string;
  /** In the tier's time zone, e.g. `Mon, Nov 23, 22:45 EST`. */
  readonly local: string;
  readonly overdue: boolean;
  /** `due in 25 min`, `overdue by 2 h 5 min`. */
  readonly remaining: string;
}

const deadlineView = (iso: string, timeZone: string, now: Date): DeadlineView => ({
  iso,
  timeZone,
  local: localTime(iso, timeZone),
  overdue: Date.parse(iso) < now.getTime(),
  remaining: remainingText(new Date(iso), now),
});

export { deadlineView };
export type { DeadlineView };
