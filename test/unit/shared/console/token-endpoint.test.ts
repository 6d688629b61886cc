import { describe, expect, it } from 'vitest';
import { createTokenEndpoint } from '../../../../shared/console/token-endpoint.js';
import { DependencyError, UnauthorizedError } from '../../../../shared/errors.js';

const SIGN_IN_URL = 'https://advocacy-console-1a2b3c4d.auth.eu-west-1.amazoncognito.com';
const GRANT = { code: 'code-1', verifier: 'verifier-1', redirectUri: 'https://d1.example/cb' };

/** A fetch stand-in that answers once and records what it was asked. */
const answering = (response: () => Promise<Response>) => {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = ((url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return response();
  }) as typeof globalThis.fetch;
  return { calls, fetch };
};

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('createTokenEndpoint', () => {
  it('posts the authorization code grant with the PKCE verifier and no client secret', async () => {
    // Prepare
    const { calls, fetch } = answering(() =>
      json(200, {
        access_token: 'eyJ.a.b',
        id_token: 'x',
        expires_in: 28800,
        token_type: 'Bearer',
      }),
    );

    // Act
    const tokens = await createTokenEndpoint({
      signInUrl: SIGN_IN_URL,
      clientId: 'client-123',
      fetch,
    })(GRANT);

    // Assess
    expect(tokens).toEqual({ accessToken: 'eyJ.a.b', expiresInSeconds: 28800 });
    expect(calls[0]?.url).toBe(`${SIGN_IN_URL}/oauth2/token`);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(Object.fromEntries(new URLSearchParams(calls[0]?.init?.body as string))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'client-123',
      code: 'code-1',
      redirect_uri: 'https://d1.example/cb',
      code_verifier: 'verifier-1',
    });
  });

  it('reports a rejected code (invalid_grant) as UnauthorizedError', async () => {
    const { fetch } = answering(() => json(400, { error: 'invalid_grant' }));

    const exchange = createTokenEndpoint({ signInUrl: SIGN_IN_URL, clientId: 'c', fetch })(GRANT);

    await expect(exchange).rejects.toThrow(UnauthorizedError);
    await expect(exchange).rejects.toThrow('the token endpoint rejected the code (400)');
  });

  it.each([
    ['a 5xx', () => json(503, {}), 'the token endpoint failed (503)'],
    [
      'no access token',
      () => json(200, { id_token: 'x' }),
      'the token endpoint answered no access token',
    ],
    [
      'a network failure',
      () => Promise.reject(new TypeError('fetch failed')),
      'the token endpoint could not be reached',
    ],
  ])('reports %s as DependencyError', async (_what, response, message) => {
    const { fetch } = answering(response);

    const exchange = createTokenEndpoint({ signInUrl: SIGN_IN_URL, clientId: 'c', fetch })(GRANT);

    await expect(exchange).rejects.toThrow(DependencyError);
    await expect(exchange).rejects.toThrow(message);
  });
});
