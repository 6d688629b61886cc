import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type { ConsoleRequest, ConsoleResponse } from '../../shared/console/console-app.js';
import { viewerFromClaims } from '../../shared/console/viewer.js';
import { readRawBody } from '../../shared/http.js';

type ConsoleEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

interface ConsoleHandlerDeps {
  readonly app: (request: ConsoleRequest) => Promise<ConsoleResponse>;
}

/** API Gateway passes the verified token's claims; without an authorizer there are none. */
const claimsOf = (event: ConsoleEvent): Record<string, unknown> =>
  (event.requestContext as Partial<ConsoleEvent['requestContext']>).authorizer?.jwt.claims ?? {};

/** The console (HTTP API payload 2.0): event -> request with the signed-in viewer -> HTML. */
const createHandler =
  (deps: ConsoleHandlerDeps) =>
  async (event: ConsoleEvent): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await deps.app({
      method: event.requestContext.http.method,
      path: event.rawPath,
      query: event.queryStringParameters ?? {},
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
