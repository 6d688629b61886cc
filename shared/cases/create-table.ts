import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DependencyError } from '../errors.js';
import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from './table.js';

const indexDefinition = (index: (typeof TABLE_INDEXES)[number]) => ({
  IndexName: index.name,
  KeySchema: [
    { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
    { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
  ],
  Projection: { ProjectionType: 'ALL' as const },
});

/**
 * The CreateTable input of the cases table, built from table.ts: on-demand, string keys, the
 * GSIs with ALL projection, and a stream with new and old images (the alerting outbox). CDK builds
 * the deployed table from the same constants; PITR and KMS encryption are set there, since
 * DynamoDB Local ignores both.
 */
const casesTableDefinition = (tableName: string): CreateTableCommandInput => {
  const attributes = [
    TABLE_KEYS.partitionKey,
    TABLE_KEYS.sortKey,
    ...TABLE_INDEXES.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_INDEXES.map(indexDefinition),
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
};

/** The table's status, counting it ACTIVE only once every index is too; undefined when absent. */
const tableStatus = async (
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<string | undefined> => {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every(
      (index) => index.IndexStatus === undefined || index.IndexStatus === 'ACTIVE',
    );
    return indexesReady ? (Table?.TableStatus ?? 'CREATING') : 'UPDATING';
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
};

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/**
 * Adds the indexes a table made by an older version lacks (the local stack keeps its data
 * between runs), one per UpdateTable call as DynamoDB requires.
 */
const addMissingIndexes = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  waitActive: () => Promise<void>,
): Promise<void> => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of TABLE_INDEXES.filter((candidate) => !present.has(candidate.name))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [index.partitionKey, index.sortKey].map((name) => ({
          AttributeName: name,
          AttributeType: 'S',
        })),
        GlobalSecondaryIndexUpdates: [{ Create: indexDefinition(index) }],
      }),
    );
    await waitActive();
  }
};

/**
 * Creates the cases table when it does not exist (or adds the indexes it lacks), waits until it
 * is ACTIVE and enables TTL on `expiresAt`. Safe to call on every start of the local stack and
 * from every test suite.
 */
const ensureCasesTable = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  timeoutMs = 60_000,
): Promise<void> => {
  if ((await tableStatus(client, tableName)) === undefined) {
    try {
      await client.send(new CreateTableCommand(casesTableDefinition(tableName)));
    } catch (error) {
      // Another process created it between our describe and create: just wait for it below.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  const waitActive = async (): Promise<void> => {
    while ((await tableStatus(client, tableName)) !== 'ACTIVE') {
      if (Date.now() > deadline)
        throw new DependencyError(`table ${tableName} is not ACTIVE after ${timeoutMs} ms`);
      await sleep(100);
    }
  };
  await waitActive();
  await addMissingIndexes(client, tableName, waitActive);
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
  }
};

export { casesTableDefinition, ensureCasesTable };
