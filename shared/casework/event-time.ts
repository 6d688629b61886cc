/**
 * The time a scheduled run works at: the event's `time` (EventBridge sets the schedule's time;
 * tests and the local stack set any time they like, which is how they speed time up), else the
 * clock.
 */
const scheduledTime = (time: string | undefined, clock: () => Date): Date => {
  const value = time === undefined ? Number.NaN : Date.parse(time);
  return Number.isNaN(value) ? clock() : new Date(value);
};

export { scheduledTime };
