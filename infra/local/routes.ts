import type { FunctionName } from './functions.js';
import type { RouteMatch } from './lambda-events.js';

/** One route of the HTTP API as infra declares it: `POST /webhooks/{source}` -> ingest. */
interface ApiRoute {
  readonly method: string;
  readonly path: string;
  readonly target: FunctionName;
  /** Stands in locally for the IAM authorization of the cases API. */
  readonly authorized: boolean;
}

/** The routes of the deployed HTTP API (infra/), served locally through the same handlers. */
const API_ROUTES: readonly ApiRoute[] = [
  { method: 'POST', path: '/webhooks/{source}', target: 'ingest', authorized: false },
  { method: 'HEAD', path: '/webhooks/{source}', target: 'ingest', authorized: false },
  { method: 'GET', path: '/webhooks/{source}', target: 'ingest', authorized: false },
  { method: 'GET', path: '/cases', target: 'cases', authorized: true },
  { method: 'GET', path: '/cases/{id}', target: 'cases', authorized: true },
  { method: 'POST', path: '/cases/{id}/{action}', target: 'cases', authorized: true },
];

const matchPath = (template: string, path: string): Record<string, string> | undefined => {
  const expected = template.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name === undefined) {
      if (part !== value) return undefined;
    } else {
      if (value === '') return undefined;
      try {
        parameters[name] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
  }
  return parameters;
};

/** Finds the route for a request, as API Gateway does (exact method, `{param}` segments). */
const matchRoute = (
  method: string,
  path: string,
): (RouteMatch & { readonly route: ApiRoute }) | undefined => {
  for (const route of API_ROUTES) {
    if (route.method !== method) continue;
    const pathParameters = matchPath(route.path, path);
    if (pathParameters !== undefined)
      return { route, routeKey: `${route.method} ${route.path}`, pathParameters };
  }
  return undefined;
};

export { API_ROUTES, matchRoute };
export type { ApiRoute };
