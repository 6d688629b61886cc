import { describe, expect, it } from 'vitest';
import {
  codeChallenge,
  createHostedSignIn,
  hostedSignOutUrl,
  type CodeExchange,
} from '../../../../shared/console/hosted-sign-in.js';
import { DependencyError, UnauthorizedError } from '../../../../shared/errors.js';

const SETTINGS = {
  signInUrl: 'https://advocacy-console-1a2b3c4d.auth.eu-west-1.amazoncognito.com',
  clientId: 'client-123',
  consoleOrigin: 'https://d111111abcdef8.cloudfront.net',
};

/** A token endpoint stand-in that records the grants it was given. */
const exchanging = (answer: () => ReturnType<CodeExchange>) => {
  const grants: Parameters<CodeExchange>[0][] = [];
  const exchange: CodeExchange = (grant) => {
    grants.push(grant);
    return answer();
  };
  return { grants, exchange };
};

const issued = () => Promise.resolve({ accessToken: 'eyJ.access.token', expiresInSeconds: 3600 });

/** Starts a sign-in and returns its redirect and the pending-sign-in cookie as a browser sends it. */
const started = async (signIn: ReturnType<typeof createHostedSignIn>, next?: string) => {
  const response = (await signIn({
    path: '/console/sign-in',
    query: next === undefined ? {} : { next },
    cookie: undefined,
  }))!;
  const location = new URL(response.headers.location ?? '');
  const cookie = (response.cookies[0] ?? '').split(';')[0] ?? '';
  return { response, location, cookie };
};

/** The identity provider sending the browser back with `code` and the state `location` carried. */
const calledBack = (
  signIn: ReturnType<typeof createHostedSignIn>,
  location: URL,
  cookie: string,
  code: string,
) =>
  signIn({
    path: '/console/sign-in/callback',
    query: { code, state: location.searchParams.get('state') ?? '' },
    cookie,
  });

describe('createHostedSignIn', () => {
  it('sends the browser to the authorize endpoint with state and an S256 PKCE challenge', async () => {
    const { response, location, cookie } = await started(
      createHostedSignIn(SETTINGS, exchanging(issued).exchange),
    );

    expect(response.status).toBe(303);
    expect(`${location.origin}${location.pathname}`).toBe(`${SETTINGS.signInUrl}/oauth2/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'client-123',
      redirect_uri: 'https://d111111abcdef8.cloudfront.net/console/sign-in/callback',
      scope: 'openid',
      code_challenge_method: 'S256',
    });
    expect(location.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
    expect(cookie).toMatch(/^advocacy_sign_in=[\w-]+$/);
    expect(response.cookies[0]).toContain(
      'Path=/console/sign-in; HttpOnly; Secure; SameSite=Lax; Max-Age=600',
    );
  });

  it('exchanges the code with the verifier whose hash was the challenge, then sets the session', async () => {
    // Prepare
    const { grants, exchange } = exchanging(issued);
    const signIn = createHostedSignIn(SETTINGS, exchange);
    const { location, cookie } = await started(signIn, '/console/cases/c-1');

    // Act
    const finished = (await calledBack(signIn, location, `theme=dark; ${cookie}`, 'code-1'))!;

    // Assess
    expect(grants).toHaveLength(1);
    expect(grants[0]?.code).toBe('code-1');
    expect(grants[0]?.redirectUri).toBe(
      'https://d111111abcdef8.cloudfront.net/console/sign-in/callback',
    );
    expect(codeChallenge(grants[0]?.verifier ?? '')).toBe(
      location.searchParams.get('code_challenge'),
    );
    expect(finished.status).toBe(303);
    expect(finished.headers.location).toBe('/console/cases/c-1');
    expect(finished.cookies).toEqual([
      'advocacy_session=eyJ.access.token; Path=/console; HttpOnly; SameSite=Lax; Max-Age=3600; Secure',
      'advocacy_sign_in=; Path=/console/sign-in; HttpOnly; Secure; SameSite=Lax; Max-Age=0',
    ]);
  });

  it('caps the session at eight hours whatever the token endpoint says', async () => {
    const signIn = createHostedSignIn(
      SETTINGS,
      exchanging(() => Promise.resolve({ accessToken: 't', expiresInSeconds: 86_400 })).exchange,
    );
    const { location, cookie } = await started(signIn);

    const finished = (await calledBack(signIn, location, cookie, 'c'))!;

    expect(finished.cookies[0]).toContain('Max-Age=28800');
  });

  it('refuses a callback whose state is not the one it started (login CSRF), exchanging nothing', async () => {
    const { grants, exchange } = exchanging(issued);
    const signIn = createHostedSignIn(SETTINGS, exchange);
    const { cookie } = await started(signIn);

    const finished = (await signIn({
      path: '/console/sign-in/callback',
      query: { code: 'attacker-code', state: 'forged' },
      cookie,
    }))!;

    expect(finished.status).toBe(400);
    expect(finished.body).toContain('Sign-in did not complete');
    expect(grants).toEqual([]);
  });

  it('refuses a callback without its pending-sign-in cookie', async () => {
    const signIn = createHostedSignIn(SETTINGS, exchanging(issued).exchange);

    const finished = (await signIn({
      path: '/console/sign-in/callback',
      query: { code: 'c', state: 's' },
      cookie: 'advocacy_sign_in=not-json',
    }))!;

    expect(finished.status).toBe(400);
  });

  it('never returns to another origin after signing in', async () => {
    const signIn = createHostedSignIn(SETTINGS, exchanging(issued).exchange);
    const { location, cookie } = await started(signIn, '//evil.example/console/');

    const finished = (await calledBack(signIn, location, cookie, 'c'))!;

    expect(finished.headers.location).toBe('/console/');
  });

  it.each(['/console/cases/c-1\r\nSet-Cookie: a=b', '/console/cases/c 1', '/console/cases/é'])(
    'returns to the queue when the way back is not a URL path (%j)',
    async (next) => {
      const signIn = createHostedSignIn(SETTINGS, exchanging(issued).exchange);
      const { location, cookie } = await started(signIn, next);

      const finished = (await calledBack(signIn, location, cookie, 'c'))!;

      expect(finished.headers.location).toBe('/console/');
    },
  );

  it.each<[Error, number, string]>([
    [new UnauthorizedError('the token endpoint rejected the code (400)'), 400, 'did not complete'],
    [new DependencyError('the token endpoint could not be reached'), 503, 'unavailable'],
  ])('answers %s with %i and no session', async (error, status, text) => {
    const signIn = createHostedSignIn(SETTINGS, exchanging(() => Promise.reject(error)).exchange);
    const { location, cookie } = await started(signIn);

    const finished = (await calledBack(signIn, location, cookie, 'c'))!;

    expect(finished.status).toBe(status);
    expect(finished.body).toContain(text);
    expect(finished.cookies.join()).not.toContain('advocacy_session');
  });

  it('leaves every other path to the console', async () => {
    const signIn = createHostedSignIn(SETTINGS, exchanging(issued).exchange);

    await expect(
      signIn({ path: '/console/', query: {}, cookie: undefined }),
    ).resolves.toBeUndefined();
  });
});

describe('hostedSignOutUrl', () => {
  it('ends the user pool session and comes back to the console', () => {
    const url = new URL(hostedSignOutUrl(SETTINGS));

    expect(`${url.origin}${url.pathname}`).toBe(`${SETTINGS.signInUrl}/logout`);
    expect(url.searchParams.get('client_id')).toBe('client-123');
    expect(url.searchParams.get('logout_uri')).toBe(
      'https://d111111abcdef8.cloudfront.net/console/',
    );
  });
});
