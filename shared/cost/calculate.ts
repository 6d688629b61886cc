import { PRICES } from './prices.js';
import { SIGNAL_KINDS, type KindUsage, type MeasuredUsage, type SignalKind } from './usage.js';

/**
 * Assumptions the local run cannot measure, each stated where the README's table is printed.
 * Change one here and the table follows.
 */
const ASSUMPTIONS = {
  /** Seconds in a 30-day month: traffic is assumed evenly spread. */
  secondsPerMonth: 30 * 24 * 3600,
  /**
   * Lambda's X-Ray sampling (not configurable for Lambda): the first request each second and 5%
   * of the rest, per function. A trace starts at ingest (detect continues it through SQS), at
   * notify (a stream record carries no trace header) and at each sweep.
   */
  xrayReservoirPerSecond: 1,
  xrayRate: 0.05,
  /** Empty long polls of the idle signals queue by Lambda's pollers: 5 pollers, 3 a minute. */
  idlePollsPerMonth: 5 * 3 * 60 * 24 * 30,
  /** Lambda's event source mapping: one ReceiveMessage and one DeleteMessageBatch per batch. */
  sqsRequestsPerDetectBatch: 2,
  /** Warm ingest containers, each reading each source's secret once per 5 minutes (cache). */
  ingestContainers: 2,
  secretReadsPerContainerMonth: 12 * 24 * 30,
  /**
   * KMS requests of SQS, SNS, DynamoDB, Secrets Manager and CloudWatch Logs (the log groups are
   * encrypted with the data key), each caching data keys: a guess.
   */
  kmsRequestsPerMonth: 100_000,
  /**
   * DynamoDB storage after a year: assessments on a case for ever, the others for
   * `retention.assessmentDays` (about 0.35 KB, in no index, plus 100 bytes each), raw texts for
   * `retention.rawTextDays` (about 0.3 KB).
   */
  storageMonths: 12,
  assessmentKb: 0.5,
  textKb: 0.4,
  /** CloudWatch Logs kept one month (the log groups' retention). */
  logMonths: 1,
} as const;

/** What the deployment has, from its configuration and the stack (counted, not measured). */
interface Deployment {
  /** Memory per function, MB (shared/config/topology.ts). */
  readonly memoryMb: Readonly<Record<string, number>>;
  readonly sweepsPerMonth: number;
  readonly webhookSecrets: number;
  readonly rawTextDays: number;
  /** EMF metrics the handlers publish (name x dimensions). */
  readonly customMetrics: number;
  readonly alarms: number;
  /** X-Ray active tracing on the functions (`observability.tracing`). */
  readonly tracing: boolean;
  /** Days an assessment that opened nothing is kept (`retention.assessmentDays`). */
  readonly openedNothingKeptDays: number;
}

interface CostLine {
  readonly item: string;
  readonly usd: number;
  /** Whether its quantity came from the measured run (else it is an assumption or a count). */
  readonly measured: boolean;
}

/** Billed handler milliseconds of one invocation: the measured median, rounded up to 1 ms. */
const billedMs = (usage: KindUsage, name: string): number =>
  Math.ceil(usage.timings[name]?.p50Ms ?? 0);

/** Shares of the kinds of webhook in a month's traffic (they add up to 1). */
type Mix = Readonly<Record<SignalKind, number>>;

/**
 * An assumed everyday mix: 1 webhook in 100 opens a case, 2 join one, 1 is a platform retry.
 * The measured scenario (1 in 10 opens, 1 in 10 joins) is the pessimistic one.
 */
const TYPICAL_MIX: Mix = { benign: 0.96, opening: 0.01, appending: 0.02, duplicate: 0.01 };

/**
 * Per webhook: with a `mix`, each kind's average weighted by its share; without, the measured
 * scenario's own mix (the sum over kinds divided by all webhooks).
 */
const perWebhook = (usage: MeasuredUsage, of: (kind: KindUsage) => number, mix?: Mix): number => {
  const kinds = SIGNAL_KINDS.map((kind) => [kind, usage.kinds[kind]] as const);
  if (mix !== undefined)
    return kinds.reduce(
      (sum, [name, kind]) =>
        sum + (kind.webhooks === 0 ? 0 : (mix[name] * of(kind)) / kind.webhooks),
      0,
    );
  const webhooks = kinds.reduce((sum, [, kind]) => sum + kind.webhooks, 0);
  return kinds.reduce((sum, [, kind]) => sum + of(kind), 0) / webhooks;
};

const requestsWhere = (
  kind: KindUsage,
  service: string,
  field: 'billedRequests' | 'readUnits' | 'writeUnits',
) =>
  Object.entries(kind.counts.requests)
    .filter(([name]) => name.startsWith(`${service}.`))
    .reduce((sum, [, count]) => sum + count[field], 0);

/** Traces Lambda records of `requests` a month at an even rate. */
const sampledTraces = (requests: number): number => {
  const { secondsPerMonth, xrayReservoirPerSecond, xrayRate } = ASSUMPTIONS;
  const reservoir = xrayReservoirPerSecond * secondsPerMonth;
  return requests <= reservoir ? requests : reservoir + xrayRate * (requests - reservoir);
};

/**
 * The monthly bill of `signals` webhooks a month in the measured mix (or `mix`): one line per service,
 * measured quantities times public prices, plus the fixed costs and stated assumptions.
 *
 * @example
 * const lines = monthlyCost(measured, deployment, 1_000_000);
 * const total = lines.reduce((sum, line) => sum + line.usd, 0);
 */
const monthlyCost = (
  usage: MeasuredUsage,
  deployment: Deployment,
  signals: number,
  mix?: Mix,
): CostLine[] => {
  const p = PRICES;
  const a = ASSUMPTIONS;
  const each = (of: (kind: KindUsage) => number): number => perWebhook(usage, of, mix) * signals;
  const invocations = (kind: KindUsage) =>
    Object.values(kind.counts.invocations).reduce((sum, count) => sum + count, 0);
  const gbSeconds = (kind: KindUsage) =>
    Object.entries(kind.counts.invocations).reduce(
      (sum, [name, count]) =>
        sum + (count * billedMs(kind, name) * (deployment.memoryMb[name] ?? 0)) / 1024 / 1000,
      0,
    );
  const sweep = { ...usage.sweep, webhooks: 1 };
  const logBytes = (kind: Pick<KindUsage, 'logs'>) =>
    Object.values(kind.logs).reduce((sum, volume) => sum + volume.bytes, 0);
  const monthlyLogGb = (each(logBytes) + deployment.sweepsPerMonth * logBytes(sweep)) / 1024 ** 3;
  const detectBatches = each((kind) => kind.counts.invocations.detect ?? 0);
  const traces =
    sampledTraces(each((kind) => kind.counts.invocations.ingest ?? 0)) +
    sampledTraces(each((kind) => kind.counts.invocations.notify ?? 0)) +
    sampledTraces(deployment.sweepsPerMonth);
  const openedNothing =
    mix?.benign ??
    usage.kinds.benign.webhooks /
      SIGNAL_KINDS.reduce((sum, kind) => sum + usage.kinds[kind].webhooks, 0);
  const keptMonths = (days: number) => Math.min(a.storageMonths, days / 30);
  const storedGb =
    (signals * (1 - openedNothing) * a.storageMonths * a.assessmentKb +
      signals * openedNothing * keptMonths(deployment.openedNothingKeptDays) * a.assessmentKb +
      signals * keptMonths(deployment.rawTextDays) * a.textKb) /
    1024 ** 2;
  return [
    { item: 'API Gateway HTTP API requests', usd: signals * p.httpApiRequest.usd, measured: true },
    {
      item: 'Lambda requests',
      usd: (each(invocations) + deployment.sweepsPerMonth) * p.lambdaRequest.usd,
      measured: true,
    },
    {
      item: 'Lambda duration (arm64, configured memory)',
      usd:
        (each(gbSeconds) + deployment.sweepsPerMonth * gbSeconds(sweep)) * p.lambdaGbSecondArm.usd,
      measured: true,
    },
    {
      item: 'SQS FIFO requests (send, receive, delete)',
      usd:
        (each((kind) => requestsWhere(kind, 'sqs', 'billedRequests')) +
          detectBatches * a.sqsRequestsPerDetectBatch) *
        p.sqsFifoRequest.usd,
      measured: true,
    },
    { item: 'SQS idle polls', usd: a.idlePollsPerMonth * p.sqsFifoRequest.usd, measured: false },
    {
      item: 'DynamoDB writes',
      usd: each((kind) => requestsWhere(kind, 'dynamodb', 'writeUnits')) * p.dynamoWriteUnit.usd,
      measured: true,
    },
    {
      item: 'DynamoDB reads',
      usd:
        (each((kind) => requestsWhere(kind, 'dynamodb', 'readUnits')) +
          deployment.sweepsPerMonth * requestsWhere(sweep, 'dynamodb', 'readUnits')) *
        p.dynamoReadUnit.usd,
      measured: true,
    },
    {
      item: `DynamoDB storage and PITR after ${a.storageMonths} months`,
      usd: storedGb * (p.dynamoStorageGbMonth.usd + p.dynamoPitrGbMonth.usd),
      measured: false,
    },
    {
      item: 'SNS publishes',
      usd: each((kind) => requestsWhere(kind, 'sns', 'billedRequests')) * p.snsPublish.usd,
      measured: true,
    },
    {
      item: 'SNS e-mail and HTTPS deliveries',
      usd:
        each((kind) => kind.counts.deliveries.email) * p.snsEmailDelivery.usd +
        each((kind) => kind.counts.deliveries.https) * p.snsHttpsDelivery.usd,
      measured: true,
    },
    {
      item: 'CloudWatch Logs (ingest, one month kept)',
      usd: monthlyLogGb * (p.logsIngestGb.usd + a.logMonths * p.logsStorageGbMonth.usd),
      measured: true,
    },
    {
      item: 'CloudWatch metrics, alarms, dashboard',
      usd:
        deployment.customMetrics * p.customMetricMonth.usd +
        deployment.alarms * p.alarmMonth.usd +
        p.dashboardMonth.usd,
      measured: false,
    },
    {
      item: 'X-Ray traces',
      usd: deployment.tracing ? traces * p.xrayTrace.usd : 0,
      measured: false,
    },
    {
      item: 'Secrets Manager (secrets and cached reads)',
      usd:
        deployment.webhookSecrets * p.secretMonth.usd +
        a.ingestContainers *
          deployment.webhookSecrets *
          a.secretReadsPerContainerMonth *
          p.secretsCall.usd,
      measured: false,
    },
    {
      item: 'KMS key and requests',
      usd: p.kmsKeyMonth.usd + a.kmsRequestsPerMonth * p.kmsRequest.usd,
      measured: false,
    },
  ];
};

export { ASSUMPTIONS, monthlyCost, perWebhook, requestsWhere, sampledTraces, TYPICAL_MIX };
export type { CostLine, Deployment, Mix };
