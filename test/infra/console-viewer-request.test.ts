import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { viewerRequestCode } from '../../infra/console-viewer-request.js';

interface Value {
  value: string;
}
interface ViewerRequest {
  method: string;
  uri: string;
  headers: Record<string, Value>;
  cookies: Record<string, Value>;
}
interface Redirect {
  statusCode: number;
  headers: Record<string, Value>;
}

// The deployed source itself, run the way CloudFront Functions run it: a `handler(event)` in a
// bare global scope (no Node built-ins), called with the viewer-request event shape.
const handler = runInNewContext(`${viewerRequestCode()}\nhandler;`, {}) as (event: {
  request: ViewerRequest;
}) => ViewerRequest | Redirect;

const request = (
  uri: string,
  options: { method?: string; cookies?: Record<string, string>; authorization?: string } = {},
): ViewerRequest => ({
  method: options.method ?? 'GET',
  uri,
  headers: {
    host: { value: 'd111111abcdef8.cloudfront.net' },
    ...(options.authorization === undefined
      ? {}
      : { authorization: { value: options.authorization } }),
  },
  cookies: Object.fromEntries(
    Object.entries(options.cookies ?? {}).map(([name, value]) => [name, { value }]),
  ),
});

describe('the console viewer-request function', () => {
  it('moves the session cookie into a bearer Authorization header and drops the cookie', () => {
    const result = handler({
      request: request('/console/cases/c-1', {
        cookies: { advocacy_session: 'eyJ.a.b', theme: 'x' },
      }),
    }) as ViewerRequest;

    expect(result.headers.authorization).toEqual({ value: 'Bearer eyJ.a.b' });
    expect(Object.keys(result.cookies)).toEqual(['theme']);
    expect(result.uri).toBe('/console/cases/c-1');
  });

  it('passes the viewer host on as x-forwarded-host for the same-origin check', () => {
    const result = handler({
      request: request('/console/search', { method: 'POST', cookies: { advocacy_session: 't' } }),
    }) as ViewerRequest;

    expect(result.headers['x-forwarded-host']).toEqual({ value: 'd111111abcdef8.cloudfront.net' });
  });

  it('sends the queue page to the origin as /console, which the API routes exactly', () => {
    const result = handler({
      request: request('/console/', { cookies: { advocacy_session: 't' } }),
    }) as ViewerRequest;

    expect(result.uri).toBe('/console');
  });

  it('redirects a GET without a session to the sign-in route with the path to come back to', () => {
    const result = handler({ request: request('/console/cases/c-1') }) as Redirect;

    expect(result.statusCode).toBe(302);
    expect(result.headers.location).toEqual({
      value: '/console/sign-in?next=%2Fconsole%2Fcases%2Fc-1',
    });
  });

  it('lets the sign-in routes through without a session', () => {
    for (const uri of ['/console/sign-in', '/console/sign-in/callback']) {
      const result = handler({ request: request(uri) }) as ViewerRequest;
      expect(result.uri).toBe(uri);
      expect(result.headers.authorization).toBeUndefined();
    }
  });

  it('keeps a bearer token the client sent itself when there is no session cookie', () => {
    const result = handler({
      request: request('/console/', { authorization: 'Bearer own' }),
    }) as ViewerRequest;

    expect(result.headers.authorization).toEqual({ value: 'Bearer own' });
  });

  it('leaves a POST without a session to the authorizer (a 401, not a redirect)', () => {
    const result = handler({
      request: request('/console/search', { method: 'POST' }),
    }) as ViewerRequest;

    expect(result.uri).toBe('/console/search');
    expect(result.headers.authorization).toBeUndefined();
  });

  it.each(['/', '/cases', '/webhooks/generic', '/consoles'])(
    'redirects %s, outside the console, to the console',
    (uri) => {
      const result = handler({
        request: request(uri, { cookies: { advocacy_session: 't' } }),
      }) as Redirect;

      expect(result.statusCode).toBe(302);
      expect(result.headers.location).toEqual({ value: '/console/' });
    },
  );
});
