import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';

/** What the local HTTP server knows about a request once its body is read. */
interface HttpRequestParts {
  readonly method: string;
  /** Path and query as received, e.g. `/cases?tier=senior`. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly sourceIp: string;
}

/** A matched route: API Gateway's route key and the path parameters it captured. */
interface RouteMatch {
  readonly routeKey: string;
  readonly pathParameters: Readonly<Record<string, string>>;
}

// Content types API Gateway passes as text; everything else arrives base64-encoded.
const TEXT_TYPES = /^(text\/|application\/([\w.+-]*\+)?(json|xml|x-www-form-urlencoded))/i;

const isValidUtf8 = (bytes: Buffer): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

// Payload format 2.0: header names lower-cased, repeated headers joined with commas.
const lowerCasedHeaders = (headers: IncomingHttpHeaders): Record<string, string> => {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return result;
};

const queryParameters = (search: URLSearchParams): Record<string, string> | undefined => {
  const result: Record<string, string> = {};
  for (const name of new Set(search.keys())) result[name] = search.getAll(name).join(',');
  return Object.keys(result).length === 0 ? undefined : result;
};

/**
 * Builds the event an HTTP API (payload format 2.0) hands to Lambda. Bodies that are not valid
 * UTF-8 text of a text content type are base64-encoded, so the handler sees the exact bytes the
 * sender signed.
 */
const toApiGatewayEvent = (
  request: HttpRequestParts,
  route: RouteMatch,
  now: Date,
): APIGatewayProxyEventV2 => {
  const url = new URL(request.url, 'http://localhost');
  const headers = lowerCasedHeaders(request.headers);
  const asText = TEXT_TYPES.test(headers['content-type'] ?? '') && isValidUtf8(request.body);
  const hasBody = request.body.length > 0;
  const queryStringParameters = queryParameters(url.searchParams);
  return {
    version: '2.0',
    routeKey: route.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    headers,
    ...(queryStringParameters === undefined ? {} : { queryStringParameters }),
    ...(Object.keys(route.pathParameters).length === 0
      ? {}
      : { pathParameters: { ...route.pathParameters } }),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: request.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: route.routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(hasBody
      ? { body: request.body.toString(asText ? 'utf8' : 'base64'), isBase64Encoded: !asText }
      : { isBase64Encoded: false }),
  };
};

/** A Lambda context for an in-process invocation with the function's configured timeout. */
const lambdaContext = (functionName: string, timeoutMs = 30_000): Context => {
  const deadline = Date.now() + timeoutMs;
  const requestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${requestId}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  } as Context;
};

export { lambdaContext, toApiGatewayEvent };
export type { HttpRequestParts, RouteMatch };
