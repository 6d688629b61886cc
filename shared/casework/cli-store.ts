import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoDocumentClient } from '../aws/dynamodb.js';
import { DynamoCaseStore } from '../cases/dynamo-case-store.js';
import { ValidationError } from '../errors.js';

/** Where the `advocacy cases` and `advocacy review` commands find the cases table. */
interface TableOptions {
  readonly table: string;
  /** DynamoDB endpoint URL, or `aws` for the region's real endpoint. */
  readonly endpoint: string;
  readonly region: string;
}

/**
 * Opens the store for one command and closes the client afterwards. Validation errors are made
 * one readable line with every field (`invalid case action: summary: ...; successCriteria: ...`),
 * because the CLI prints only the message.
 */
const withCaseStore = async <T>(
  options: TableOptions,
  rawTextDays: number,
  use: (store: DynamoCaseStore) => Promise<T>,
): Promise<T> => {
  const endpoint = options.endpoint === 'aws' ? undefined : options.endpoint;
  const client: DynamoDBDocumentClient = createDynamoDocumentClient({
    region: options.region,
    endpoint,
  });
  try {
    return await use(new DynamoCaseStore({ client, tableName: options.table, rawTextDays }));
  } catch (error) {
    if (error instanceof ValidationError && error.issues.length > 0) {
      const issues = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      throw new ValidationError(`${error.message}: ${issues}`, error.issues);
    }
    throw error;
  } finally {
    client.destroy();
  }
};

export { withCaseStore };
export type { TableOptions };
