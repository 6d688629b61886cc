import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page, QueueQuery } from './case-store.js';
import { directCustomerKeys, normalizeIdentity } from './customer-identity.js';
import { queryItems, type IndexQuery, type QueryTarget } from './dynamo-index-query.js';
import { caseFromItem, type Item } from './dynamo-items.js';
import { queryMerged } from './dynamo-merged-pages.js';
import type { AdvocacyCase } from './model.js';
import { keys } from './table.js';

// Sorts after every `#<caseId>` suffix, so `<instant>#<caseId> <= <now>#\uffff` means "at or before now".
const AFTER_ANY_SUFFIX = '#\uffff';

/** Every matching case of one index partition, page after page. */
const queryAll = async (target: QueryTarget, query: IndexQuery): Promise<AdvocacyCase[]> => {
  const cases: AdvocacyCase[] = [];
  let start: Item | undefined;
  do {
    const page = await queryItems(target, query, start, 500);
    cases.push(...page.items.map(caseFromItem));
    start = page.next;
  } while (start !== undefined);
  return cases;
};

/** A tier's own cases and those escalated to it, oldest first. */
const listQueue = (target: QueryTarget, query: QueueQuery): Promise<Page<AdvocacyCase>> => {
  const partition = `QUEUE#${query.tier}#${query.status ?? 'open'}`;
  const urgency =
    query.urgent === undefined
      ? {}
      : { values: { ':urgent': query.urgent }, filter: 'urgent = :urgent' };
  return queryMerged(
    target,
    [
      { index: 'queue', partition, ...urgency },
      { index: 'escalated', partition, ...urgency },
    ],
    query.limit,
    query.cursor,
  );
};

/** The cases of one or more customer keys, newest first. */
const listByCustomerKeys = (
  target: QueryTarget,
  customerKeys: readonly string[],
  limit: number,
  cursor: string | undefined,
): Promise<Page<AdvocacyCase>> =>
  queryMerged(
    target,
    customerKeys.map((key) => ({
      index: 'customer' as const,
      partition: `CUSTOMER#${key}`,
      forward: false,
    })),
    limit,
    cursor,
  );

/**
 * The customer keys a search term may mean: every customer a signal named by that id, e-mail,
 * account id or name (the identity items), plus the term read as a key itself. Sorted, so the
 * same term always yields the same list (the merged cursor relies on it).
 */
const findCustomerKeys = async (target: QueryTarget, term: string): Promise<string[]> => {
  const { pk } = keys.identity(normalizeIdentity(term), '');
  const found: string[] = [];
  let startKey: Item | undefined;
  do {
    const page = await target.client.send(
      new QueryCommand({
        TableName: target.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ExclusiveStartKey: startKey,
      }),
    );
    found.push(...(page.Items ?? []).map((item) => item.sk as string));
    startKey = page.LastEvaluatedKey as Item | undefined;
  } while (startKey !== undefined);
  return [...new Set([...found, ...directCustomerKeys(term)])].sort();
};

const listDue = (target: QueryTarget, now: Date): Promise<AdvocacyCase[]> =>
  queryAll(target, {
    index: 'due',
    partition: 'DUE',
    sortCondition: 'gsi3sk <= :now',
    values: { ':now': `${now.toISOString()}${AFTER_ANY_SUFFIX}` },
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
        partition: `MONTH#${yearMonth}`,
        sortCondition: 'gsi4sk BETWEEN :from AND :to',
        values: { ':from': from.toISOString(), ':to': to.toISOString() },
      }),
    ),
  );
  return perMonth.flat();
};

export {
  findCustomerKeys,
  listByCustomerKeys,
  listDue,
  listOpenedBetween,
  listQueue,
  monthsBetween,
};
