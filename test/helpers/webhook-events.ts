import type { APIGatewayProxyEventV2 } from 'aws-lambda';

interface WebhookEventInput {
  readonly source: string;
  readonly body?: Buffer | string | undefined;
  readonly headers?: Record<string, string>;
  readonly method?: string;
  /** Send the body base64-encoded, as API Gateway does for binary media. Default true for Buffers. */
  readonly base64?: boolean;
}

/** An API Gateway HTTP API (payload 2.0) event for `/webhooks/{source}`, shaped like AWS's. */
const webhookEvent = (input: WebhookEventInput): APIGatewayProxyEventV2 => {
  const bytes =
    input.body === undefined
      ? undefined
      : Buffer.isBuffer(input.body)
        ? input.body
        : Buffer.from(input.body, 'utf8');
  const base64 = input.base64 ?? Buffer.isBuffer(input.body);
  const method = input.method ?? 'POST';
  const path = `/webhooks/${input.source}`;
  return {
    version: '2.0',
    routeKey: `${method} /webhooks/{source}`,
    rawPath: path,
    rawQueryString: '',
    headers: Object.fromEntries(
      Object.entries(input.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    ),
    pathParameters: { source: input.source },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api1234567',
      domainName: 'api1234567.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'api1234567',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: `${method} /webhooks/{source}`,
      stage: '$default',
      time: '21/Nov/2026:18:00:00 +0000',
      timeEpoch: 1763748000000,
    },
    ...(bytes === undefined ? {} : { body: bytes.toString(base64 ? 'base64' : 'utf8') }),
    isBase64Encoded: bytes !== undefined && base64,
  };
};

export { webhookEvent };
export type { WebhookEventInput };
