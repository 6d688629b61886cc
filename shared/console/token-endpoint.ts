import { z } from 'zod';
import { DependencyError, UnauthorizedError } from '../errors.js';
import type { CodeExchange } from './hosted-sign-in.js';

interface TokenEndpointOptions {
  /** The user pool domain; the endpoint is `${signInUrl}/oauth2/token`. */
  readonly signInUrl: string;
  readonly clientId: string;
  /** @default 3000: the console function's own timeout is 10 s */
  readonly timeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

/**
 * The OAuth 2.0 token endpoint of the user pool (authorization code grant, public client with
 * PKCE: the verifier stands in for a client secret). A 4xx means the code is spent, expired or
 * not this client's: the browser has to sign in again. Anything else is the endpoint failing.
 */
const createTokenEndpoint = (options: TokenEndpointOptions): CodeExchange => {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const endpoint = new URL('/oauth2/token', options.signInUrl).toString();
  return async ({ code, verifier, redirectUri }) => {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: options.clientId,
          code,
          redirect_uri: redirectUri,
          code_verifier: verifier,
        }).toString(),
        signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
      });
    } catch (error) {
      throw new DependencyError('the token endpoint could not be reached', { cause: error });
    }
    if (response.status >= 400 && response.status < 500)
      throw new UnauthorizedError(
        `the token endpoint rejected the code (${String(response.status)})`,
      );
    if (!response.ok)
      throw new DependencyError(`the token endpoint failed (${String(response.status)})`);
    const parsed = TokenResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new DependencyError('the token endpoint answered no access token');
    return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
  };
};

export { createTokenEndpoint };
export type { TokenEndpointOptions };
