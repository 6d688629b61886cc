import type { CaseStore, Page } from '../cases/case-store.js';
import { parseCaseAction } from '../cases/actions.js';
import type { AdvocacyCase } from '../cases/model.js';
import { NotFoundError } from '../errors.js';
import { toCaseView, type CaseView } from './case-view.js';
import type { ListQuery } from './request-schemas.js';
import type { AdvocateAction } from './routes.js';

interface CaseServiceDeps {
  readonly store: CaseStore;
  /** The clock, injected so tests control the time of every change. */
  readonly now: () => Date;
}

/** An advocate's action as received: the action, its fields, and the version it expects. */
interface ActRequest {
  readonly caseId: string;
  readonly action: AdvocateAction;
  /** The action's fields (`actor`, `summary`, ...), validated here. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly expectedVersion?: number | undefined;
}

/**
 * The advocate-facing cases service: the one place the cases API and the `advocacy cases`
 * command share. It validates actions (ValidationError with field paths), applies them through
 * the store (ConflictError for a disallowed transition or a stale version; NotFoundError for an
 * unknown case, or an unknown case to link to) and returns cases with their timeline.
 */
interface CaseService {
  list(query: ListQuery): Promise<Page<AdvocacyCase>>;
  show(caseId: string): Promise<CaseView>;
  act(request: ActRequest): Promise<CaseView>;
}

/**
 * A link names another case of the same customer (its earlier, closed case: a customer has one
 * open case at a time): the review reads the linked case's close for its recurrences, and the
 * console links to it. Any other id answers as an unknown one, so a link tells nothing of other
 * customers' cases or other tiers', and cannot hide a recurrence behind a stranger's case. The
 * case itself is left to the lifecycle, which refuses it. The store says "case X not found";
 * here X is not the case acted on.
 */
const requireCaseOfSameCustomer = async (
  store: CaseStore,
  caseId: string,
  previousCaseId: string,
): Promise<void> => {
  if (previousCaseId === caseId) return;
  const notFound = (cause?: unknown) =>
    new NotFoundError(`previous case ${previousCaseId} not found`, { cause });
  const [current, previous] = await Promise.all([
    store.getCase(caseId),
    store.getCase(previousCaseId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? notFound(error) : error;
    }),
  ]);
  if (previous.case.customer.key !== current.case.customer.key) throw notFound();
};

const createCaseService = ({ store, now }: CaseServiceDeps): CaseService => ({
  async list(query) {
    if (query.customer === undefined) {
      return store.listQueue({
        tier: query.tier ?? '',
        status: query.status,
        urgent: query.urgent,
        cursor: query.cursor,
        limit: query.limit,
      });
    }
    // A customer's history is short; tier, status and urgency narrow the page it returns.
    const customerKeys = await store.findCustomerKeys(query.customer);
    const page = await store.listByCustomerKeys(customerKeys, {
      cursor: query.cursor,
      limit: query.limit,
    });
    const items = page.items.filter(
      (item) =>
        (query.tier === undefined || item.tier === query.tier) &&
        (query.status === undefined || item.status === query.status) &&
        (query.urgent === undefined || item.urgent === query.urgent),
    );
    return { items, cursor: page.cursor };
  },

  async show(caseId) {
    return toCaseView(await store.getCase(caseId));
  },

  async act({ caseId, action, body, expectedVersion }) {
    const { expectedVersion: _version, type: _type, ...fields } = body;
    const parsed = parseCaseAction({ ...fields, type: action });
    if (parsed.type === 'link')
      await requireCaseOfSameCustomer(store, caseId, parsed.previousCaseId);
    await store.applyAction(caseId, expectedVersion, parsed, now());
    return toCaseView(await store.getCase(caseId));
  },
});

export { createCaseService };
export type { ActRequest, CaseService, CaseServiceDeps };
