import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { ConsoleGateway } from './console-gateway.js';
import type { FunctionName, Invoke } from './functions.js';
import { toApiGatewayEvent, type RouteMatch } from './lambda-events.js';
import { matchRoute } from './routes.js';

/** API Gateway's own payload limit: larger requests never reach a function. */
const API_GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

interface ApiServerDeps {
  /** The handler of a function, or undefined while it does not exist in this checkout. */
  readonly functionFor: (name: FunctionName) => Invoke | undefined;
  /** Bearer token of the cases API (stands in for IAM authorization, locally only). */
  readonly token: string;
  /** Extra local-only GET routes, e.g. `/local/alerts`. */
  readonly localRoutes: Readonly<Record<string, () => unknown>>;
  readonly log: (line: string) => void;
  /** The console's sign-in and assets in front of the console function (CloudFront + Cognito in AWS). */
  readonly console?: ConsoleGateway | undefined;
}

const send = (
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): void => {
  response.writeHead(status, headers);
  response.end(body);
};

const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  send(response, status, JSON.stringify(body));
};

/**
 * Reads the body up to API Gateway's limit; undefined when the request is larger. The rest of a
 * large body is still drained so the client reads our 413 instead of a reset connection.
 */
const readBody = async (request: IncomingMessage): Promise<Buffer | undefined> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    if (size <= API_GATEWAY_MAX_BYTES) chunks.push(bytes);
  }
  return size > API_GATEWAY_MAX_BYTES ? undefined : Buffer.concat(chunks);
};

const bearerMatches = (header: string | undefined, token: string): boolean => {
  const presented = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return presented.length === expected.length && timingSafeEqual(presented, expected);
};

/** Maps a handler result the way API Gateway does for payload format 2.0. */
const writeResult = (response: ServerResponse, result: unknown): void => {
  if (typeof result === 'object' && result !== null && 'statusCode' in result) {
    const structured = result as APIGatewayProxyStructuredResultV2;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(structured.headers ?? {}))
      headers[name] = String(value);
    const body = Buffer.from(
      structured.body ?? '',
      structured.isBase64Encoded === true ? 'base64' : 'utf8',
    );
    send(response, structured.statusCode ?? 200, body, headers);
    return;
  }
  sendJson(response, 200, result ?? null);
};

const handle = async (
  deps: ApiServerDeps,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> => {
  const method = request.method ?? 'GET';
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const local = method === 'GET' ? deps.localRoutes[path] : undefined;
  if (local !== undefined) {
    sendJson(response, 200, local());
    return;
  }
  if (deps.console?.owns(path) === true) {
    await handleConsole(deps, deps.console, request, response);
    return;
  }
  const match = matchRoute(method, path);
  if (match === undefined) {
    sendJson(response, 404, { message: 'Not Found' });
    return;
  }
  if (match.route.authorized && !bearerMatches(request.headers.authorization, deps.token)) {
    sendJson(response, 401, {
      error: 'Unauthorized',
      detail: 'the cases API needs `Authorization: Bearer <token>` (printed by npm start)',
    });
    return;
  }
  const body = await readBody(request);
  if (body === undefined) {
    sendJson(response, 413, { message: 'Request Entity Too Large' });
    return;
  }
  await invokeRoute(deps, request, response, match, body);
};

/** Runs the route's function with an API Gateway event, as the HTTP API integration does. */
const invokeRoute = async (
  deps: ApiServerDeps,
  request: IncomingMessage,
  response: ServerResponse,
  match: RouteMatch & { readonly route: { readonly target: FunctionName } },
  body: Buffer,
  claims?: Record<string, unknown>,
): Promise<void> => {
  const method = request.method ?? 'GET';
  const invoke = deps.functionFor(match.route.target);
  if (invoke === undefined) {
    sendJson(response, 503, {
      error: 'Service Unavailable',
      detail: `functions/${match.route.target}/index.ts does not exist in this checkout yet`,
    });
    return;
  }
  const event = toApiGatewayEvent(
    {
      method,
      url: request.url ?? '/',
      headers: request.headers,
      body,
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
    },
    match,
    new Date(),
  );
  // The JWT authorizer's verified claims, as API Gateway passes them to the integration.
  const authorized =
    claims === undefined
      ? event
      : {
          ...event,
          requestContext: { ...event.requestContext, authorizer: { jwt: { claims, scopes: [] } } },
        };
  try {
    writeResult(response, await invoke(authorized));
  } catch (error) {
    // A handler that throws is a Lambda error: API Gateway answers a bare 500.
    deps.log(
      `${match.route.target} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    sendJson(response, 500, { message: 'Internal Server Error' });
  }
};

const CONSOLE_MATCH = {
  route: { target: 'console' as const },
  routeKey: 'ANY /console/{proxy+}',
  pathParameters: {},
};

const handleConsole = async (
  deps: ApiServerDeps,
  gateway: ConsoleGateway,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> => {
  let body: Promise<Buffer> | undefined;
  const readOnce = (): Promise<Buffer> => {
    body ??= readBody(request).then((bytes) => bytes ?? Buffer.alloc(0));
    return body;
  };
  const claims = await gateway.handle(request, response, readOnce);
  if (claims !== undefined)
    await invokeRoute(deps, request, response, CONSOLE_MATCH, await readOnce(), claims);
};

/**
 * The local HTTP API: every route of the deployed API Gateway, through the very same handlers,
 * plus local-only read routes, as a request listener for a server that may already be listening.
 * It never fails a server: anything unexpected is a 500 for that request alone.
 */
const apiRequestListener =
  (deps: ApiServerDeps) =>
  (request: IncomingMessage, response: ServerResponse): void => {
    handle(deps, request, response).catch((error: unknown) => {
      deps.log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, { message: 'Internal Server Error' });
      else response.destroy();
    });
  };

export { API_GATEWAY_MAX_BYTES, apiRequestListener };
export type { ApiServerDeps };
