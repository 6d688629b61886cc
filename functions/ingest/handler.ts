import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { json, readRawBody, toHttpResponse, type HttpLogger } from '../../shared/http.js';
import {
  ingestWebhook,
  type IngestDeps,
  type IngestOutcome,
} from '../../shared/sources/ingest-webhook.js';

/** The slice of Powertools Metrics the handler uses. */
interface MetricsSink {
  addMetric(name: string, unit: 'Count', value: number): void;
  publishStoredMetrics(): void;
}

interface IngestHandlerDeps extends IngestDeps {
  readonly logger: HttpLogger;
  readonly metrics: MetricsSink;
}

/** The source from the route parameter, or the last path segment of `/webhooks/{source}`. */
const sourceOf = (event: APIGatewayProxyEventV2): string =>
  event.pathParameters?.source ??
  event.rawPath
    .split('/')
    .filter((part) => part !== '')
    .at(-1) ??
  '';

const respond = (outcome: IngestOutcome): APIGatewayProxyStructuredResultV2 => {
  switch (outcome.status) {
    case 'accepted':
      return json(202, { signalId: outcome.signalId });
    case 'ignored':
      return json(200, { ignored: outcome.reason });
    case 'probe':
      return { statusCode: 200 };
    case 'method-not-allowed': {
      const response = json(405, { error: 'method_not_allowed', detail: 'use POST' });
      return { ...response, headers: { ...response.headers, allow: 'POST, HEAD, GET' } };
    }
  }
};

// One count per answer class, named as the dashboard and alarms expect: SignatureRejected is the
// one to watch (a rotated or leaked secret, or someone probing); WebhooksUnavailable means senders
// are retrying.
const METRIC_BY_STATUS: Readonly<Record<number, string>> = {
  202: 'SignalsReceived',
  401: 'SignatureRejected',
  503: 'WebhooksUnavailable',
};

const metricOf = (status: number): string =>
  METRIC_BY_STATUS[status] ??
  (status < 400 ? 'WebhooksAcknowledged' : status < 500 ? 'WebhooksRejected' : 'WebhooksFailed');

/**
 * `POST /webhooks/{source}` (API Gateway HTTP API, payload 2.0). Logs ids and outcomes only,
 * never the body or anything personal in it.
 */
const createHandler =
  (deps: IngestHandlerDeps) =>
  async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    let response: APIGatewayProxyStructuredResultV2;
    try {
      const request = {
        source: sourceOf(event),
        method: event.requestContext.http.method,
        headers: event.headers,
        body: readRawBody(event),
      };
      const outcome = await ingestWebhook(request, deps);
      deps.logger.info('webhook handled', { ...outcome });
      response = respond(outcome);
    } catch (error) {
      response = toHttpResponse(error, deps.logger);
    }
    deps.metrics.addMetric(metricOf(response.statusCode ?? 500), 'Count', 1);
    deps.metrics.publishStoredMetrics();
    return response;
  };

export { createHandler };
export type { IngestHandlerDeps, MetricsSink };
