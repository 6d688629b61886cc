import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { DependencyError } from '../../shared/errors.js';
import type { HttpLogger } from '../../shared/http.js';
import type { IngestHandlerDeps } from '../../functions/ingest/handler.js';
import type { PlatformApi } from '../../shared/sources/platform-api.js';
import type { SignalQueueMessage } from '../../shared/sources/queue-message.js';
import type { SignalQueue } from '../../shared/sources/signal-queue.js';
import { EnvSecretProvider } from '../../shared/sources/source-secret.js';
import { NOW } from './sources-fixtures.js';

/** The signing secrets the ingest tests use, as the local stack would set them. */
const TEST_SECRETS = {
  ADVOCACY_SECRET_TYPEFORM: 'tf-secret',
  ADVOCACY_SECRET_DELIGHTED: 'delighted-api-key',
  ADVOCACY_SECRET_ZENDESK: 'zendesk-signing-secret',
  ADVOCACY_SECRET_INTERCOM: 'intercom-client-secret',
  ADVOCACY_SECRET_SURVEYMONKEY: JSON.stringify({
    signing: 'sm-secret',
    clientId: 'sm-client',
    apiToken: 'sm-token',
  }),
  ADVOCACY_SECRET_QUALTRICS: JSON.stringify({ signing: ['qx-key'], apiToken: 'qx-token' }),
  ADVOCACY_SECRET_GENERIC: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
} as const;

/** The plain signing secret of a source in TEST_SECRETS (what a platform signs with). */
const signingSecret = (source: string): string => {
  const value =
    TEST_SECRETS[`ADVOCACY_SECRET_${source.toUpperCase()}` as keyof typeof TEST_SECRETS];
  if (!value.startsWith('{')) return value;
  const { signing } = JSON.parse(value) as { signing: string | string[] };
  return Array.isArray(signing) ? (signing[0] ?? '') : signing;
};

/** An in-memory SignalQueue (the port's fake for unit tests); `failing` simulates an unreachable queue. */
class MemorySignalQueue implements SignalQueue {
  readonly messages: SignalQueueMessage[] = [];
  failing = false;

  send(message: SignalQueueMessage): Promise<void> {
    if (this.failing)
      return Promise.reject(new DependencyError('signals queue SendMessage failed: test'));
    this.messages.push(message);
    return Promise.resolve();
  }
}

/** Captures what the handler logs, to assert that no body or personal data reaches the log. */
const capturingLogger = (): { logger: HttpLogger; output: () => string } => {
  const lines: string[] = [];
  const capture = (...args: unknown[]): void => {
    lines.push(
      JSON.stringify(args, (_key, value: unknown) =>
        value instanceof Error
          ? { name: value.name, message: value.message, stack: value.stack }
          : value,
      ),
    );
  };
  return {
    logger: { info: capture, warn: capture, error: capture },
    output: () => lines.join('\n'),
  };
};

/** Counts the handler's metrics by name (a fake of the Powertools Metrics slice). */
class CountingMetrics {
  readonly counts = new Map<string, number>();
  published = 0;

  addMetric(name: string, _unit: 'Count', value: number): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + value);
  }

  publishStoredMetrics(): void {
    this.published += 1;
  }
}

const noApi: PlatformApi = {
  getJson: () => Promise.reject(new DependencyError('no platform API in this test')),
};

/** Handler dependencies over the example configuration, env secrets, a memory queue and a fixed clock. */
const ingestDeps = (
  config: AdvocacyConfig,
  overrides: Partial<IngestHandlerDeps> = {},
): IngestHandlerDeps & {
  queue: MemorySignalQueue;
  metrics: CountingMetrics;
  logs: () => string;
} => {
  const { logger, output } = capturingLogger();
  const queue = new MemorySignalQueue();
  return {
    sources: config.sources,
    ingest: config.ingest,
    secrets: new EnvSecretProvider(
      TEST_SECRETS,
      (source) => `ADVOCACY_SECRET_${source.toUpperCase()}`,
    ),
    api: noApi,
    now: () => NOW,
    logger,
    ...overrides,
    queue,
    metrics: new CountingMetrics(),
    logs: output,
  };
};

export { CountingMetrics, ingestDeps, MemorySignalQueue, signingSecret, TEST_SECRETS };
