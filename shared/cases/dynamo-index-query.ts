import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { Item } from './dynamo-items.js';
import type { PagedPartition } from './dynamo-page-cursor.js';
import { tableIndex } from './table.js';

interface QueryTarget {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** A query of one index partition. */
interface IndexQuery extends PagedPartition {
  /** A condition on the index's sort key, e.g. `gsi3sk <= :now`. @default every item */
  readonly sortCondition?: string | undefined;
  /** The values the sort condition and the filter name. @default none */
  readonly values?: Record<string, NativeAttributeValue> | undefined;
  readonly filter?: string | undefined;
  readonly forward?: boolean;
}

/**
 * Up to `limit` matching raw items of one index partition after `start`. The filter applies
 * after DynamoDB's Limit, so this keeps querying with the remaining count until the page is full
 * or the partition is exhausted; `next` is the last evaluated key.
 */
const queryItems = async (
  target: QueryTarget,
  query: IndexQuery,
  start: Item | undefined,
  limit: number,
): Promise<{ items: Item[]; next: Item | undefined }> => {
  const { partitionKey } = tableIndex(query.index);
  const partitionCondition = `${partitionKey} = :partition`;
  const items: Item[] = [];
  let startKey = start;
  do {
    const page = await target.client.send(
      new QueryCommand({
        TableName: target.tableName,
        IndexName: query.index,
        KeyConditionExpression:
          query.sortCondition === undefined
            ? partitionCondition
            : `${partitionCondition} AND ${query.sortCondition}`,
        ExpressionAttributeValues: { ...query.values, ':partition': query.partition },
        ...(query.filter === undefined ? {} : { FilterExpression: query.filter }),
        ScanIndexForward: query.forward ?? true,
        ExclusiveStartKey: startKey,
        Limit: limit - items.length,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey as Item | undefined;
  } while (startKey !== undefined && items.length < limit);
  return { items, next: startKey };
};

export { queryItems };
export type { IndexQuery, QueryTarget };
