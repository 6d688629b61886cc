import type { AdvocacyConfig } from '../config/schema.js';
import { TOPOLOGY } from '../config/topology.js';
import {
  monthlyCost,
  perWebhook,
  requestsWhere,
  TYPICAL_MIX,
  type Deployment,
} from './calculate.js';
import { CHECKED } from './prices.js';
import { SIGNAL_KINDS, type KindUsage, type MeasuredUsage } from './usage.js';

/** The scales the README's table shows: signals a month. */
const SCALES = [10_000, 1_000_000, 100_000_000] as const;

// Metric names the handlers publish through EMF (ingest 6, detect 6, notify 3, escalate 3).
const CUSTOM_METRICS = 18;
// infra/constructs/pipeline-monitoring.ts: three dead-letter queues, errors and throttles of 8
// functions, notify's iterator age.
const ALARMS = 3 + 8 * 2 + 1;

/** The deployment the configuration describes, for the calculator. */
const deploymentOf = (config: AdvocacyConfig): Deployment => ({
  memoryMb: Object.fromEntries(Object.entries(TOPOLOGY).map(([name, fn]) => [name, fn.memoryMb])),
  sweepsPerMonth: (30 * 24 * 60) / config.escalation.sweepMinutes,
  webhookSecrets: Object.entries(config.sources).filter(
    ([name, source]) => name !== 'contactlens' && source.enabled,
  ).length,
  rawTextDays: config.retention.rawTextDays,
  customMetrics: CUSTOM_METRICS,
  alarms: ALARMS,
  tracing: config.observability.tracing,
  openedNothingKeptDays: config.retention.assessmentDays,
});

/** What the admin's two cost choices come to, priced by the same calculator. */
const leversTable = (usage: MeasuredUsage, config: AdvocacyConfig): string[] => {
  const deployed = deploymentOf(config);
  const { tracing } = config.observability;
  const year = { openedNothingKeptDays: 365 };
  const levers: readonly [string, Deployment][] = [
    [
      `as configured (\`observability.tracing: ${String(tracing)}\`, \`retention.assessmentDays: ${config.retention.assessmentDays}\`)`,
      deployed,
    ],
    [`X-Ray tracing ${tracing ? 'off' : 'on'}`, { ...deployed, tracing: !tracing }],
    ['assessments that opened nothing kept 365 days', { ...deployed, ...year }],
  ];
  const scales = SCALES.slice(1);
  const perMillion = (deployment: Deployment, signals: number) =>
    (monthlyCost(usage, deployment, signals, TYPICAL_MIX).reduce((sum, line) => sum + line.usd, 0) /
      signals) *
    1e6;
  return [
    row([
      'per million signals, everyday mix *',
      ...scales.map((signals) => `${signals.toLocaleString('en-US')} a month`),
    ]),
    row(['---', ...scales.map(() => '---:')]),
    ...levers.map(([name, deployment]) =>
      row([name, ...scales.map((signals) => usd(perMillion(deployment, signals)))]),
    ),
  ];
};

const usd = (value: number): string =>
  value >= 100
    ? `$${value.toFixed(0)}`
    : value >= 1
      ? `$${value.toFixed(2)}`
      : value >= 0.01
        ? `$${value.toFixed(2)}`
        : value > 0
          ? '< $0.01'
          : '$0';

const figure = (value: number): string =>
  Number.isInteger(value) ? String(value) : value.toFixed(value < 1 ? 3 : 2);

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The per-webhook counts the cost is computed from, by kind and for the measured mix. */
const countsTable = (usage: MeasuredUsage): string[] => {
  const kinds = SIGNAL_KINDS.map((kind) => usage.kinds[kind]);
  const column = (of: (kind: KindUsage) => number): string[] => [
    ...kinds.map((kind) => figure(kind.webhooks === 0 ? 0 : of(kind) / kind.webhooks)),
    figure(perWebhook(usage, of)),
  ];
  const invocations = (name: string) => (kind: KindUsage) => kind.counts.invocations[name] ?? 0;
  const billed = (name: string) => (kind: KindUsage) =>
    (kind.counts.invocations[name] ?? 0) * Math.ceil(kind.timings[name]?.p50Ms ?? 0);
  const logBytes = (kind: KindUsage) =>
    Object.values(kind.logs).reduce((sum, volume) => sum + volume.bytes, 0);
  const dynamoRequests = (kind: KindUsage) =>
    Object.entries(kind.counts.requests)
      .filter(([name]) => name.startsWith('dynamodb.'))
      .reduce((sum, [, count]) => sum + count.calls, 0);
  return [
    row([
      'per webhook',
      ...kinds.map((kind, index) => `${SIGNAL_KINDS[index] ?? ''} (${kind.webhooks})`),
      'mix',
    ]),
    row(['---', ...kinds.map(() => '---:'), '---:']),
    row(['Lambda invocations: ingest', ...column(invocations('ingest'))]),
    row(['Lambda invocations: detect', ...column(invocations('detect'))]),
    row(['Lambda invocations: notify', ...column(invocations('notify'))]),
    row(['billed ms: ingest', ...column(billed('ingest'))]),
    row(['billed ms: detect', ...column(billed('detect'))]),
    row(['billed ms: notify', ...column(billed('notify'))]),
    row(['DynamoDB requests', ...column(dynamoRequests)]),
    row([
      'DynamoDB write units',
      ...column((kind) => requestsWhere(kind, 'dynamodb', 'writeUnits')),
    ]),
    row(['DynamoDB read units', ...column((kind) => requestsWhere(kind, 'dynamodb', 'readUnits'))]),
    row([
      'SQS requests by handlers',
      ...column((kind) => requestsWhere(kind, 'sqs', 'billedRequests')),
    ]),
    row(['SNS publishes', ...column((kind) => requestsWhere(kind, 'sns', 'billedRequests'))]),
    row([
      'Secrets Manager calls (cache warm)',
      ...column((kind) => requestsWhere(kind, 'secretsmanager', 'billedRequests')),
    ]),
    row(['SNS e-mail deliveries', ...column((kind) => kind.counts.deliveries.email)]),
    row(['SNS SMS deliveries (not priced)', ...column((kind) => kind.counts.deliveries.sms)]),
    row(['log bytes', ...column(logBytes)]),
  ];
};

/** The monthly cost at each scale, one row per service, with the total and $ per million. */
const costTable = (usage: MeasuredUsage, config: AdvocacyConfig): string[] => {
  const deployment = deploymentOf(config);
  const bills = SCALES.map((signals) => monthlyCost(usage, deployment, signals));
  const names = (bills[0] ?? []).map((line) => `${line.item}${line.measured ? '' : ' *'}`);
  const sum = (lines: readonly { usd: number }[]) =>
    lines.reduce((total, line) => total + line.usd, 0);
  const totals = bills.map(sum);
  const typical = SCALES.map((signals) =>
    sum(monthlyCost(usage, deployment, signals, TYPICAL_MIX)),
  );
  const perMillion = (values: readonly number[]) =>
    values.map((total, index) => `**${usd((total / (SCALES[index] ?? 1)) * 1e6)}**`);
  const shares = Object.entries(TYPICAL_MIX)
    .map(([kind, share]) => `${kind} ${(share * 100).toFixed(0)}%`)
    .join(', ');
  return [
    row(['a month', ...SCALES.map((signals) => `${signals.toLocaleString('en-US')} signals`)]),
    row(['---', ...SCALES.map(() => '---:')]),
    ...names.map((name, index) =>
      row([name, ...bills.map((lines) => usd(lines[index]?.usd ?? 0))]),
    ),
    row(['**total** (measured mix)', ...totals.map((total) => `**${usd(total)}**`)]),
    row(['**per million signals** (measured mix)', ...perMillion(totals)]),
    row([`total, everyday mix * (${shares})`, ...typical.map(usd)]),
    row(['**per million signals** (everyday mix *)', ...perMillion(typical)]),
  ];
};

/** The README's section body between its markers: both tables and the prices' date. */
const costSection = (usage: MeasuredUsage, config: AdvocacyConfig): string =>
  [
    `Prices: public us-east-1 on-demand prices checked ${CHECKED} (\`shared/cost/prices.ts\`, with each one's source), no free tiers subtracted. Counts: ${usage.measured}. \`*\` = assumed or counted from the configuration, not measured.`,
    '',
    ...countsTable(usage),
    '',
    ...costTable(usage, config),
    '',
    ...leversTable(usage, config),
  ].join('\n');

export { costSection, costTable, countsTable, deploymentOf, leversTable, SCALES };
