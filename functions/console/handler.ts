import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type { ConsoleRequest, ConsoleResponse } from '../../shared/console/console-app.js';
import type { HostedSignIn } from '../../shared/console/hosted-sign-in.js';
import { viewerFromClaims } from '../../shared/console/viewer.js';
import { readRawBody } from '../../shared/http.js';

type ConsoleEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

interface ConsoleHandlerDeps {
  readonly app: (request: ConsoleRequest) => Promise<ConsoleResponse>;
  /** The sign-in routes in front of the identity provider; locally the gateway signs in instead. */
  readonly signIn?: HostedSignIn | undefined;
}

/**
 * The verified token's claims as the JWT authorizer passes them, the one way a viewer is known
 * (the local gateway puts its user's claims in the same place). Routes without an authorizer
 * (the sign-in routes) have none.
 */
const claimsOf = (event: ConsoleEvent): Record<string, unknown> =>
  (event.requestContext as Partial<ConsoleEvent['requestContext']>).authorizer?.jwt.claims ?? {};

/** The console (HTTP API payload 2.0): event -> request with the signed-in viewer -> HTML. */
const createHandler =
  (deps: ConsoleHandlerDeps) =>
  async (event: ConsoleEvent): Promise<APIGatewayProxyStructuredResultV2> => {
    const query = event.queryStringParameters ?? {};
    // Payload 2.0 moves the Cookie header into `cookies`.
    const cookie = event.cookies?.join('; ') ?? event.headers.cookie;
    const signIn = await deps.signIn?.({ path: event.rawPath, query, cookie });
    if (signIn !== undefined)
      return {
        statusCode: signIn.status,
        headers: { ...signIn.headers },
        cookies: [...signIn.cookies],
        body: signIn.body,
      };
    const response = await deps.app({
      method: event.requestContext.http.method,
      path: event.rawPath,
      query,
      form: new URLSearchParams(
        event.requestContext.http.method === 'POST' ? readRawBody(event).toString('utf8') : '',
      ),
      headers: event.headers,
      viewer: viewerFromClaims(claimsOf(event)),
    });
    return { statusCode: response.status, headers: { ...response.headers }, body: response.body };
  };

export { createHandler };
export type { ConsoleHandlerDeps };
