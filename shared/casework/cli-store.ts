import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { endpointOf, type TableTarget } from '../aws/client-options.js';
import { createDynamoDocumentClient } from '../aws/dynamodb.js';
import type { Retention } from '../cases/case-store.js';
import { DynamoCaseStore } from '../cases/dynamo-case-store.js';
import { ValidationError } from '../errors.js';

/** Where the `advocacy cases` and `advocacy review` commands find the cases table. */
type TableOptions = TableTarget;

/**
 * Opens the store for one command and closes the client afterwards. Validation errors are made
 * one readable line with every field (`invalid case action: summary: ...; successCriteria: ...`),
 * because the CLI prints only the message.
 */
const withCaseStore = async <T>(
  options: TableOptions,
  retention: Retention,
  use: (store: DynamoCaseStore) => Promise<T>,
): Promise<T> => {
  const endpoint = endpointOf(options);
  const client: DynamoDBDocumentClient = createDynamoDocumentClient({
    region: options.region,
    endpoint,
  });
  try {
    return await use(new DynamoCaseStore({ client, tableName: options.table, retention }));
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
