import { ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { guarded, isConditionalCheckFailed } from './dynamo-errors.js';
import type { Item } from './dynamo-items.js';
import { assessmentUpgrade, type ItemUpgrade } from './item-upgrades.js';
import { ENTITIES } from './model.js';
import { TTL_ATTRIBUTE } from './table.js';

interface UpgradeReport {
  readonly scanned: number;
  readonly upgraded: number;
}

const updateOf = (tableName: string, item: Item, upgrade: ItemUpgrade): UpdateCommand => {
  const { expiresAt, leaveMonthIndex } = upgrade;
  const clauses = [
    ...(expiresAt === undefined ? [] : ['SET #ttl = :expiresAt']),
    ...(leaveMonthIndex ? ['REMOVE gsi4pk, gsi4sk'] : []),
  ];
  return new UpdateCommand({
    TableName: tableName,
    Key: { pk: item.pk, sk: item.sk },
    UpdateExpression: clauses.join(' '),
    // Never recreate an item TTL removed meanwhile; never give an expiry to one a case took.
    ...(expiresAt === undefined
      ? { ConditionExpression: 'attribute_exists(pk)' }
      : {
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(caseId)',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: { ':expiresAt': expiresAt },
        }),
  });
};

/** Sends one upgrade; false when its condition failed (the item changed meanwhile). */
const applied = async (client: DynamoDBDocumentClient, update: UpdateCommand): Promise<boolean> => {
  try {
    await client.send(update);
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
};

/**
 * Reads the whole table once (a Scan: about one read unit per 8 KB) and brings every assessment
 * an earlier version wrote up to date (see item-upgrades.ts). Safe to run again: an item already
 * upgraded needs nothing. With `dryRun`, counts what it would change and writes nothing.
 */
const upgradeItems = (
  client: DynamoDBDocumentClient,
  tableName: string,
  options: { readonly assessmentDays: number; readonly dryRun: boolean },
): Promise<UpgradeReport> =>
  guarded('item upgrade', async () => {
    let scanned = 0;
    let upgraded = 0;
    let startKey: Item | undefined;
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: tableName,
          FilterExpression: 'entity = :assessment',
          ExpressionAttributeValues: { ':assessment': ENTITIES.assessment },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        scanned += 1;
        const upgrade = assessmentUpgrade(item, options.assessmentDays);
        if (upgrade === undefined) continue;
        if (options.dryRun || (await applied(client, updateOf(tableName, item, upgrade)))) {
          upgraded += 1;
        }
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return { scanned, upgraded };
  });

export { upgradeItems };
export type { UpgradeReport };
