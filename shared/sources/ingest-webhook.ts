import type { IngestConfig, SourcesConfig } from '../config/sources-schema.js';
import {
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
} from '../errors.js';
import { header } from '../http.js';
import { shown } from '../plain-text.js';
import type { WebhookRequest } from './adapter.js';
import type { PlatformApi } from './platform-api.js';
import { toQueueMessage } from './queue-message.js';
import { adapterFor, isWebhookSource } from './registry.js';
import type { SignalQueue } from './signal-queue.js';
import { signalId } from './signal.js';
import type { SecretProvider, SourceSecret } from './source-secret.js';

/** One HTTP request to `/webhooks/{source}`, already reduced to raw bytes and headers. */
interface IngestRequest extends WebhookRequest {
  readonly source: string;
  readonly method: string;
}

interface IngestDeps {
  readonly sources: SourcesConfig;
  readonly ingest: IngestConfig;
  readonly secrets: SecretProvider;
  readonly queue: SignalQueue;
  readonly api: PlatformApi;
  readonly now: () => Date;
}

/**
 * What became of a request: a Signal durably enqueued, a verified event with nothing to score,
 * a reachability probe (SurveyMonkey checks the URL with HEAD), or a method we do not take.
 */
type IngestOutcome =
  | { readonly status: 'accepted'; readonly source: string; readonly signalId: string }
  | { readonly status: 'ignored'; readonly source: string; readonly reason: string }
  | { readonly status: 'probe'; readonly source: string }
  | { readonly status: 'method-not-allowed'; readonly source: string };

const PROBE_METHODS = new Set(['HEAD', 'GET']);

/** `application/json; charset=utf-8` -> `application/json`. */
const mediaType = (value: string): string => (value.split(';')[0] ?? '').trim().toLowerCase();

const acceptsMediaType = (accepted: readonly string[], value: string | undefined): boolean => {
  // Senders whose content type is UNCONFIRMED (Delighted) may omit it; the body still has to parse.
  if (value === undefined) return true;
  const type = mediaType(value);
  return accepted.some((candidate) =>
    candidate.startsWith('+') ? type.endsWith(candidate) : type === candidate,
  );
};

/**
 * Ingests one webhook: source, method, size and media type first (cheap and unauthenticated),
 * then the signature over the raw bytes, then parsing and normalization, then the queue. Only a
 * successful SendMessage yields `accepted`. Throws the errors shared/http.ts maps to statuses.
 */
const ingestWebhook = async (request: IngestRequest, deps: IngestDeps): Promise<IngestOutcome> => {
  const { source } = request;
  if (!isWebhookSource(source) || !deps.sources[source].enabled)
    throw new NotFoundError(`unknown source ${shown(source)}`);
  const method = request.method.toUpperCase();
  if (PROBE_METHODS.has(method)) return { status: 'probe', source };
  if (method !== 'POST') return { status: 'method-not-allowed', source };
  if (request.body.length > deps.ingest.maxBodyBytes)
    throw new PayloadTooLargeError(`body exceeds ${deps.ingest.maxBodyBytes} bytes`);
  const adapter = adapterFor(source);
  if (!acceptsMediaType(adapter.mediaTypes, header(request.headers, 'content-type')))
    throw new UnsupportedMediaTypeError(`content type must be ${adapter.mediaTypes.join(' or ')}`);
  const options = deps.sources[source];
  const now = deps.now();
  const verify = (secret: SourceSecret): void => {
    adapter.verify(request, {
      options,
      secret,
      now,
      toleranceSeconds: deps.ingest.replayToleranceSeconds,
    });
  };
  let secret = await deps.secrets.get(source);
  try {
    verify(secret);
  } catch (error) {
    // A secret rotated since it was cached would fail every delivery until the cache expires.
    const fresh =
      error instanceof UnauthorizedError ? await deps.secrets.refresh?.(source) : undefined;
    if (fresh === undefined) throw error;
    verify(fresh);
    secret = fresh;
  }
  const normalized = await adapter.normalize(request, {
    options,
    receivedAt: now,
    api: deps.api,
    secret,
  });
  if (normalized.outcome === 'ignored')
    return { status: 'ignored', source, reason: normalized.reason };
  await deps.queue.send(toQueueMessage(normalized.signal));
  return { status: 'accepted', source, signalId: signalId(normalized.signal) };
};

export { ingestWebhook };
export type { IngestDeps, IngestOutcome, IngestRequest };
