import type { CaseStore } from '../cases/case-store.js';
import { ConflictError } from '../errors.js';
import { decideEscalation, type EscalationConfig, type SkipReason } from './escalation.js';

interface Escalated {
  readonly caseId: string;
  readonly from: string;
  readonly to: string;
  readonly level: number;
}

/** What one sweep did, for the log and the metrics. */
interface SweepResult {
  readonly at: string;
  /** Cases the due index returned. */
  readonly due: number;
  readonly escalated: readonly Escalated[];
  readonly skipped: readonly { readonly caseId: string; readonly reason: SkipReason }[];
  /** Changed between read and write (usually acknowledged just then); the next sweep re-reads them. */
  readonly raced: readonly string[];
  readonly failed: readonly { readonly caseId: string; readonly error: unknown }[];
}

interface SweepDeps {
  readonly store: CaseStore;
  readonly config: EscalationConfig;
}

// Escalations in flight at once: enough to clear a backlog quickly, few enough not to throttle.
const CONCURRENCY = 8;

/**
 * One escalation sweep at `now` (the scheduler's time, or any time a test chooses): reads the
 * sparse `due` index, decides each case (see `decideEscalation`) and applies the escalation
 * conditional on the version it read, so an acknowledgement that lands meanwhile wins and the
 * case is left alone. Idempotent: running it twice at the same `now` escalates nothing twice.
 */
const runEscalationSweep = async (
  { store, config }: SweepDeps,
  now: Date,
): Promise<SweepResult> => {
  const due = await store.listDue(now);
  const escalated: Escalated[] = [];
  const skipped: { caseId: string; reason: SkipReason }[] = [];
  const raced: string[] = [];
  const failed: { caseId: string; error: unknown }[] = [];
  const queue = [...due];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
      const decision = decideEscalation(item, now, config);
      if (decision.kind === 'skip') {
        skipped.push({ caseId: item.id, reason: decision.reason });
        continue;
      }
      try {
        await store.applyAction(item.id, item.version, decision.action, now);
        escalated.push({
          caseId: item.id,
          from: decision.from,
          to: decision.to,
          level: decision.level,
        });
      } catch (error) {
        if (error instanceof ConflictError) raced.push(item.id);
        else failed.push({ caseId: item.id, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, due.length) }, worker));
  return { at: now.toISOString(), due: due.length, escalated, skipped, raced, failed };
};

export { runEscalationSweep };
export type { Escalated, SweepDeps, SweepResult };
