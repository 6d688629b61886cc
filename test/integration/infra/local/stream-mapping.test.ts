// The local stream mapping on DynamoDB Local: with a parallelization factor, batches of different
// partition keys are delivered side by side and each key's records in the order they were written.
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createStreamsClient } from '../../../../infra/local/aws-clients.js';
import { startStreamMapping } from '../../../../infra/local/stream-mapping.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';
import { eventually, sleep } from '../../../helpers/local-stack.js';

const dynamo = useDynamoDbLocal();

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'];
const PER_KEY = 5;

describe('the local DynamoDB stream mapping', () => {
  it('delivers partition keys side by side, each key in order', async () => {
    // Prepare: PER_KEY items per partition key, written one round after another.
    const table = await dynamo.freshTable();
    for (let index = 0; index < PER_KEY; index += 1)
      for (const key of KEYS)
        await dynamo
          .client()
          .send(new PutCommand({ TableName: table, Item: { pk: key, sk: `${index}` } }));
    const { Table } = await dynamo.client().send(new DescribeTableCommand({ TableName: table }));
    const streams = createStreamsClient({ region: 'us-east-1', endpoint: dynamo.endpoint() });
    const seen: string[] = [];
    let inFlight = 0;
    let widest = 0;
    const consumer = async (event: unknown): Promise<unknown> => {
      inFlight += 1;
      widest = Math.max(widest, inFlight);
      await sleep(100);
      for (const record of (event as DynamoDBStreamEvent).Records)
        seen.push(`${record.dynamodb?.Keys?.pk?.S}${record.dynamodb?.Keys?.sk?.S}`);
      inFlight -= 1;
      return { batchItemFailures: [] };
    };

    // Act
    const mapping = await startStreamMapping({
      streams,
      streamArn: Table?.LatestStreamArn ?? '',
      region: 'us-east-1',
      target: () => consumer,
      policy: { retryAttempts: 0, bisectBatchOnError: false, backoffMs: 10, maxBackoffMs: 10 },
      startingPosition: 'TRIM_HORIZON',
      batchSize: 2,
      parallelizationFactor: 3,
      partitionKey: 'pk',
      filters: [],
      sendToOnFailure: () => Promise.resolve(),
      log: () => undefined,
    });
    try {
      await eventually(
        () => (seen.length === KEYS.length * PER_KEY ? true : undefined),
        20_000,
        'every record',
      );
    } finally {
      await mapping.stop();
      streams.destroy();
    }

    // Assess
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThanOrEqual(3);
    for (const key of KEYS) {
      const order = Array.from({ length: PER_KEY }, (_, index) => `${key}${index}`);
      expect(seen.filter((item) => item.startsWith(key))).toEqual(order);
    }
  });
});
