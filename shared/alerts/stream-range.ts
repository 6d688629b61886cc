import {
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ResourceNotFoundException,
  TrimmedDataAccessException,
  type DynamoDBStreamsClient,
} from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StreamBatchInfo } from './stream-failure.js';

/** A page limit: a failed batch holds at most 10,000 records (the mapping's maximum batch size). */
const MAX_PAGES = 1000;

/**
 * The items inserted by the stream records of a failed batch, re-read from the stream while it
 * still retains them (24 hours). Returns undefined when the range is gone (trimmed, expired, or
 * the stream replaced), so the caller can reconcile from the table instead.
 */
const readStreamRange = async (
  client: DynamoDBStreamsClient,
  batch: StreamBatchInfo,
): Promise<Record<string, unknown>[] | undefined> => {
  const end = BigInt(batch.endSequenceNumber);
  const items: Record<string, unknown>[] = [];
  try {
    const start = await client.send(
      new GetShardIteratorCommand({
        StreamArn: batch.streamArn,
        ShardId: batch.shardId,
        ShardIteratorType: 'AT_SEQUENCE_NUMBER',
        SequenceNumber: batch.startSequenceNumber,
      }),
    );
    let iterator = start.ShardIterator;
    for (let page = 0; iterator !== undefined && page < MAX_PAGES; page += 1) {
      const result = await client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      const records = result.Records ?? [];
      for (const record of records) {
        if (BigInt(record.dynamodb?.SequenceNumber ?? '0') > end) return items;
        const image = record.dynamodb?.NewImage;
        if (record.eventName === 'INSERT' && image !== undefined) {
          items.push(unmarshall(image));
        }
      }
      if (records.length === 0) return items;
      iterator = result.NextShardIterator;
    }
    return items;
  } catch (error) {
    if (
      error instanceof TrimmedDataAccessException ||
      error instanceof ExpiredIteratorException ||
      error instanceof ResourceNotFoundException
    ) {
      return undefined;
    }
    throw error;
  }
};

export { readStreamRange };
