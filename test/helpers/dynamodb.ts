import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import {
  startDynamoDbLocal,
  type DynamoDbLocal,
} from '../../infra/local/emulators/dynamodb-local.js';
import { createDynamoDocumentClient } from '../../shared/aws/dynamodb.js';
import { ensureCasesTable } from '../../shared/cases/create-table.js';

interface DynamoTestContext {
  /** DynamoDB Local's URL, once `beforeAll` has run. */
  readonly endpoint: () => string;
  /** A document client pointed at DynamoDB Local. */
  readonly client: () => DynamoDBDocumentClient;
  /** Creates a fresh, empty cases table and returns its name; dropped in `afterAll`. */
  readonly freshTable: () => Promise<string>;
}

/**
 * Starts DynamoDB Local once for the calling test file (beforeAll) and stops it afterwards,
 * leaving no java process. Suites call `freshTable()` so no test sees another's items.
 */
const useDynamoDbLocal = (): DynamoTestContext => {
  let emulator: DynamoDbLocal | undefined;
  let client: DynamoDBDocumentClient | undefined;
  const tables: string[] = [];

  beforeAll(async () => {
    emulator = await startDynamoDbLocal();
    client = createDynamoDocumentClient({ region: 'us-east-1', endpoint: emulator.endpoint });
  });

  afterAll(async () => {
    if (client !== undefined) {
      for (const table of tables.splice(0)) {
        await client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
      }
      client.destroy();
    }
    await emulator?.stop();
  });

  const ready = (): { emulator: DynamoDbLocal; client: DynamoDBDocumentClient } => {
    if (emulator === undefined || client === undefined)
      throw new Error('DynamoDB Local is not started: call useDynamoDbLocal() at the top level');
    return { emulator, client };
  };

  return {
    endpoint: () => ready().emulator.endpoint,
    client: () => ready().client,
    freshTable: async () => {
      const name = `cases-${randomUUID().slice(0, 8)}`;
      await ensureCasesTable(ready().client, name);
      tables.push(name);
      return name;
    },
  };
};

export { useDynamoDbLocal };
export type { DynamoTestContext };
