import type { ScheduledEvent } from 'aws-lambda';
import type { SweepResult } from '../../shared/casework/escalation-sweep.js';
import { scheduledTime } from '../../shared/casework/event-time.js';
import { DependencyError } from '../../shared/errors.js';

interface EscalateLogger {
  info(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

interface EscalateDeps {
  /** One sweep at the given time (`runEscalationSweep` bound to its store and configuration). */
  readonly sweep: (now: Date) => Promise<SweepResult>;
  readonly logger: EscalateLogger;
  /** Counts per sweep (Powertools Metrics in Lambda). */
  readonly record: (result: SweepResult) => void;
  readonly now: () => Date;
}

/**
 * The scheduled escalation sweep. Fails the invocation when a case could not be escalated, so
 * the error alarm fires and EventBridge retries; the sweep is idempotent, so a retry is safe.
 */
const createHandler =
  (deps: EscalateDeps) =>
  async (event: Partial<Pick<ScheduledEvent, 'time'>> = {}): Promise<SweepResult> => {
    const result = await deps.sweep(scheduledTime(event.time, deps.now));
    deps.record(result);
    deps.logger.info('escalation sweep', {
      at: result.at,
      due: result.due,
      escalated: result.escalated,
      skipped: result.skipped.length,
      raced: result.raced.length,
    });
    if (result.failed.length > 0) {
      for (const failure of result.failed) {
        deps.logger.error('escalation failed', {
          caseId: failure.caseId,
          error: String(failure.error),
        });
      }
      throw new DependencyError(`${result.failed.length} case(s) could not be escalated`);
    }
    return result;
  };

export { createHandler };
export type { EscalateDeps, EscalateLogger };
