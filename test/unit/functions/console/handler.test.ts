import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/console/handler.js';
import type { ConsoleRequest } from '../../../../shared/console/console-app.js';
import type { SignInRequest } from '../../../../shared/console/hosted-sign-in.js';

const event = (
  path: string,
  options: { claims?: Record<string, unknown>; cookies?: string[] } = {},
): APIGatewayProxyEventV2WithJWTAuthorizer =>
  ({
    version: '2.0',
    routeKey: 'GET /console/{proxy+}',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'abc123.execute-api.eu-west-1.amazonaws.com' },
    ...(options.cookies === undefined ? {} : { cookies: options.cookies }),
    requestContext: {
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.1', userAgent: 't' },
      ...(options.claims === undefined
        ? {}
        : { authorizer: { jwt: { claims: options.claims, scopes: [] } } }),
    },
    isBase64Encoded: false,
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

/** A console app that records the request it got and answers 200. */
const recording = () => {
  const requests: ConsoleRequest[] = [];
  const app = (request: ConsoleRequest) => {
    requests.push(request);
    return Promise.resolve({ status: 200, headers: { 'content-type': 'text/html' }, body: 'page' });
  };
  return { requests, app };
};

describe('console handler', () => {
  it("takes the viewer from the JWT authorizer's claims (groups as API Gateway passes them)", async () => {
    const { requests, app } = recording();

    await createHandler({ app })(
      event('/console/', { claims: { username: 'dana', 'cognito:groups': '[senior management]' } }),
    );

    expect(requests[0]?.viewer).toEqual({ name: 'dana', groups: ['senior', 'management'] });
  });

  it('passes a request without claims on with no viewer (the app answers 401)', async () => {
    const { requests, app } = recording();

    await createHandler({ app })(event('/console/'));

    expect(requests[0]?.viewer).toBeUndefined();
  });

  it("names the viewer by an access token's user name, never by an ID token's changeable e-mail", async () => {
    // Prepare: an ID token whose user set their e-mail to a colleague's.
    const { requests, app } = recording();
    const idToken = {
      token_use: 'id',
      'cognito:username': 'mallory',
      email: 'dana.boss@example.com',
      'cognito:groups': '[advocates]',
    };
    const accessToken = { token_use: 'access', username: 'mallory', sub: 'u-9' };

    // Act
    await createHandler({ app })(event('/console/', { claims: idToken }));
    await createHandler({ app })(event('/console/', { claims: accessToken }));

    // Assess
    expect(requests.map((request) => request.viewer?.name)).toEqual([undefined, 'mallory']);
  });

  it('answers the sign-in routes itself, with every cookie they set', async () => {
    // Prepare
    const { requests, app } = recording();
    const seen: SignInRequest[] = [];
    const signIn = (request: SignInRequest) => {
      seen.push(request);
      return Promise.resolve({
        status: 303,
        headers: { location: '/console/' },
        cookies: ['a=1', 'b=; Max-Age=0'],
        body: '',
      });
    };

    // Act
    const result = await createHandler({ app, signIn })(
      event('/console/sign-in/callback', { cookies: ['advocacy_sign_in=x', 'theme=dark'] }),
    );

    // Assess
    expect(result).toEqual({
      statusCode: 303,
      headers: { location: '/console/' },
      cookies: ['a=1', 'b=; Max-Age=0'],
      body: '',
    });
    expect(seen[0]?.cookie).toBe('advocacy_sign_in=x; theme=dark');
    expect(requests).toEqual([]);
  });

  it('renders a page when the sign-in routes leave the path to the console', async () => {
    const { requests, app } = recording();

    const result = await createHandler({ app, signIn: () => Promise.resolve(undefined) })(
      event('/console/cases/c-1', { claims: { sub: 'u-1' } }),
    );

    expect(result).toMatchObject({ statusCode: 200, body: 'page' });
    expect(requests[0]?.path).toBe('/console/cases/c-1');
  });
});
