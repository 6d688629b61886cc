import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { ensureCasesTable } from '../../../../shared/cases/create-table.js';
import { TABLE_INDEXES } from '../../../../shared/cases/table.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();

describe('ensureCasesTable', () => {
  it('creates an on-demand table with the four GSIs, a new-and-old-images stream and TTL', async () => {
    // Act
    const table = await dynamo.freshTable();

    // Assess
    const { Table } = await dynamo.client().send(new DescribeTableCommand({ TableName: table }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(Table?.StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      TABLE_INDEXES.map((index) => index.name).sort(),
    );
    const ttl = await dynamo.client().send(new DescribeTimeToLiveCommand({ TableName: table }));
    expect(ttl.TimeToLiveDescription).toMatchObject({
      TimeToLiveStatus: 'ENABLED',
      AttributeName: 'expiresAt',
    });
  });

  it('leaves an existing table as it is when called again', async () => {
    // Prepare
    const table = await dynamo.freshTable();

    // Act
    await ensureCasesTable(dynamo.client(), table);

    // Assess
    const { Table } = await dynamo.client().send(new DescribeTableCommand({ TableName: table }));
    expect(Table?.TableStatus).toBe('ACTIVE');
  });
});
