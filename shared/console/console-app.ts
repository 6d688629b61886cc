import type { SignalTextReader } from '../cases/case-store.js';
import type { CaseService } from '../casework/case-service.js';
import type { Review } from '../casework/review-model.js';
import { parsePeriod } from '../casework/review-period.js';
import { parseCaseId } from '../casework/request-schemas.js';
import { AdvocacyError, ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { HttpLogger } from '../http.js';
import { matchConsoleRoute } from './console-routes.js';
import { consoleCases, type TimeZones } from './console-cases.js';
import { messagePage } from './pages/message-page.js';
import { reviewPage } from './pages/review-page.js';
import { consolePaths } from './paths.js';
import { isSameOrigin, SECURITY_HEADERS } from './security.js';
import { seesAll, type Viewer } from './viewer.js';

interface ConsoleRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string | undefined>>;
  /** `application/x-www-form-urlencoded` body of a POST. */
  readonly form: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Who the authorizer signed in; undefined when nobody is. */
  readonly viewer: Viewer | undefined;
}

interface ConsoleResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

interface ConsoleDeps {
  readonly service: CaseService;
  readonly texts: SignalTextReader;
  readonly review: (from: Date, to: Date) => Promise<Review>;
  readonly zones: TimeZones;
  readonly tierNames: readonly string[];
  /** Cookie attributes that end the session when signing out. */
  readonly signOutCookie: string;
  /** Where signing out leads: the identity provider's logout on AWS. @default the sign-in page */
  readonly signedOutLocation?: string | undefined;
  readonly logger: HttpLogger;
  readonly now: () => Date;
}

const HTML = { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS };

const respond = (status: number, body: string): ConsoleResponse => ({
  status,
  headers: HTML,
  body,
});

/** After a change, the case is shown by GET (post/redirect/get), so a reload never resubmits. */
const seeOther = (location: string, extra: Record<string, string> = {}): ConsoleResponse => ({
  status: 303,
  headers: { ...SECURITY_HEADERS, location, ...extra },
  body: '',
});

const DAY_MS = 86_400_000;

/**
 * The advocate console: one request in, one HTML page out. Server-rendered, so every page and
 * action works without JavaScript; the domain (cases service, review) does the work.
 */
const createConsoleApp = (deps: ConsoleDeps) => {
  const cases = consoleCases(deps);

  const review = async (viewer: Viewer, query: ConsoleRequest['query']) => {
    if (!seesAll(viewer))
      return respond(403, messagePage(viewer, 'Not allowed', 'The review is for management.'));
    const today = deps.now().toISOString().slice(0, 10);
    const monthAgo = new Date(deps.now().getTime() - 27 * DAY_MS).toISOString().slice(0, 10);
    const period = parsePeriod(query.from ?? monthAgo, query.to ?? today);
    return respond(200, reviewPage(viewer, await deps.review(period.from, period.to)));
  };

  const route = async (request: ConsoleRequest, viewer: Viewer): Promise<ConsoleResponse> => {
    const match = matchConsoleRoute(request.method, request.path);
    const changes = request.method === 'POST';
    if (changes && !isSameOrigin(request.headers))
      return respond(
        403,
        messagePage(viewer, 'Not allowed', 'Changes come only from the console’s own pages.'),
      );
    switch (match.page) {
      case 'queue':
        return respond(200, await cases.queue(viewer, request.query));
      case 'case':
        return respond(200, await cases.show(viewer, parseCaseId(match.caseId)));
      case 'history':
        return respond(200, await cases.history(viewer, parseCaseId(match.caseId)));
      case 'search':
        return respond(
          200,
          await cases.search(viewer, changes ? request.form.get('q') : undefined),
        );
      case 'review':
        return review(viewer, request.query);
      case 'sign-out':
        return seeOther(deps.signedOutLocation ?? consolePaths.signIn, {
          'set-cookie': deps.signOutCookie,
        });
      case 'act': {
        const caseId = parseCaseId(match.caseId);
        const outcome = await cases.act(viewer, caseId, match.action, request.form);
        return outcome.done
          ? seeOther(`${consolePaths.case(caseId)}#timeline-title`)
          : respond(outcome.status, outcome.page);
      }
      case 'not-found':
        return respond(404, messagePage(viewer, 'Not found', 'There is no such page.'));
    }
  };

  return async (request: ConsoleRequest): Promise<ConsoleResponse> => {
    const viewer = request.viewer;
    if (viewer === undefined)
      return respond(
        401,
        messagePage(undefined, 'Sign in first', 'Your session ended; sign in again.'),
      );
    try {
      return await route(request, viewer);
    } catch (error) {
      if (error instanceof NotFoundError)
        return respond(
          404,
          messagePage(viewer, 'Not found', 'No such case, or not one of your tiers.'),
        );
      if (error instanceof ValidationError)
        return respond(
          400,
          messagePage(
            viewer,
            'Not understood',
            error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ') ||
              error.message,
          ),
        );
      // Names and ids only: customer words never reach the logs.
      deps.logger.error('console request failed', {
        error:
          error instanceof AdvocacyError || error instanceof ConflictError ? error.name : 'Error',
        // Not `message`: the logger reserves that key and drops what a call passes in it.
        detail: error instanceof Error ? error.message : 'unknown',
      });
      return respond(500, messagePage(viewer, 'Something went wrong', 'Try again in a moment.'));
    }
  };
};

export { createConsoleApp };
export type { ConsoleDeps, ConsoleRequest, ConsoleResponse };
