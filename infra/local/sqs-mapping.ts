import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Invoke } from './functions.js';

interface SqsMappingOptions {
  readonly sqs: SQSClient;
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly region: string;
  /** The consumer, looked up on every batch so a function that lands later is picked up. */
  readonly target: () => Invoke | undefined;
  /** Messages per invocation (Lambda's batch size). */
  readonly batchSize: number;
  /** Batches in flight at most (the mapping's maximum concurrency): one poller each. */
  readonly maxConcurrency: number;
  readonly log: (line: string) => void;
}

interface SqsMapping {
  /** Invocations so far, and records reported failed by the consumer or lost to a throw. */
  readonly stats: () => { readonly invocations: number; readonly failedRecords: number };
  stop(): Promise<void>;
}

const toRecord = (message: Message, options: SqsMappingOptions): SQSRecord => {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId ?? '',
    receiptHandle: message.ReceiptHandle ?? '',
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? '000000000000',
      ApproximateFirstReceiveTimestamp:
        attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
      ...(attributes.SequenceNumber === undefined
        ? {}
        : { SequenceNumber: attributes.SequenceNumber }),
      ...(attributes.MessageGroupId === undefined
        ? {}
        : { MessageGroupId: attributes.MessageGroupId }),
      ...(attributes.MessageDeduplicationId === undefined
        ? {}
        : { MessageDeduplicationId: attributes.MessageDeduplicationId }),
    },
    messageAttributes: {},
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: options.queueArn,
    awsRegion: options.region,
  };
};

const failedIds = (result: unknown): Set<string> => {
  const failures = (result as Partial<SQSBatchResponse> | null)?.batchItemFailures ?? [];
  return new Set(failures.map((failure) => failure.itemIdentifier));
};

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/**
 * Emulates Lambda's SQS event source mapping with ReportBatchItemFailures: long-poll, invoke
 * with up to `batchSize` records, delete what succeeded. Failed records are left alone, so they
 * become visible again after the queue's visibility timeout and the queue's redrive policy moves
 * them to the DLQ after maxReceiveCount receives, exactly as in AWS. A consumer that throws
 * fails the whole batch. `maxConcurrency` pollers run side by side, so batches of different
 * message groups are processed in parallel; a group's order is kept by the FIFO queue itself,
 * which hands out nothing more of a group while one of its messages is in flight. (fauxqs returns
 * at most one message per group per receive, so batches mix customers.)
 */
const startSqsMapping = (options: SqsMappingOptions): SqsMapping => {
  const abort = new AbortController();
  // A function, not the property: TypeScript would narrow a re-read property inside the loops.
  const aborted = (): boolean => abort.signal.aborted;
  let invocations = 0;
  let failedRecords = 0;
  let lastError = '';

  const pollOnce = async (): Promise<void> => {
    const invoke = options.target();
    if (invoke === undefined) {
      await sleep(1000);
      return;
    }
    const { Messages = [] } = await options.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: options.batchSize,
        WaitTimeSeconds: 2,
        MessageSystemAttributeNames: ['All'],
        MessageAttributeNames: ['All'],
      }),
      { abortSignal: abort.signal },
    );
    if (Messages.length === 0) return;
    const records = Messages.map((message) => toRecord(message, options));
    invocations += 1;
    let failed: Set<string>;
    try {
      failed = failedIds(await invoke({ Records: records } satisfies SQSEvent));
    } catch (error) {
      options.log(
        `detect failed a batch: ${error instanceof Error ? error.message : String(error)}`,
      );
      failed = new Set(records.map((record) => record.messageId));
    }
    failedRecords += failed.size;
    const done = records.filter((record) => !failed.has(record.messageId));
    if (done.length === 0) return;
    await options.sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: options.queueUrl,
        Entries: done.map((record, index) => ({
          Id: String(index),
          ReceiptHandle: record.receiptHandle,
        })),
      }),
    );
  };

  const loop = async (): Promise<void> => {
    while (!aborted()) {
      try {
        await pollOnce();
        lastError = '';
      } catch (error) {
        if (aborted()) return;
        const message = error instanceof Error ? error.message : String(error);
        if (message !== lastError) options.log(`signals queue poller: ${message}`);
        lastError = message;
        await sleep(500);
      }
    }
  };

  const pollers = Array.from({ length: options.maxConcurrency }, () => loop());
  return {
    stats: () => ({ invocations, failedRecords }),
    stop: async () => {
      abort.abort();
      await Promise.all(pollers);
    },
  };
};

export { startSqsMapping };
export type { SqsMapping, SqsMappingOptions };
