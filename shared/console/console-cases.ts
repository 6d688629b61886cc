import type { SignalTextReader } from '../cases/case-store.js';
import type { AdvocacyCase } from '../cases/model.js';
import type { CaseService } from '../casework/case-service.js';
import { escalationTargets, type CaseView } from '../casework/case-view.js';
import { expectedVersionOf } from '../casework/request-schemas.js';
import type { AdvocateAction } from '../casework/routes.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { actionBodyFromForm } from './action-form.js';
import { html } from './html.js';
import type { Attempt } from './pages/action-forms.js';
import { casePage } from './pages/case-page.js';
import { historyPage } from './pages/history-page.js';
import { queuePage } from './pages/queue-page.js';
import { searchPage } from './pages/search-page.js';
import { consolePaths } from './paths.js';
import { matchesFilters, parseQueueFilters } from './queue-filters.js';
import { canSee, tiersOf, type Viewer } from './viewer.js';

/** The time zone deadlines of a tier (or `management`) are shown in. */
type TimeZones = (tier: string) => string;

interface ConsoleCasesDeps {
  readonly service: CaseService;
  readonly texts: SignalTextReader;
  readonly zones: TimeZones;
  readonly tierNames: readonly string[];
  readonly now: () => Date;
}

const QUEUE_PAGE = 25;

/** The page an action ended on when it did not succeed: the case again, saying why. */
type ActOutcome =
  | { readonly done: true }
  | { readonly done: false; readonly status: number; readonly page: string };

/** The queue page's two lists each page with a cursor of their own. */
type CursorParameter = 'urgentCursor' | 'cursor';

/**
 * Reads one of the queue page's lists. The store refuses a bad cursor at `cursor`; here it is
 * named by the parameter it came in, so a bad `urgentCursor` is not blamed on the other list.
 */
const readingCursor = async <T>(parameter: CursorParameter, read: () => Promise<T>): Promise<T> => {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = error.issues.map((issue) =>
      issue.path === 'cursor' ? { ...issue, path: parameter } : issue,
    );
    throw new ValidationError(error.message, issues, { cause: error });
  }
};

const holderOf = (item: Pick<AdvocacyCase, 'tier' | 'escalatedTo'>): string =>
  item.escalatedTo ?? item.tier;

/** The console's case pages over the cases service; every case shown is one the viewer may see. */
const consoleCases = (deps: ConsoleCasesDeps) => {
  const zoneOfCase = (item: AdvocacyCase) => deps.zones(holderOf(item));

  const visibleCase = async (viewer: Viewer, caseId: string): Promise<CaseView> => {
    const view = await deps.service.show(caseId);
    // Not one of the viewer's tiers reads as unknown: a case's existence is not disclosed.
    if (!canSee(viewer, view, escalationTargets(view)))
      throw new NotFoundError(`case ${caseId} not found`);
    return view;
  };

  const renderCase = async (
    viewer: Viewer,
    view: CaseView,
    extra: { attempt?: Attempt; notice?: Parameters<typeof casePage>[0]['notice'] } = {},
  ) =>
    casePage({
      view,
      viewer,
      texts: await deps.texts.getSignalTexts(view.signals.map((signal) => signal.signalId)),
      timeZone: deps.zones(holderOf(view)),
      now: deps.now(),
      ...extra,
    });

  return {
    async queue(viewer: Viewer, query: Readonly<Record<string, string | undefined>>) {
      const tiers = tiersOf(viewer, deps.tierNames);
      const filters = parseQueueFilters(query);
      const tier =
        filters.tier !== undefined && tiers.includes(filters.tier) ? filters.tier : tiers[0];
      const chosen = { ...filters, tier };
      const list = async (urgent: boolean, parameter: CursorParameter) => {
        if (tier === undefined) return { items: [] };
        const page = await readingCursor(parameter, () =>
          deps.service.list({
            tier,
            status: filters.status,
            urgent,
            cursor: filters[parameter],
            limit: QUEUE_PAGE,
          }),
        );
        return { ...page, items: page.items.filter((item) => matchesFilters(item, chosen)) };
      };
      return queuePage({
        viewer,
        tiers,
        filters: chosen,
        urgent: filters.urgency === 'normal' ? undefined : await list(true, 'urgentCursor'),
        rest: filters.urgency === 'urgent' ? undefined : await list(false, 'cursor'),
        timeZone: deps.zones(tier ?? 'management'),
        now: deps.now(),
      });
    },

    async show(viewer: Viewer, caseId: string) {
      return renderCase(viewer, await visibleCase(viewer, caseId));
    },

    async history(viewer: Viewer, caseId: string) {
      const current = await visibleCase(viewer, caseId);
      const page = await deps.service.list({ customer: current.customer.key, limit: 100 });
      return historyPage({
        viewer,
        current,
        cases: page.items.filter((item) => canSee(viewer, item)),
        timeZoneOf: zoneOfCase,
        now: deps.now(),
      });
    },

    async search(viewer: Viewer, term: string | null | undefined) {
      const base = { viewer, timeZoneOf: zoneOfCase, now: deps.now() };
      if (term === undefined || term === null) return searchPage(base);
      const trimmed = term.trim();
      if (trimmed === '' || trimmed.length > 600)
        return searchPage({
          ...base,
          term,
          error: 'Enter a customer id, e-mail, account id or name (up to 600 characters).',
        });
      const page = await deps.service.list({ customer: trimmed, limit: 100 });
      return searchPage({
        ...base,
        term,
        results: page.items.filter((item) => canSee(viewer, item)),
      });
    },

    async act(
      viewer: Viewer,
      caseId: string,
      action: AdvocateAction,
      form: URLSearchParams,
    ): Promise<ActOutcome> {
      const view = await visibleCase(viewer, caseId);
      const versionText = form.get('expectedVersion')?.trim() ?? '';
      let expectedVersion: number | undefined;
      try {
        // The page's hidden field, read as the cases API reads it: a value that is not a version
        // is refused, never taken for "the latest" (which would write over someone's change).
        expectedVersion = expectedVersionOf(
          undefined,
          versionText === '' ? undefined : Number(versionText),
        );
        const body = { ...actionBodyFromForm(action, form), actor: viewer.name };
        await deps.service.act({ caseId, action, body, expectedVersion });
        return { done: true };
      } catch (error) {
        if (error instanceof ValidationError) {
          const page = await renderCase(viewer, view, {
            attempt: { action, form, issues: error.issues },
            notice: {
              kind: 'alert',
              body: 'Nothing was saved: please correct the fields marked below.',
            },
          });
          return { done: false, status: 400, page };
        }
        if (error instanceof ConflictError) {
          const fresh = await visibleCase(viewer, caseId);
          const stale = expectedVersion !== undefined && expectedVersion !== fresh.version;
          const body = stale
            ? html`Someone changed this case while you were working on it (you saw version
                ${expectedVersion}, it is now ${fresh.version}). Nothing was saved.
                <a href="${consolePaths.case(caseId)}">Open the current case</a> and apply your
                change again if it still fits.`
            : html`${error.message}.
                <a href="${consolePaths.case(caseId)}">Open the current case</a>.`;
          const page = await renderCase(viewer, fresh, {
            attempt: { action, form, issues: [] },
            notice: { kind: 'alert', body },
          });
          return { done: false, status: 409, page };
        }
        throw error;
      }
    },
  };
};

export { consoleCases };
export type { ConsoleCasesDeps, TimeZones };
