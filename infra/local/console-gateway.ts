import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONSOLE_BASE, consolePaths, safeNext } from '../../shared/console/paths.js';
import { signInPage } from '../../shared/console/pages/sign-in-page.js';
import { SECURITY_HEADERS } from '../../shared/console/security.js';
import {
  clearedSessionCookie,
  readCookie,
  SESSION_COOKIE,
  SESSION_SECONDS,
  sessionCookie,
} from '../../shared/console/session.js';
import { isSameOrigin } from '../../shared/console/security.js';
import type { ConsoleAsset } from '../console-assets.js';

/**
 * Who a local request is signed in as: the local stack has one user, in every group, standing in
 * for a Cognito user whose claims the JWT authorizer would pass on.
 */
const LOCAL_CLAIMS = {
  token_use: 'access',
  sub: 'local-advocate',
  username: 'local-advocate',
  'cognito:groups': ['management'],
};

interface ConsoleGatewayDeps {
  readonly token: string;
  readonly assets: readonly ConsoleAsset[];
  readonly now?: () => number;
}

const equalSecrets = (presented: string, expected: string): boolean => {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const html = (
  response: ServerResponse,
  status: number,
  body: string,
  extra: Record<string, string> = {},
) => {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    ...SECURITY_HEADERS,
    ...extra,
  });
  response.end(body);
};

/**
 * The local stand-in for CloudFront, Cognito and the JWT authorizer in front of the console:
 * serves the static assets, signs in with the printed token (a session cookie that expires), and
 * tells the caller the claims of a signed-in request (Bearer token or session), else answers
 * itself (sign-in redirect, 401).
 */
const createConsoleGateway = (deps: ConsoleGatewayDeps) => {
  const sessions = new Map<string, number>();
  const now = deps.now ?? Date.now;
  const assets = new Map(deps.assets.map((asset) => [consolePaths.asset(asset.file), asset]));

  const signedIn = (request: IncomingMessage): boolean => {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (bearer !== undefined) return equalSecrets(bearer, deps.token);
    const session = readCookie(request.headers.cookie, SESSION_COOKIE);
    const expires = session === undefined ? undefined : sessions.get(session);
    if (session !== undefined && expires !== undefined && expires <= now())
      sessions.delete(session);
    return expires !== undefined && expires > now();
  };

  return {
    /** Whether the path is the console's (the API server hands such requests here). */
    owns: (path: string): boolean => path === CONSOLE_BASE || path.startsWith(`${CONSOLE_BASE}/`),

    /**
     * Answers what the gateway itself serves and returns undefined; or returns the claims to
     * invoke the console function with.
     */
    async handle(
      request: IncomingMessage,
      response: ServerResponse,
      body: () => Promise<Buffer>,
    ): Promise<Record<string, unknown> | undefined> {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const method = request.method ?? 'GET';
      const asset = assets.get(url.pathname);
      if (asset !== undefined && method === 'GET') {
        response.writeHead(200, {
          'content-type': asset.contentType,
          'cache-control': 'no-cache',
          'x-content-type-options': 'nosniff',
        });
        response.end(asset.contents);
        return undefined;
      }
      const headers = request.headers as Record<string, string | undefined>;
      if (url.pathname === consolePaths.signIn) {
        if (method !== 'POST') {
          html(response, 200, signInPage(safeNext(url.searchParams.get('next'))));
          return undefined;
        }
        const form = new URLSearchParams((await body()).toString('utf8'));
        const next = safeNext(form.get('next'));
        if (!isSameOrigin(headers) || !equalSecrets(form.get('token') ?? '', deps.token)) {
          html(response, 401, signInPage(next, 'That is not the token npm start printed.'));
          return undefined;
        }
        const session = randomBytes(32).toString('base64url');
        sessions.set(session, now() + SESSION_SECONDS * 1000);
        response.writeHead(303, {
          location: next,
          'set-cookie': sessionCookie(session, false),
          ...SECURITY_HEADERS,
        });
        response.end();
        return undefined;
      }
      if (url.pathname === consolePaths.signOut && method === 'POST' && isSameOrigin(headers)) {
        const session = readCookie(request.headers.cookie, SESSION_COOKIE);
        if (session !== undefined) sessions.delete(session);
        response.writeHead(303, {
          location: consolePaths.signIn,
          'set-cookie': clearedSessionCookie(false),
          ...SECURITY_HEADERS,
        });
        response.end();
        return undefined;
      }
      if (signedIn(request)) return LOCAL_CLAIMS;
      if (method === 'GET') {
        // Only the path goes into `next`: console paths carry case ids, never personal data.
        response.writeHead(303, {
          location: `${consolePaths.signIn}?next=${encodeURIComponent(url.pathname)}`,
          ...SECURITY_HEADERS,
        });
        response.end();
      } else {
        html(response, 401, signInPage(consolePaths.home, 'Your session ended; sign in again.'));
      }
      return undefined;
    },
  };
};

type ConsoleGateway = ReturnType<typeof createConsoleGateway>;

export { createConsoleGateway, LOCAL_CLAIMS };
export type { ConsoleGateway };
