import type { CaseStore } from '../cases/case-store.js';
import { ACTIVE_STATUSES, type AdvocacyCase } from '../cases/model.js';
import { NotFoundError } from '../errors.js';
import type { ReviewCase, ReviewInput } from './review-model.js';

interface ReviewPeriod {
  readonly from: Date;
  readonly to: Date;
  readonly now: Date;
}

/** A signal id is `<source>:<sourceEventId>` (shared/sources/signal.ts), so evidence names its source. */
const sourcesOf = (item: AdvocacyCase): string[] => [
  ...new Set(item.evidence.map((trigger) => trigger.signalId.split(':')[0] ?? 'unknown')),
];

const allOfQueue = async (store: CaseStore, tier: string, status: AdvocacyCase['status']) => {
  const items: AdvocacyCase[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listQueue({ tier, status, cursor, limit: 100 });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return items;
};

const closedAtOf = async (store: CaseStore, caseId: string): Promise<string | undefined> => {
  try {
    return (await store.getCase(caseId)).case.closedAt;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
};

/**
 * Loads what the review needs from the store: the cases opened in the period (month index),
 * every active case of every tier (queue index), the sources of each case's signals (from its
 * evidence, else its signal items) and, for recurrences, when the previous case closed.
 */
const loadReviewInput = async (
  store: CaseStore,
  tiers: readonly string[],
  period: ReviewPeriod,
): Promise<ReviewInput> => {
  const cases = await store.listOpenedBetween(period.from, period.to);
  const opened: ReviewCase[] = await Promise.all(
    cases.map(async (item) => {
      const sources =
        item.evidence.length > 0
          ? sourcesOf(item)
          : [...new Set((await store.getCase(item.id)).signals.map((signal) => signal.source))];
      const previousClosedAt =
        item.previousCaseId === undefined
          ? undefined
          : await closedAtOf(store, item.previousCaseId);
      return {
        case: item,
        sources,
        ...(previousClosedAt === undefined ? {} : { previousClosedAt }),
      };
    }),
  );
  const queues = await Promise.all(
    tiers.flatMap((tier) => ACTIVE_STATUSES.map((status) => allOfQueue(store, tier, status))),
  );
  return { ...period, opened, open: queues.flat() };
};

export { loadReviewInput };
export type { ReviewPeriod };
