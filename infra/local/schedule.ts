import { randomUUID } from 'node:crypto';
import type { ScheduledEvent } from 'aws-lambda';
import type { Invoke } from './functions.js';

interface Schedule {
  stop(): Promise<void>;
}

/** The event an EventBridge schedule rule delivers to its target. */
const scheduledEvent = (rule: string, now: Date): ScheduledEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '000000000000',
  time: now.toISOString(),
  region: 'us-east-1',
  resources: [`arn:aws:events:us-east-1:000000000000:rule/${rule}`],
  detail: {},
});

/**
 * Emulates an EventBridge schedule rule: invokes the target every `intervalMs`, one run at a
 * time (a tick that finds the previous run still going is skipped instead of overlapping it).
 */
const startSchedule = (
  rule: string,
  intervalMs: number,
  target: () => Invoke | undefined,
  log: (line: string) => void,
): Schedule => {
  let running: Promise<void> | undefined;
  const tick = (): void => {
    const invoke = target();
    if (invoke === undefined || running !== undefined) return;
    running = invoke(scheduledEvent(rule, new Date())).then(
      () => {
        running = undefined;
      },
      (error: unknown) => {
        running = undefined;
        log(`${rule} failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
  const timer = setInterval(tick, intervalMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
};

export { scheduledEvent, startSchedule };
export type { Schedule };
