// The local signals-queue mapping on fauxqs: batches of different message groups run in
// parallel up to the maximum concurrency, a group's messages in the order they were sent.
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { startSqsMapping } from '../../../../infra/local/sqs-mapping.js';
import { eventually, sleep } from '../../../helpers/local-stack.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';

const fauxqs = useFauxqs();

const GROUPS = ['a', 'b', 'c', 'd', 'e', 'f'];
const PER_GROUP = 4;

/** Sends PER_GROUP numbered messages to each group, in order. */
const sendAll = async (queueUrl: string): Promise<void> => {
  for (let index = 0; index < PER_GROUP; index += 1) {
    await fauxqs.sqs().send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: GROUPS.map((group) => ({
          Id: `${group}${index}`,
          MessageBody: `${group}${index}`,
          MessageGroupId: group,
          MessageDeduplicationId: `${group}${index}`,
        })),
      }),
    );
  }
};

describe('the local SQS FIFO mapping', () => {
  it('runs groups in parallel up to the maximum concurrency, each group in order', async () => {
    // Prepare: a consumer that takes 150 ms per batch and records what it saw.
    const queueUrl = await fauxqs.createQueue(`order-${Date.now()}.fifo`);
    await sendAll(queueUrl);
    const seen: string[] = [];
    let inFlight = 0;
    let widest = 0;
    const consumer = async (event: unknown): Promise<unknown> => {
      inFlight += 1;
      widest = Math.max(widest, inFlight);
      await sleep(150);
      seen.push(...(event as SQSEvent).Records.map((record) => record.body));
      inFlight -= 1;
      return { batchItemFailures: [] };
    };

    // Act
    const mapping = startSqsMapping({
      sqs: fauxqs.sqs(),
      queueUrl,
      queueArn: 'arn:aws:sqs:us-east-1:000000000000:order.fifo',
      region: 'us-east-1',
      target: () => consumer,
      batchSize: 1,
      maxConcurrency: 3,
      log: () => undefined,
    });
    try {
      await eventually(
        () => (seen.length === GROUPS.length * PER_GROUP ? true : undefined),
        20_000,
        'every message',
      );
    } finally {
      await mapping.stop();
    }

    // Assess
    expect(widest).toBe(3);
    for (const group of GROUPS) {
      const order = Array.from({ length: PER_GROUP }, (_, index) => `${group}${index}`);
      expect(seen.filter((body) => body.startsWith(group))).toEqual(order);
    }
    expect(mapping.stats().invocations).toBe(GROUPS.length * PER_GROUP);
  });
});
