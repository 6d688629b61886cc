import { Logger } from '@aws-lambda-powertools/logger';
import { describe, expect, it } from 'vitest';
import {
  type AdvocacyError,
  ConfigError,
  ConflictError,
  DependencyError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnprocessableError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../../shared/errors.js';
import {
  header,
  json,
  readRawBody,
  toHttpResponse,
  type HttpLogger,
} from '../../../shared/http.js';

interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: unknown;
  extra: unknown[];
}

const recordingLogger = (): HttpLogger & { lines: LogLine[] } => {
  const lines: LogLine[] = [];
  return {
    lines,
    info: (message, ...extra) => lines.push({ level: 'info', message, extra }),
    warn: (message, ...extra) => lines.push({ level: 'warn', message, extra }),
    error: (message, ...extra) => lines.push({ level: 'error', message, extra }),
  };
};

const bodyOf = (response: { body?: string | undefined }): unknown =>
  JSON.parse(response.body ?? 'null');

describe('toHttpResponse', () => {
  it('answers a ValidationError with 400 and every issue path', () => {
    // Prepare
    const error = new ValidationError('body does not match the schema', [
      { path: 'data.rating.value', message: 'expected number, received string' },
    ]);

    // Act
    const response = toHttpResponse(error, recordingLogger());

    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)).toEqual({
      error: 'invalid_request',
      detail: 'body does not match the schema',
      issues: [{ path: 'data.rating.value', message: 'expected number, received string' }],
    });
  });

  it('answers an UnauthorizedError with 401 and no detail', () => {
    const response = toHttpResponse(new UnauthorizedError('signature mismatch'), recordingLogger());

    expect(response.statusCode).toBe(401);
    expect(bodyOf(response)).toEqual({ error: 'unauthorized' });
  });

  it('answers a ConflictError with 409 and its details', () => {
    const error = new ConflictError('case changed meanwhile', { currentVersion: 4 });

    const response = toHttpResponse(error, recordingLogger());

    expect(response.statusCode).toBe(409);
    expect(bodyOf(response)).toEqual({
      error: 'conflict',
      detail: 'case changed meanwhile',
      details: { currentVersion: 4 },
    });
  });

  it.each<[AdvocacyError, number, string]>([
    [new NotFoundError('unknown source "nope"'), 404, 'not_found'],
    [new PayloadTooLargeError('body exceeds 262144 bytes'), 413, 'payload_too_large'],
    [new UnsupportedMediaTypeError('expected application/json'), 415, 'unsupported_media_type'],
    [new UnprocessableError('no customer id, email or account id'), 422, 'unprocessable'],
  ])('answers %s with its status and message', (error, status, code) => {
    const response = toHttpResponse(error, recordingLogger());

    expect(response.statusCode).toBe(status);
    expect(bodyOf(response)).toEqual({ error: code, detail: error.message });
    expect(response.headers).toEqual({ 'content-type': 'application/json; charset=utf-8' });
  });

  it('answers a DependencyError with 503, a retry hint and no internal detail', () => {
    const logger = recordingLogger();

    const response = toHttpResponse(new DependencyError('SQS SendMessage: throttled'), logger);

    expect(response.statusCode).toBe(503);
    expect(response.headers?.['retry-after']).toBe('30');
    expect(response.body).not.toContain('SQS');
    expect(logger.lines[0]?.level).toBe('error');
  });

  it.each([
    new Error('secret table name leaked'),
    new ConfigError([{ path: 'sources', message: 'bad' }]),
    'a thrown string',
  ])('answers anything else with a generic 500 and logs the details', (error) => {
    const logger = recordingLogger();

    const response = toHttpResponse(error, logger);

    expect(response.statusCode).toBe(500);
    expect(bodyOf(response)).toEqual({ error: 'internal', detail: 'internal error' });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]?.level).toBe('error');
  });

  it('accepts a Powertools Logger', () => {
    const logger: HttpLogger = new Logger({ serviceName: 'test', logLevel: 'SILENT' });

    expect(toHttpResponse(new NotFoundError('x'), logger).statusCode).toBe(404);
  });
});

describe('json', () => {
  it('serializes the body with a JSON content type', () => {
    expect(json(202, { signalId: 'typeform:abc' })).toEqual({
      statusCode: 202,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: '{"signalId":"typeform:abc"}',
    });
  });
});

describe('header', () => {
  it('finds a header whatever the case of its name', () => {
    const headers = { 'Typeform-Signature': 'sha256=abc', 'content-type': 'application/json' };

    expect(header(headers, 'typeform-signature')).toBe('sha256=abc');
    expect(header(headers, 'Content-Type')).toBe('application/json');
  });

  it('returns undefined for a missing header or no headers', () => {
    expect(header({ a: '1' }, 'b')).toBeUndefined();
    expect(header(undefined, 'b')).toBeUndefined();
  });
});

describe('readRawBody', () => {
  it('returns the UTF-8 bytes of a plain body', () => {
    expect(readRawBody({ body: 'Café ’', isBase64Encoded: false })).toEqual(
      Buffer.from('Café ’', 'utf8'),
    );
  });

  it('decodes a base64 body to the exact bytes, invalid UTF-8 included', () => {
    const bytes = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);

    expect(readRawBody({ body: bytes.toString('base64'), isBase64Encoded: true })).toEqual(bytes);
  });

  it('returns no bytes when there is no body', () => {
    expect(readRawBody({ isBase64Encoded: false })).toHaveLength(0);
  });
});
