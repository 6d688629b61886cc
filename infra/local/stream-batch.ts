import { randomUUID } from 'node:crypto';
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import type { Invoke } from './functions.js';

/** The retry settings of a DynamoDB stream event source mapping (infra sets the same ones). */
interface StreamRetryPolicy {
  /** Retries of a failing batch before it goes to the on-failure destination. */
  readonly retryAttempts: number;
  /** Split a batch in two when the function throws (splits do not count as retries). */
  readonly bisectBatchOnError: boolean;
  /** First retry delay; doubles per retry up to `maxBackoffMs`. */
  readonly backoffMs: number;
  readonly maxBackoffMs: number;
}

interface BatchTarget {
  readonly invoke: Invoke;
  readonly policy: StreamRetryPolicy;
  readonly shardId: string;
  readonly streamArn: string;
  readonly functionArn: string;
  /** Receives the AWS on-failure record (batch metadata, no data) once retries are exhausted. */
  readonly sendToOnFailure: (message: string) => Promise<void>;
  readonly log: (line: string) => void;
  readonly stopped: () => boolean;
}

type Outcome =
  { readonly ok: true } | { readonly ok: false; readonly from: number; readonly thrown: boolean };

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

const sequenceOf = (record: DynamoDBRecord | undefined): string =>
  record?.dynamodb?.SequenceNumber ?? '';

/** Runs one invocation; with ReportBatchItemFailures the earliest failed record is where the retry resumes. */
const invokeOnce = async (
  target: BatchTarget,
  batch: readonly DynamoDBRecord[],
): Promise<Outcome> => {
  try {
    const result = (await target.invoke({
      Records: batch,
    })) as Partial<DynamoDBBatchResponse> | null;
    const failed = new Set((result?.batchItemFailures ?? []).map((item) => item.itemIdentifier));
    if (failed.size === 0) return { ok: true };
    const from = batch.findIndex((record) => failed.has(sequenceOf(record)));
    // An identifier that names no record of the batch makes Lambda retry the whole batch.
    return { ok: false, from: Math.max(0, from), thrown: false };
  } catch (error) {
    target.log(`notify failed: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, from: 0, thrown: true };
  }
};

/** The message Lambda sends to an on-failure destination of a DynamoDB stream mapping. */
const onFailureRecord = (
  target: BatchTarget,
  batch: readonly DynamoDBRecord[],
  invocations: number,
): string => {
  const arrival = (record: DynamoDBRecord | undefined): string =>
    new Date((record?.dynamodb?.ApproximateCreationDateTime ?? 0) * 1000).toISOString();
  return JSON.stringify({
    requestContext: {
      requestId: randomUUID(),
      functionArn: target.functionArn,
      condition: 'RetryAttemptsExhausted',
      approximateInvokeCount: invocations,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: new Date().toISOString(),
    DDBStreamBatchInfo: {
      shardId: target.shardId,
      startSequenceNumber: sequenceOf(batch[0]),
      endSequenceNumber: sequenceOf(batch.at(-1)),
      approximateArrivalOfFirstRecord: arrival(batch[0]),
      approximateArrivalOfLastRecord: arrival(batch[batch.length - 1]),
      batchSize: batch.length,
      streamArn: target.streamArn,
    },
  });
};

/**
 * Delivers one batch of a shard with the semantics of Lambda's stream mapping: in order; on a
 * partial failure, retry from the first failed record; on a thrown error, bisect (when enabled)
 * and retry each half; after `retryAttempts` retries, send the batch's metadata to the
 * on-failure destination and move on. Resolves when the shard may advance past the batch.
 */
const deliverBatch = async (
  target: BatchTarget,
  batch: readonly DynamoDBRecord[],
): Promise<void> => {
  let current = batch;
  let retries = 0;
  let invocations = 0;
  while (current.length > 0) {
    invocations += 1;
    const outcome = await invokeOnce(target, current);
    if (outcome.ok) return;
    if (outcome.thrown && target.policy.bisectBatchOnError && current.length > 1) {
      const half = Math.ceil(current.length / 2);
      await deliverBatch(target, current.slice(0, half));
      await deliverBatch(target, current.slice(half));
      return;
    }
    current = current.slice(outcome.from);
    if (retries >= target.policy.retryAttempts || target.stopped()) {
      if (target.stopped()) return;
      await target.sendToOnFailure(onFailureRecord(target, current, invocations));
      target.log(
        `notify gave up on ${current.length} stream record(s): batch info sent to the alerts failure queue`,
      );
      return;
    }
    await sleep(Math.min(target.policy.maxBackoffMs, target.policy.backoffMs * 2 ** retries));
    retries += 1;
  }
};

export { deliverBatch, sequenceOf };
export type { BatchTarget, StreamRetryPolicy };
