import { DynamoDBClient, PutItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { itemSize, writeUnitsOf } from '../../../../shared/cost/dynamodb-units.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();

// The meter prices transactions with itemSize, because DynamoDB Local's ConsumedCapacity for
// TransactWriteItems is off; for a single PutItem it is right, so it checks itemSize here, on
// items of every attribute type, just under and just over the 1 KB boundaries.
describe('itemSize against DynamoDB Local', () => {
  it.each([900, 1000, 1010, 1030, 2040, 2060, 3100])(
    'gives the units DynamoDB Local bills for a put of about %i bytes',
    async (target) => {
      // Prepare
      const table = await dynamo.freshTable();
      const client = new DynamoDBClient({
        region: 'us-east-1',
        endpoint: dynamo.endpoint(),
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      });
      const base: Record<string, AttributeValue> = {
        pk: { S: `size-${target}` },
        sk: { S: 'ITEM' },
        count: { N: '12345.678' },
        flag: { BOOL: true },
        none: { NULL: true },
        list: { L: [{ S: 'a' }, { N: '1' }] },
        map: { M: { nested: { S: 'value' }, n: { N: '-0.5' } } },
        tags: { SS: ['x', 'yz'] },
      };
      const item = { ...base, text: { S: 'x'.repeat(Math.max(0, target - itemSize(base) - 4)) } };

      // Act
      const { ConsumedCapacity } = await client.send(
        new PutItemCommand({ TableName: table, Item: item, ReturnConsumedCapacity: 'TOTAL' }),
      );
      client.destroy();

      // Assess
      expect(ConsumedCapacity?.CapacityUnits).toBe(writeUnitsOf(itemSize(item)));
    },
  );
});
