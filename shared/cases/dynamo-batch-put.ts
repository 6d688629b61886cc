import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DependencyError } from '../errors.js';
import { backoff } from './dynamo-errors.js';
import type { Item } from './dynamo-items.js';

/** BatchWriteItem takes at most 25 requests. */
const BATCH = 25;

/**
 * Unconditional puts in BatchWriteItem requests of up to 25, asking again (with backoff) for
 * what DynamoDB leaves unprocessed. A standard write: half the units of the same put inside a
 * transaction, for items whose repetition changes nothing.
 */
const batchPut = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  items: readonly Item[],
  attempts = 8,
): Promise<void> => {
  for (let start = 0; start < items.length; start += BATCH) {
    let pending = items.slice(start, start + BATCH).map((item) => ({ PutRequest: { Item: item } }));
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === attempts)
        throw new DependencyError(`DynamoDB left ${pending.length} puts unprocessed`);
      // Unprocessed items mean throttling: wait longer than a lost race would.
      if (attempt > 0) await backoff(attempt, 50, 2000);
      const { UnprocessedItems } = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
      );
      pending = (UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item === undefined
          ? []
          : [{ PutRequest: { Item: request.PutRequest.Item } }],
      );
    }
  }
};

export { batchPut };
