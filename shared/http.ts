import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  ConflictError,
  DependencyError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnprocessableError,
  UnsupportedMediaTypeError,
  ValidationError,
} from './errors.js';
import type { AdvocacyError } from './errors.js';

/** The part of Powertools' `Logger` the HTTP mapper needs (tests may pass a recording fake). */
type HttpLogger = Pick<Logger, 'info' | 'warn' | 'error'>;

/** The headers of an API Gateway HTTP API event (payload 2.0: names arrive lower-cased). */
type HttpHeaders = APIGatewayProxyEventV2['headers'];

/** A JSON response; the body is serialized here so every answer has the same content type. */
const json = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/**
 * Looks a header up case-insensitively: AWS lower-cases names for HTTP APIs, but other
 * integrations and tests may not. Returns undefined when absent.
 */
const header = (headers: HttpHeaders | undefined, name: string): string | undefined => {
  if (headers === undefined) return undefined;
  const exact = headers[name];
  if (exact !== undefined) return exact;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
};

/**
 * The request body exactly as sent, as bytes: signatures are computed over these, never over a
 * re-serialized JSON value. API Gateway base64-encodes binary and some textual bodies.
 */
const readRawBody = (event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): Buffer =>
  event.body === undefined
    ? Buffer.alloc(0)
    : Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');

const CLIENT_ERRORS: readonly [new (...args: never[]) => AdvocacyError, number, string][] = [
  [NotFoundError, 404, 'not_found'],
  [PayloadTooLargeError, 413, 'payload_too_large'],
  [UnsupportedMediaTypeError, 415, 'unsupported_media_type'],
  [UnprocessableError, 422, 'unprocessable'],
];

/**
 * The one mapping from thrown errors to HTTP answers, shared by every HTTP handler. Client errors
 * name their reason in `detail`; a bad signature gets no detail (nothing to learn from it);
 * dependency failures are 503 so that senders retry; anything else is a generic 500 whose
 * details go only to the log.
 */
const toHttpResponse = (error: unknown, logger: HttpLogger): APIGatewayProxyStructuredResultV2 => {
  if (error instanceof ValidationError) {
    logger.info('request rejected', { status: 400, reason: error.message, issues: error.issues });
    return json(400, {
      error: 'invalid_request',
      detail: error.message,
      issues: error.issues.map(({ path, message }) => ({ path, message })),
    });
  }
  if (error instanceof UnauthorizedError) {
    logger.warn('request rejected', { status: 401, reason: error.message });
    return json(401, { error: 'unauthorized' });
  }
  if (error instanceof ConflictError) {
    logger.info('request rejected', { status: 409, reason: error.message });
    return json(409, { error: 'conflict', detail: error.message, details: error.details });
  }
  if (error instanceof DependencyError) {
    logger.error('dependency unavailable', error);
    const response = json(503, {
      error: 'unavailable',
      detail: 'a dependency is temporarily unavailable; retry later',
    });
    return { ...response, headers: { ...response.headers, 'retry-after': '30' } };
  }
  for (const [type, status, code] of CLIENT_ERRORS) {
    if (error instanceof type) {
      logger.info('request rejected', { status, reason: error.message });
      return json(status, { error: code, detail: error.message });
    }
  }
  if (error instanceof Error) logger.error('unexpected error', error);
  else logger.error('unexpected error', { thrown: typeof error });
  return json(500, { error: 'internal', detail: 'internal error' });
};

export { header, json, readRawBody, toHttpResponse };
export type { HttpHeaders, HttpLogger };
