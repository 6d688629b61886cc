// Load section of `npm run bench`: N signed webhooks per second for T seconds against the whole
// local stack (DynamoDB Local + fauxqs + the real handlers, loopback only), reporting accepted,
// alerted, lost (must be 0) and the webhook-to-alert latency. Runs alone too:
// `LOAD_RATE=10 LOAD_SECONDS=10 npx tsx test/bench/load.ts`.
import { pathToFileURL } from 'node:url';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import type { DeliveredAlert } from '../../infra/local/inbox.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { samplePayload, type SampleSource } from '../../infra/local/samples.js';
import { signRequest } from '../../shared/sources/signing.js';
import type { BenchReport } from './report.js';

interface LoadOptions {
  /** Webhooks per second (bounded to 200). */
  readonly rate: number;
  /** Seconds of sending (bounded to 120). */
  readonly seconds: number;
}

const COMPLAINTS = [
  "Our whole site is down right now and we can't take any orders. We are losing money every minute.",
  'Third time I explain the same billing error to someone new. Fix it this week or we cancel.',
  'Nobody can log in since this morning and our warehouse is standing still.',
];

const SOURCES: readonly SampleSource[] = [
  'generic',
  'typeform',
  'delighted',
  'zendesk',
  'intercom',
];

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

const bounded = (text: string | undefined, fallback: number, max: number): number => {
  const value = Number(text ?? fallback);
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : fallback;
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);

/** Sends webhook `index`: a bottom-NPS complaint, so every one of them must open a case and alert. */
const sendOne = async (
  stack: LocalStack,
  run: string,
  index: number,
): Promise<{ name: string; sentAt: number; status: number }> => {
  const source = SOURCES[index % SOURCES.length] ?? 'generic';
  const name = `acct-load-${run}-${String(index).padStart(6, '0')}`;
  const now = new Date();
  const body = samplePayload(
    source,
    {
      id: `load-${run}-${index}`,
      email: `load-${index}@example.com`,
      name: `Load customer ${index}`,
      accountId: name,
      accountName: `Load account ${index}`,
      segment: 'strategic',
    },
    {
      responseId: `load-${run}-${index}`,
      nps: 0,
      comment: COMPLAINTS[index % COMPLAINTS.length] ?? '',
      at: now,
    },
  );
  const signed = signRequest(source, body, developmentSecret(source), now);
  const sentAt = Date.now();
  const response = await fetch(`${stack.apiUrl}/webhooks/${source}`, {
    method: 'POST',
    headers: signed.headers,
    body: signed.body,
  });
  await response.arrayBuffer();
  return { name, sentAt, status: response.status };
};

const firstAlerts = (alerts: readonly DeliveredAlert[]): Map<string, number> => {
  const first = new Map<string, number>();
  for (const alert of alerts) {
    // The team inbox takes every alert of the senior tier: one per opened case.
    if (alert.tier !== 'senior' || alert.subscription !== 'team-inbox') continue;
    // Every alert text names the account id; subjects may show a person or an e-mail instead.
    const name = /acct-load-\w+-\d{6}/.exec(alert.message)?.[0];
    if (name !== undefined && !first.has(name)) first.set(name, Date.parse(alert.receivedAt));
  }
  return first;
};

/** Runs the load against a fresh in-memory local stack and reports the figures. */
const runLoad = async (options: LoadOptions): Promise<BenchReport> => {
  const stack = await startLocalStack({
    configFile: 'advocacy.config.ts',
    ports: { api: 0, dynamodb: 0, fauxqs: 0, aws: 0 },
    sweepIntervalMs: 0,
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR' },
    log: () => undefined,
  });
  try {
    const run = Date.now().toString(36);
    // Warm the handlers (cold starts) so the figures describe the steady state.
    await sendOne(stack, `${run}w`, 0);
    await sleep(3000);
    const total = Math.round(options.rate * options.seconds);
    const started = Date.now();
    const sends: Promise<{ name: string; sentAt: number; status: number }>[] = [];
    for (let index = 0; index < total; index += 1) {
      const due = started + (index * 1000) / options.rate;
      if (due > Date.now()) await sleep(due - Date.now());
      sends.push(sendOne(stack, run, index));
    }
    const sent = await Promise.all(sends);
    const sendSeconds = (Date.now() - started) / 1000;
    const accepted = sent.filter((item) => item.status === 202);
    // Drain: wait while alerts keep arriving; 30 s without progress means the rest are lost.
    let alerted = firstAlerts(stack.alerts());
    let progressAt = Date.now();
    while (accepted.some((item) => !alerted.has(item.name)) && Date.now() - progressAt < 30_000) {
      await sleep(250);
      const now = firstAlerts(stack.alerts());
      if (now.size > alerted.size) progressAt = Date.now();
      alerted = now;
    }
    const drainSeconds = (Date.now() - started) / 1000 - sendSeconds;
    const latencies = accepted
      .map((item) => (alerted.get(item.name) ?? Number.NaN) - item.sentAt)
      .filter((ms) => Number.isFinite(ms))
      .sort((a, b) => a - b);
    const lost = accepted.filter((item) => !alerted.has(item.name)).length;
    return {
      title: `Load: ${options.rate} webhooks/s for ${options.seconds} s on the local stack`,
      lines: [
        `sent       ${total} in ${sendSeconds.toFixed(1)} s (${(total / sendSeconds).toFixed(1)}/s)`,
        `accepted   ${accepted.length} (202)`,
        `drained    ${drainSeconds.toFixed(1)} s after the last webhook`,
        `alerted    ${accepted.length - lost}`,
        `lost       ${lost}${lost === 0 ? '' : '  <-- must be 0'}`,
        `latency    webhook -> alert p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${percentile(latencies, 100).toFixed(0)} ms`,
      ],
    };
  } finally {
    await stack.stop();
  }
};

/** The bench section: rate and duration from LOAD_RATE / LOAD_SECONDS (defaults 10/s for 10 s). */
const run = (): Promise<BenchReport> =>
  runLoad({
    rate: bounded(process.env.LOAD_RATE, 10, 200),
    seconds: bounded(process.env.LOAD_SECONDS, 10, 120),
  });

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await run();
  console.log([report.title, ...report.lines.map((line) => `  ${line}`)].join('\n'));
  process.exit(0);
}

export { run, runLoad };
export type { LoadOptions };
