// The cost scenario: a fixed mix of signed webhooks through the whole local stack, one at a
// time, with the usage meter on the AWS edge. `npm run bench -- cost` prints and (with --write)
// commits what it measured; the integration test reruns it and compares the counts.
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { loadFunction } from '../../infra/local/functions.js';
import { scheduledEvent } from '../../infra/local/schedule.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { samplePayload } from '../../infra/local/samples.js';
import { createUsageMeter, type UsageMeter } from '../../infra/local/usage-meter.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import {
  SIGNAL_KINDS,
  type DeliveryProtocol,
  type FunctionTiming,
  type KindUsage,
  type LogVolume,
  type MeasuredUsage,
  type RequestCount,
  type SignalKind,
  type UsageCounts,
} from '../../shared/cost/usage.js';
import { signRequest } from '../../shared/sources/signing.js';
import { ENV } from '../../shared/config/env.js';
import { queueDepth } from '../helpers/queue-depth.js';
import { SCENARIO, WARM_UP, type Step } from './cost-scenario.js';
import { startSecretsStandIn, type SecretsStandIn } from './secrets-stand-in.js';

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/** Captures (and silences) the JSON lines the handlers' Powertools loggers write to stdout. */
const captureLogs = () => {
  const original = process.stdout.write.bind(process.stdout);
  const volumes = new Map<string, { events: number; bytes: number }>();
  let capturing = false;
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) => {
    if (capturing) {
      for (const line of String(chunk).split('\n')) {
        if (!line.startsWith('{')) continue;
        let service = 'unknown';
        try {
          const parsed = JSON.parse(line) as { service?: unknown };
          if (typeof parsed.service === 'string') service = parsed.service;
        } catch {
          // Not one of the handlers' JSON lines: still counted, as CloudWatch would ingest it.
        }
        const known = volumes.get(service) ?? { events: 0, bytes: 0 };
        // CloudWatch Logs counts each event's UTF-8 bytes plus 26 bytes of metadata.
        volumes.set(service, {
          events: known.events + 1,
          bytes: known.bytes + Buffer.byteLength(line, 'utf8') + 26,
        });
      }
      return true;
    }
    // Handler lines outside the measured steps (warm-up, cold starts) are dropped too.
    return String(chunk).startsWith('{') ? true : original(chunk, ...rest);
  };
  return {
    start: () => {
      volumes.clear();
      capturing = true;
    },
    stop: (): Record<string, LogVolume> => {
      capturing = false;
      return Object.fromEntries(volumes);
    },
    restore: () => {
      process.stdout.write = original;
    },
  };
};

/**
 * Waits until the pipeline is at rest: the queue drained and no handler has finished for
 * `quietMs` (the stream mapping polls every 200 ms when idle).
 */
const settle = async (stack: LocalStack, meter: UsageMeter, quietMs = 1500): Promise<void> => {
  const deadline = Date.now() + 60_000;
  let lastTotal = -1;
  let quietSince = Date.now();
  for (;;) {
    const total = Object.values(meter.invocations()).reduce((sum, f) => sum + f.invocations, 0);
    if (total !== lastTotal) [lastTotal, quietSince] = [total, Date.now()];
    if (
      (await queueDepth(stack.clients.sqs, stack.resources.signalsQueueUrl)) === 0 &&
      Date.now() - quietSince >= quietMs
    )
      return;
    if (Date.now() > deadline) throw new Error('the local stack did not come to rest in 60 s');
    await sleep(100);
  }
};

const post = async (stack: LocalStack, run: string, index: number, step: Step): Promise<void> => {
  const at = new Date();
  const body = samplePayload(
    step.source,
    {
      id: `cost-${run}-${step.customer}`,
      email: `${step.customer}-${run}@example.com`,
      name: `Customer ${step.customer}`,
      accountId: `acct-cost-${run}-${step.customer}`,
      accountName: `Account ${step.customer}`,
      segment: step.segment,
    },
    { responseId: `cost-${run}-${step.as ?? index}`, nps: step.nps, comment: step.comment, at },
  );
  const signed = signRequest(step.source, body, developmentSecret(step.source), at);
  const response = await fetch(`${stack.apiUrl}/webhooks/${step.source}`, {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
  });
  await response.arrayBuffer();
  if (response.status !== 202)
    throw new Error(`webhook ${index} (${step.source}) answered ${response.status}`);
};

const protocolOf = (config: AdvocacyConfig, tier: string, name: string): DeliveryProtocol => {
  const subscriptions =
    tier === 'management'
      ? config.management.subscriptions
      : (config.tiers.find((one) => one.name === tier)?.subscriptions ?? []);
  // Chat channels' inboxes are HTTPS deliveries to the chat service's endpoint.
  return subscriptions.find((one) => one.name === name)?.protocol ?? 'https';
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const round = (value: number): number => Math.round(value * 10) / 10;

const sorted = <T>(entries: Iterable<readonly [string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));

/** What one kind of webhook added up to, step by step. */
class KindTally {
  webhooks = 0;
  readonly requests = new Map<string, RequestCount>();
  readonly durations = new Map<string, number[]>();
  readonly logs = new Map<string, LogVolume>();
  readonly deliveries: Record<DeliveryProtocol, number> = { email: 0, sms: 0, https: 0, sqs: 0 };

  /** Takes in what the meter counted since its last reset, and the step's log lines. */
  add(meter: UsageMeter, logs: Readonly<Record<string, LogVolume>>): void {
    for (const [name, tally] of Object.entries(meter.requests())) {
      const known = this.requests.get(name) ?? {
        calls: 0,
        billedRequests: 0,
        readUnits: 0,
        writeUnits: 0,
      };
      this.requests.set(name, {
        calls: known.calls + tally.calls,
        billedRequests: known.billedRequests + tally.billedRequests,
        readUnits: known.readUnits + tally.readUnits,
        writeUnits: known.writeUnits + tally.writeUnits,
      });
    }
    for (const [name, tally] of Object.entries(meter.invocations()))
      this.durations.set(name, [...(this.durations.get(name) ?? []), ...tally.durationsMs]);
    for (const [service, volume] of Object.entries(logs)) {
      const known = this.logs.get(service) ?? { events: 0, bytes: 0 };
      this.logs.set(service, {
        events: known.events + volume.events,
        bytes: known.bytes + volume.bytes,
      });
    }
  }

  usage(): KindUsage {
    const counts: UsageCounts = {
      requests: sorted(this.requests),
      invocations: sorted([...this.durations].map(([name, list]) => [name, list.length] as const)),
      deliveries: { ...this.deliveries },
    };
    const timings = sorted(
      [...this.durations].map(([name, list]): [string, FunctionTiming] => {
        const ordered = [...list].sort((a, b) => a - b);
        const mean = ordered.reduce((sum, ms) => sum + ms, 0) / Math.max(1, ordered.length);
        return [
          name,
          {
            meanMs: round(mean),
            p50Ms: round(percentile(ordered, 50)),
            maxMs: round(percentile(ordered, 100)),
          },
        ];
      }),
    );
    return { webhooks: this.webhooks, counts, timings, logs: sorted(this.logs) };
  }
}

/** Runs the scenario on a fresh in-memory local stack and returns what it measured. */
const measureUsage = async (measured: string): Promise<MeasuredUsage> => {
  const meter = createUsageMeter();
  const logs = captureLogs();
  let stack: LocalStack | undefined;
  let secrets: SecretsStandIn | undefined;
  const arnsBefore = process.env[ENV.secretArns];
  try {
    // Ingest reads its secrets from Secrets Manager (a stand-in) as deployed, not from variables.
    secrets = await startSecretsStandIn([...new Set(WARM_UP.map((step) => step.source))]);
    process.env[ENV.secretArns] = JSON.stringify(secrets.arns);
    stack = await startLocalStack({
      standIns: { secretsmanager: secrets.url },
      configFile: 'advocacy.config.ts',
      ports: { api: 0, dynamodb: 0, fauxqs: 0, aws: 0 },
      sweepIntervalMs: 0,
      // As deployed (infra/constructs/secure-defaults.ts): application logs at INFO, metrics on.
      env: { POWERTOOLS_LOG_LEVEL: 'INFO', POWERTOOLS_METRICS_DISABLED: 'false' },
      log: () => undefined,
      edgeObserver: meter.observer,
      onInvocation: meter.recordInvocation,
    });
    const run = Date.now().toString(36);
    // Every handler's first run in this process is its cold start: warm them all up first.
    for (const [index, step] of WARM_UP.entries()) {
      await post(stack, `${run}w`, index, step);
      await settle(stack, meter);
    }
    const secretReadsPerContainer =
      meter.requests()['secretsmanager.GetSecretValue']?.calls ?? Number.NaN;
    const tallies = new Map(SIGNAL_KINDS.map((kind) => [kind, new KindTally()] as const));
    for (const [index, step] of SCENARIO.entries()) {
      const tally = tallies.get(step.kind) ?? new KindTally();
      meter.reset();
      const alertsBefore = stack.alerts().length;
      logs.start();
      await post(stack, run, index, step);
      await settle(stack, meter);
      tally.webhooks += 1;
      tally.add(meter, logs.stop());
      for (const alert of stack.alerts().slice(alertsBefore))
        tally.deliveries[protocolOf(stack.config, alert.tier, alert.subscription)] += 1;
    }

    const sweep = loadFunction('escalate');
    if (sweep === undefined) throw new Error('functions/escalate/index.ts is missing');
    await sweep(scheduledEvent('escalate', new Date()));
    meter.reset();
    logs.start();
    await sweep(scheduledEvent('escalate', new Date()));
    const sweepTally = new KindTally();
    sweepTally.add(meter, logs.stop());
    const { timings, counts, logs: sweepLogs } = sweepTally.usage();
    const kinds = Object.fromEntries(
      SIGNAL_KINDS.map((kind) => [kind, (tallies.get(kind) ?? new KindTally()).usage()]),
    ) as Record<SignalKind, KindUsage>;
    return {
      measured,
      kinds,
      sweep: { counts, timings, logs: sweepLogs },
      secretReadsPerContainer,
    };
  } finally {
    logs.restore();
    await stack?.stop();
    await secrets?.stop();
    if (arnsBefore === undefined) Reflect.deleteProperty(process.env, ENV.secretArns);
    else process.env[ENV.secretArns] = arnsBefore;
  }
};

export { measureUsage };
