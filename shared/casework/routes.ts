import { NotFoundError } from '../errors.js';
import { shown } from '../plain-text.js';

/** The case actions an advocate may take over HTTP and the CLI (escalation is the sweep's alone). */
const ADVOCATE_ACTIONS = ['acknowledge', 'plan', 'resolve', 'close', 'disagree', 'link'] as const;

type AdvocateAction = (typeof ADVOCATE_ACTIONS)[number];

/** What a request asks the cases API to do. */
type CaseOperation =
  | { readonly operation: 'list' }
  | { readonly operation: 'show'; readonly caseId: string }
  | { readonly operation: 'act'; readonly caseId: string; readonly action: AdvocateAction };

/**
 * The route table, as infra declares it: `GET /cases`, `GET /cases/{id}`,
 * `POST /cases/{id}/{action}`. Matched on the path's tail so a named stage prefix
 * (`/prod/cases`) changes nothing.
 */
const ROUTES = [
  { method: 'GET', pattern: /(?:^|\/)cases\/?$/, build: () => ({ operation: 'list' }) },
  {
    method: 'GET',
    pattern: /(?:^|\/)cases\/([^/]+)\/?$/,
    build: (id: string) => ({ operation: 'show', caseId: id }),
  },
  {
    method: 'POST',
    pattern: /(?:^|\/)cases\/([^/]+)\/([^/]+)\/?$/,
    build: (id: string, action: string) => {
      if (!(ADVOCATE_ACTIONS as readonly string[]).includes(action)) {
        throw new NotFoundError(
          `unknown case action "${action}"; expected one of ${ADVOCATE_ACTIONS.join(', ')}`,
        );
      }
      return { operation: 'act', caseId: id, action: action as AdvocateAction };
    },
  },
] as const satisfies readonly {
  method: string;
  pattern: RegExp;
  build: (...parts: string[]) => CaseOperation;
}[];

const decode = (part: string): string => {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new NotFoundError(`no route for a malformed path segment ${shown(part)}`);
  }
};

/**
 * Resolves a method and path to an operation; anything else is a NotFoundError (404) naming
 * the request, so a typo in a client is obvious.
 *
 * @example matchCaseRoute('POST', '/cases/3f2a/acknowledge')
 * // { operation: 'act', caseId: '3f2a', action: 'acknowledge' }
 */
const matchCaseRoute = (method: string, path: string): CaseOperation => {
  for (const route of ROUTES) {
    if (route.method !== method.toUpperCase()) continue;
    const found = route.pattern.exec(path);
    if (found === null) continue;
    const parts = found.slice(1).map(decode);
    return (route.build as (...values: string[]) => CaseOperation)(...parts);
  }
  throw new NotFoundError(`no route for ${method.toUpperCase()} ${path}`);
};

export { ADVOCATE_ACTIONS, matchCaseRoute };
export type { AdvocateAction, CaseOperation };
