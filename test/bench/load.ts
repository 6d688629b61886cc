// Load section of `npm run bench`: signed webhooks at a steady rate against the whole local stack
// (DynamoDB Local + fauxqs + the real handlers, loopback only), spread over a number of
// customers, reporting webhook-to-alert latency, throughput, drain time and lost signals.
// `npm run bench -- load --rate 50 --seconds 30 --customers 500`; a burst: `--rate 200 --seconds 10`;
// one customer's 20 signals in a second: `--rate 20 --seconds 1 --customers 1`.
import { parseArgs } from 'node:util';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import type { DynamoDbLocalJvm } from '../../infra/local/emulators/dynamodb-local.js';
import type { DeliveredAlert } from '../../infra/local/inbox.js';
import { startLocalStack, type LocalStack } from '../../infra/local/local-stack.js';
import { samplePayload, type SampleSource } from '../../infra/local/samples.js';
import { signRequest } from '../../shared/sources/signing.js';
import { queueDepth } from '../helpers/queue-depth.js';
import type { BenchReport } from './report.js';

interface LoadOptions {
  /** Webhooks per second (bounded to 200). */
  readonly rate: number;
  /** Seconds of sending (bounded to 120). */
  readonly seconds: number;
  /** Customers the webhooks are spread over, in turn: each one's first opens its case. */
  readonly customers: number;
  /** DynamoDB Local's JVM tuning (`npm start` uses `throughput`). */
  readonly dynamodbJvm: DynamoDbLocalJvm;
}

/** What one webhook was: whose, when it left and what ingest answered. */
interface Sent {
  readonly name: string;
  readonly sentAt: number;
  readonly status: number;
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

/** Webhooks sent before measuring, at a rate every run drains easily. */
const WARM_UP = { webhooks: 300, rate: 20 } as const;

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

const bounded = (text: string | undefined, fallback: number, max: number): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`not a positive number: ${text}`);
  return Math.min(value, max);
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);

/**
 * Sends webhook `index` for customer `index % customers`: a bottom-NPS complaint, so a customer's
 * first opens a case and alerts and the next ones join that case.
 */
const sendOne = async (
  stack: LocalStack,
  run: string,
  index: number,
  customers: number,
): Promise<Sent> => {
  const source = SOURCES[index % SOURCES.length] ?? 'generic';
  const customer = index % customers;
  const name = `acct-load-${run}-${String(customer).padStart(6, '0')}`;
  const now = new Date();
  const body = samplePayload(
    source,
    {
      id: `load-${run}-${customer}`,
      email: `load-${customer}@example.com`,
      name: `Load customer ${customer}`,
      accountId: name,
      accountName: `Load account ${customer}`,
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

/** Per customer, the opening alerts the senior tier's team inbox received: when the first came, and how many. */
const openingAlerts = (
  alerts: readonly DeliveredAlert[],
): Map<string, { readonly at: number; readonly count: number }> => {
  const openings = new Map<string, { at: number; count: number }>();
  for (const alert of alerts) {
    // The team inbox takes every alert of the senior tier.
    if (alert.tier !== 'senior' || alert.subscription !== 'team-inbox') continue;
    if (alert.attributes.event !== 'opened') continue;
    // Every alert text names the account id; subjects may show a person or an e-mail instead.
    const name = /acct-load-\w+-\d{6}/.exec(alert.message)?.[0];
    if (name === undefined) continue;
    const seen = openings.get(name);
    if (seen === undefined) openings.set(name, { at: Date.parse(alert.receivedAt), count: 1 });
    else seen.count += 1;
  }
  return openings;
};

/** The customers' cases and the signals recorded on them (`signalCount`), read once the load drained. */
const recordedSignals = async (
  stack: LocalStack,
  names: readonly string[],
): Promise<{
  readonly signals: number;
  readonly cases: number;
  readonly openedAt: ReadonlyMap<string, number>;
}> => {
  let signals = 0;
  let cases = 0;
  const openedAt = new Map<string, number>();
  for (let start = 0; start < names.length; start += 20) {
    const counts = await Promise.all(
      names.slice(start, start + 20).map(async (name) => {
        const { Items = [] } = await stack.clients.dynamo.send(
          new QueryCommand({
            TableName: stack.resources.tableName,
            IndexName: 'customer',
            KeyConditionExpression: 'gsi2pk = :pk',
            ExpressionAttributeValues: { ':pk': `CUSTOMER#account:${name}` },
          }),
        );
        const opened = Items.map((item) => Date.parse(String(item.openedAt))).sort()[0];
        if (opened !== undefined) openedAt.set(name, opened);
        return {
          signals: Items.reduce((sum, item) => sum + Number(item.signalCount ?? 0), 0),
          cases: Items.length,
        };
      }),
    );
    for (const count of counts) {
      signals += count.signals;
      cases += count.cases;
    }
  }
  return { signals, cases, openedAt };
};

/** Runs the load against a fresh in-memory local stack and reports the figures. */
const runLoad = async (options: LoadOptions): Promise<BenchReport> => {
  const stack = await startLocalStack({
    configFile: 'advocacy.config.ts',
    ports: { api: 0, dynamodb: 0, fauxqs: 0, aws: 0 },
    dynamodbJvm: options.dynamodbJvm,
    sweepIntervalMs: 0,
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR' },
    log: () => undefined,
  });
  try {
    const run = Date.now().toString(36);
    // Warm up so the figures describe the steady state: the handlers' cold starts, and DynamoDB
    // Local's JIT, which compiles its hot paths only after some thousand requests (about 15 s of
    // CPU for C2). Warm-up customers are not counted.
    await sendOne(stack, `${run}w`, 0, 1);
    for (let index = 0; index < WARM_UP.webhooks; index += 1) {
      void sendOne(stack, `${run}w`, index, WARM_UP.webhooks);
      await sleep(1000 / WARM_UP.rate);
    }
    await sleep(1000);
    while ((await queueDepth(stack.clients.sqs, stack.resources.signalsQueueUrl)) > 0)
      await sleep(250);
    await sleep(2000);
    const total = Math.round(options.rate * options.seconds);
    const started = Date.now();
    const sends: Promise<Sent>[] = [];
    for (let index = 0; index < total; index += 1) {
      const due = started + (index * 1000) / options.rate;
      if (due > Date.now()) await sleep(due - Date.now());
      sends.push(sendOne(stack, run, index, options.customers));
    }
    const sent = await Promise.all(sends);
    const lastSentAt = Date.now();
    const accepted = sent.filter((item) => item.status === 202);
    // A customer's first accepted webhook is the one that opens its case and alerts.
    const opening = new Map<string, number>();
    for (const item of accepted) if (!opening.has(item.name)) opening.set(item.name, item.sentAt);
    // Drained: the queue is empty and every case alerted; 30 s without progress ends the wait.
    let alerted = openingAlerts(stack.alerts());
    let depth = await queueDepth(stack.clients.sqs, stack.resources.signalsQueueUrl);
    let progressAt = Date.now();
    const pending = (): boolean => depth > 0 || [...opening.keys()].some((n) => !alerted.has(n));
    while (pending() && Date.now() - progressAt < 30_000) {
      await sleep(250);
      const [nowAlerted, nowDepth] = [
        openingAlerts(stack.alerts()),
        await queueDepth(stack.clients.sqs, stack.resources.signalsQueueUrl),
      ];
      if (nowAlerted.size > alerted.size || nowDepth < depth) progressAt = Date.now();
      [alerted, depth] = [nowAlerted, nowDepth];
    }
    const drainedAt = pending() ? progressAt : Date.now();
    // Late duplicates would show here: give notify a moment past the last opening alert.
    await sleep(1000);
    alerted = openingAlerts(stack.alerts());
    const {
      signals: recorded,
      cases,
      openedAt,
    } = await recordedSignals(stack, [...opening.keys()]);
    const unalerted = [...opening.keys()].filter((name) => !alerted.has(name)).length;
    const openingCount = [...opening.keys()].reduce(
      (sum, name) => sum + (alerted.get(name)?.count ?? 0),
      0,
    );
    const lost = Math.max(0, accepted.length - recorded) + unalerted;
    const oneEach = cases === opening.size && openingCount === opening.size;
    const spans = (
      from: (name: string) => number | undefined,
      to: (name: string) => number | undefined,
    ) =>
      [...opening.keys()]
        .map((name) => (to(name) ?? Number.NaN) - (from(name) ?? Number.NaN))
        .filter((ms) => Number.isFinite(ms))
        .sort((a, b) => a - b);
    const latencies = spans(
      (name) => opening.get(name),
      (name) => alerted.get(name)?.at,
    );
    const toOpened = spans(
      (name) => opening.get(name),
      (name) => openedAt.get(name),
    );
    const toAlert = spans(
      (name) => openedAt.get(name),
      (name) => alerted.get(name)?.at,
    );
    const figures = (sorted: readonly number[]) =>
      `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${percentile(sorted, 100).toFixed(0)} ms`;
    const sendSeconds = (lastSentAt - started) / 1000;
    const busySeconds = (drainedAt - started) / 1000;
    return {
      title: `Load: ${options.rate} webhooks/s for ${options.seconds} s over ${opening.size} customers on the local stack`,
      lines: [
        `sent        ${total} in ${sendSeconds.toFixed(1)} s (${(total / sendSeconds).toFixed(1)}/s), ${accepted.length} accepted (202)`,
        `recorded    ${recorded} signals on ${cases} cases of ${opening.size} customers; ${openingCount} opening alerts`,
        `one each    one case and one opening alert per customer: ${oneEach ? 'yes' : 'NO  <-- must be yes'}`,
        `throughput  ${(recorded / busySeconds).toFixed(1)} signals/s (first webhook to drained)`,
        `drained     ${((drainedAt - lastSentAt) / 1000).toFixed(1)} s after the last webhook`,
        `lost        ${lost}${lost === 0 ? '' : '  <-- must be 0'}`,
        `latency     webhook -> opening alert ${figures(latencies)}`,
        `  of which  webhook -> case opened (ingest, queue, detect) ${figures(toOpened)}`,
        `            case opened -> alert (stream, notify, SNS, inbox) ${figures(toAlert)}`,
      ],
    };
  } finally {
    await stack.stop();
  }
};

/**
 * The bench section: `--rate` (default 10/s), `--seconds` (10), `--customers` (one per webhook),
 * `--dynamodb-jvm` (`throughput`, as `npm start`; or `fast-start`, as the tests). One customer's
 * burst: `--rate 20 --seconds 1 --customers 1`.
 */
const run = (args: readonly string[] = []): Promise<BenchReport> => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      rate: { type: 'string' },
      seconds: { type: 'string' },
      customers: { type: 'string' },
      'dynamodb-jvm': { type: 'string' },
    },
    strict: true,
  });
  const rate = bounded(values.rate, 10, 200);
  const seconds = bounded(values.seconds, 10, 120);
  const total = Math.round(rate * seconds);
  const jvm = values['dynamodb-jvm'] ?? 'throughput';
  if (jvm !== 'throughput' && jvm !== 'fast-start')
    throw new Error(`--dynamodb-jvm is throughput or fast-start, not ${jvm}`);
  return runLoad({
    dynamodbJvm: jvm,
    rate,
    seconds,
    customers: Math.round(bounded(values.customers, total, total)),
  });
};

export { run, runLoad };
export type { LoadOptions };
