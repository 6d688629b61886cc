import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/util-dynamodb';
import type { Page, QueueQuery } from './case-store.js';
import { caseFromItem, decodeCursor, encodeCursor, type Item } from './dynamo-items.js';
import type { AdvocacyCase } from './model.js';

interface QueryTarget {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

interface IndexQuery {
  readonly index: string;
  readonly keyCondition: string;
  readonly values: Record<string, NativeAttributeValue>;
  readonly names?: Record<string, string>;
  readonly filter?: string | undefined;
  readonly forward?: boolean;
}

// Sorts after every `#<caseId>` suffix, so `<instant>#<caseId> <= <now>#\uffff` means "at or before now".
const AFTER_ANY_SUFFIX = '#\uffff';

/**
 * Up to `limit` matching cases from one index partition. The filter applies after DynamoDB's
 * Limit, so this keeps querying with the remaining count until the page is full or the
 * partition is exhausted; the cursor is the last evaluated key.
 */
const queryPage = async (
  target: QueryTarget,
  query: IndexQuery,
  limit: number,
  cursor: string | undefined,
): Promise<Page<AdvocacyCase>> => {
  const items: AdvocacyCase[] = [];
  let startKey = decodeCursor(cursor);
  do {
    const page = await target.client.send(
      new QueryCommand({
        TableName: target.tableName,
        IndexName: query.index,
        KeyConditionExpression: query.keyCondition,
        ExpressionAttributeValues: query.values,
        ...(query.names === undefined ? {} : { ExpressionAttributeNames: query.names }),
        ...(query.filter === undefined ? {} : { FilterExpression: query.filter }),
        ScanIndexForward: query.forward ?? true,
        ExclusiveStartKey: startKey,
        Limit: limit - items.length,
      }),
    );
    items.push(...(page.Items ?? []).map(caseFromItem));
    startKey = page.LastEvaluatedKey as Item | undefined;
  } while (startKey !== undefined && items.length < limit);
  return { items, cursor: encodeCursor(startKey) };
};

/** Every matching case of one index partition, page after page. */
const queryAll = async (target: QueryTarget, query: IndexQuery): Promise<AdvocacyCase[]> => {
  const items: AdvocacyCase[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryPage(target, query, 500, cursor);
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return items;
};

const listQueue = (target: QueryTarget, query: QueueQuery): Promise<Page<AdvocacyCase>> =>
  queryPage(
    target,
    {
      index: 'queue',
      keyCondition: 'gsi1pk = :pk',
      values: {
        ':pk': `QUEUE#${query.tier}#${query.status ?? 'open'}`,
        ...(query.urgent === undefined ? {} : { ':urgent': query.urgent }),
      },
      filter: query.urgent === undefined ? undefined : 'urgent = :urgent',
    },
    query.limit,
    query.cursor,
  );

const listByCustomer = (
  target: QueryTarget,
  customerKey: string,
  limit: number,
  cursor: string | undefined,
): Promise<Page<AdvocacyCase>> =>
  queryPage(
    target,
    {
      index: 'customer',
      keyCondition: 'gsi2pk = :pk',
      values: { ':pk': `CUSTOMER#${customerKey}` },
      forward: false,
    },
    limit,
    cursor,
  );

const listDue = (target: QueryTarget, now: Date): Promise<AdvocacyCase[]> =>
  queryAll(target, {
    index: 'due',
    keyCondition: 'gsi3pk = :pk AND gsi3sk <= :now',
    values: { ':pk': 'DUE', ':now': `${now.toISOString()}${AFTER_ANY_SUFFIX}` },
  });

/** The months from `from` to `to` (inclusive), as `YYYY-MM`. */
const monthsBetween = (from: Date, to: Date): string[] => {
  const months: string[] = [];
  const cursor = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), 1));
  while (cursor <= to) {
    months.push(cursor.toISOString().slice(0, 7));
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
};

// `<openedAt>#<caseId>` BETWEEN <from> AND <to> holds exactly when from <= openedAt < to:
// an equal instant with its `#<caseId>` suffix sorts after the bare `to`.
const listOpenedBetween = async (
  target: QueryTarget,
  from: Date,
  to: Date,
): Promise<AdvocacyCase[]> => {
  const perMonth = await Promise.all(
    monthsBetween(from, to).map((yearMonth) =>
      queryAll(target, {
        index: 'month',
        keyCondition: 'gsi4pk = :pk AND gsi4sk BETWEEN :from AND :to',
        values: {
          ':pk': `MONTH#${yearMonth}`,
          ':from': from.toISOString(),
          ':to': to.toISOString(),
        },
      }),
    ),
  );
  return perMonth.flat();
};

export { listByCustomer, listDue, listOpenedBetween, listQueue, monthsBetween };
export type { QueryTarget };
