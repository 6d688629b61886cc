import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DependencyError, UnauthorizedError } from '../errors.js';
import { messagePage } from './pages/message-page.js';
import { consolePaths, safeNext } from './paths.js';
import { SECURITY_HEADERS } from './security.js';
import { readCookie, SESSION_SECONDS, sessionCookie } from './session.js';

/** Where the managed sign-in page (the user pool's domain) is, and who the console is to it. */
interface HostedSignInSettings {
  /** The user pool domain, e.g. `https://advocacy-console-1a2b3c4d.auth.eu-west-1.amazoncognito.com`. */
  readonly signInUrl: string;
  /** The console's app client: public, authorization code grant with PKCE. */
  readonly clientId: string;
  /** The console's origin, e.g. `https://d111111abcdef8.cloudfront.net`. */
  readonly consoleOrigin: string;
}

/** What the token endpoint issued for an authorization code. */
interface IssuedTokens {
  readonly accessToken: string;
  readonly expiresInSeconds: number;
}

/**
 * Exchanges an authorization code and its PKCE verifier for tokens. Throws `UnauthorizedError`
 * when the endpoint rejects the code, `DependencyError` when it cannot be reached.
 */
type CodeExchange = (grant: {
  readonly code: string;
  readonly verifier: string;
  readonly redirectUri: string;
}) => Promise<IssuedTokens>;

interface SignInRequest {
  readonly path: string;
  readonly query: Readonly<Record<string, string | undefined>>;
  /** The Cookie header (payload 2.0 passes cookies apart: join them with `; `). */
  readonly cookie: string | undefined;
}

interface SignInResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Set-Cookie values; more than one, so apart from the headers. */
  readonly cookies: readonly string[];
  readonly body: string;
}

/** The sign-in in progress: state against login CSRF, the PKCE verifier, where to go after. */
const SIGN_IN_COOKIE = 'advocacy_sign_in';
const PendingSignInSchema = z.object({ state: z.string(), verifier: z.string(), next: z.string() });
type PendingSignIn = z.infer<typeof PendingSignInSchema>;

/** Ten minutes to type a password and a TOTP code; the cookie goes only to the sign-in paths. */
const SIGN_IN_SECONDS = 600;

// Lax: the identity provider's redirect back is a cross-site navigation that must carry it.
const pendingCookie = (value: string, maxAge: number): string =>
  `${SIGN_IN_COOKIE}=${value}; Path=${consolePaths.signIn}; HttpOnly; Secure; SameSite=Lax; Max-Age=${String(maxAge)}`;

const encodePending = (pending: PendingSignIn): string =>
  Buffer.from(JSON.stringify(pending)).toString('base64url');

const decodePending = (value: string | undefined): PendingSignIn | undefined => {
  if (value === undefined) return undefined;
  try {
    const parsed = PendingSignInSchema.safeParse(
      JSON.parse(Buffer.from(value, 'base64url').toString('utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

const randomToken = (): string => randomBytes(32).toString('base64url');

/** PKCE S256: the challenge is the verifier's SHA-256, base64url without padding. */
const codeChallenge = (verifier: string): string =>
  createHash('sha256').update(verifier).digest('base64url');

const redirect = (location: string, cookies: readonly string[] = []): SignInResponse => ({
  status: 303,
  headers: { ...SECURITY_HEADERS, location },
  cookies,
  body: '',
});

const page = (status: number, title: string, message: string): SignInResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS },
  cookies: [pendingCookie('', 0)],
  body: messagePage(undefined, title, message),
});

/**
 * The console's sign-in through the user pool's managed sign-in page (OAuth 2.0 authorization
 * code grant with PKCE, a public client: no secret to keep). `GET /console/sign-in` sends the
 * browser there; `GET /console/sign-in/callback` checks the state, exchanges the code and keeps
 * the access token in the session cookie, which CloudFront turns into the `Authorization` header
 * the API's JWT authorizer verifies. Returns undefined for every other path.
 */
const createHostedSignIn = (settings: HostedSignInSettings, exchange: CodeExchange) => {
  const redirectUri = `${settings.consoleOrigin}${consolePaths.signInCallback}`;

  const start = (query: SignInRequest['query']): SignInResponse => {
    const pending = { state: randomToken(), verifier: randomToken(), next: safeNext(query.next) };
    const authorize = new URL('/oauth2/authorize', settings.signInUrl);
    authorize.search = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: redirectUri,
      scope: 'openid',
      state: pending.state,
      code_challenge: codeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    }).toString();
    return redirect(authorize.toString(), [pendingCookie(encodePending(pending), SIGN_IN_SECONDS)]);
  };

  const finish = async (request: SignInRequest): Promise<SignInResponse> => {
    const pending = decodePending(readCookie(request.cookie, SIGN_IN_COOKIE));
    const { code, state } = request.query;
    if (pending === undefined || code === undefined || state !== pending.state)
      return page(400, 'Sign-in did not complete', 'Open the console again to sign in.');
    try {
      const tokens = await exchange({ code, verifier: pending.verifier, redirectUri });
      const maxAge = Math.min(tokens.expiresInSeconds, SESSION_SECONDS);
      // Checked again on the way out: the pending cookie came back from the browser.
      return redirect(safeNext(pending.next), [
        sessionCookie(tokens.accessToken, true, maxAge),
        pendingCookie('', 0),
      ]);
    } catch (error) {
      if (error instanceof UnauthorizedError)
        return page(400, 'Sign-in did not complete', 'Open the console again to sign in.');
      if (error instanceof DependencyError)
        return page(503, 'Sign-in is unavailable', 'Try again in a moment.');
      throw error;
    }
  };

  return async (request: SignInRequest): Promise<SignInResponse | undefined> => {
    if (request.path === consolePaths.signIn) return start(request.query);
    if (request.path === consolePaths.signInCallback) return finish(request);
    return undefined;
  };
};

/**
 * Where signing out ends: the user pool's logout endpoint, which ends its own session too (else
 * the next sign-in on a shared device would need no password), then back to the console.
 */
const hostedSignOutUrl = (settings: HostedSignInSettings): string => {
  const logout = new URL('/logout', settings.signInUrl);
  logout.search = new URLSearchParams({
    client_id: settings.clientId,
    logout_uri: `${settings.consoleOrigin}${consolePaths.home}`,
  }).toString();
  return logout.toString();
};

type HostedSignIn = ReturnType<typeof createHostedSignIn>;

export { codeChallenge, createHostedSignIn, hostedSignOutUrl, SIGN_IN_COOKIE };
export type {
  CodeExchange,
  HostedSignIn,
  HostedSignInSettings,
  IssuedTokens,
  SignInRequest,
  SignInResponse,
};
