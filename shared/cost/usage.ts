/**
 * What a run of the local stack measured, as committed in `measured-usage.json` and recomputed
 * by test/integration/shared/cost/measured-usage.test.ts. `counts` are exact (the test demands
 * equality); `timings` and `logs` vary from run to run and are only checked loosely.
 */

/** One kind of AWS request the handlers made (`dynamodb.TransactWriteItems`, `sns.Publish`, ...). */
interface RequestCount {
  readonly calls: number;
  /** As billed: SQS and SNS count each 64 KB chunk of a request's payload. */
  readonly billedRequests: number;
  readonly readUnits: number;
  readonly writeUnits: number;
}

/** The SNS delivery protocols priced differently (SQS and Lambda deliveries are free). */
type DeliveryProtocol = 'email' | 'sms' | 'https' | 'sqs';

/** What the handlers asked of AWS and how often they ran, over a set of webhooks. */
interface UsageCounts {
  /** By `service.operation`, through the local AWS edge. */
  readonly requests: Readonly<Record<string, RequestCount>>;
  /** Handler invocations by function name. */
  readonly invocations: Readonly<Record<string, number>>;
  /** SNS deliveries by protocol of the subscriptions in the configuration. */
  readonly deliveries: Readonly<Record<DeliveryProtocol, number>>;
}

/** Handler wall-clock time per function over the measured invocations. */
interface FunctionTiming {
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly maxMs: number;
}

/** The JSON lines the handlers' loggers (and EMF metrics) wrote, by Powertools service name. */
interface LogVolume {
  readonly events: number;
  readonly bytes: number;
}

/** What a webhook turned out to be; each costs differently. */
type SignalKind = 'benign' | 'opening' | 'appending' | 'duplicate';

const SIGNAL_KINDS = ['benign', 'opening', 'appending', 'duplicate'] as const;

/** Everything one kind of webhook caused, over `webhooks` of them. */
interface KindUsage {
  readonly webhooks: number;
  readonly counts: UsageCounts;
  /** Handler time per function over this kind's invocations. */
  readonly timings: Readonly<Record<string, FunctionTiming>>;
  /** Log lines by Powertools service name. */
  readonly logs: Readonly<Record<string, LogVolume>>;
}

interface MeasuredUsage {
  /** When and where it was measured (a human note). */
  readonly measured: string;
  /** By kind of webhook: benign (opens nothing), opening a case, joining one, a platform retry. */
  readonly kinds: Readonly<Record<SignalKind, KindUsage>>;
  /** One escalation sweep with nothing due (it runs every `escalation.sweepMinutes`). */
  readonly sweep: Omit<KindUsage, 'webhooks'>;
  /**
   * GetSecretValue calls of a fresh ingest container over its first webhooks from five sources
   * (one per source; afterwards the cache answers for 5 minutes, and the scenario's webhooks
   * make none).
   */
  readonly secretReadsPerContainer: number;
}

export { SIGNAL_KINDS };
export type {
  DeliveryProtocol,
  KindUsage,
  SignalKind,
  FunctionTiming,
  LogVolume,
  MeasuredUsage,
  RequestCount,
  UsageCounts,
};
