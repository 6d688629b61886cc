import { BatchGetCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SignalCustomer } from '../sources/signal.js';
import type { CustomerStore } from './case-store.js';
import type { CustomerRecord } from './customer.js';
import { batchPut } from './dynamo-batch-put.js';
import { guarded } from './dynamo-errors.js';
import { customerFromItem, customerItem, type Item } from './dynamo-items.js';
import { keys } from './table.js';

interface DynamoCustomerStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Rounds of retrying unprocessed items (throttling) before a DependencyError. */
  readonly maxAttempts?: number;
}

/**
 * The identity keys a record is reachable by: its account and its customer id, in the form
 * `customerKey` builds them from a signal. A signal naming only one of them still finds the record.
 */
const aliasKeys = (record: CustomerRecord): string[] => [
  ...new Set([
    record.key,
    ...(record.accountId === undefined ? [] : [`account:${record.accountId}`]),
    ...(record.id === undefined ? [] : [`id:${record.id}`]),
  ]),
];

/** The keys to try for a signal's customer, in `customerKey`'s order of precedence. */
const candidateKeys = (customer: SignalCustomer): string[] => [
  ...(customer.accountId === undefined ? [] : [`account:${customer.accountId}`]),
  ...(customer.id === undefined ? [] : [`id:${customer.id}`]),
  ...(customer.email === undefined ? [] : [`email:${customer.email.toLowerCase()}`]),
];

/** Customer records in the cases table (`CUSTOMER#<key>` / `PROFILE`), one item per identity key. */
class DynamoCustomerStore implements CustomerStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #maxAttempts: number;

  constructor(options: DynamoCustomerStoreOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
    this.#maxAttempts = options.maxAttempts ?? 8;
  }

  putCustomers(records: readonly CustomerRecord[]): Promise<number> {
    return guarded('putCustomers', async () => {
      // One item per key: a later record for the same key replaces an earlier one.
      const byKey = new Map<string, Item>();
      for (const record of records) {
        for (const alias of aliasKeys(record)) byKey.set(alias, customerItem(alias, record));
      }
      await batchPut(this.#client, this.#tableName, [...byKey.values()], this.#maxAttempts);
      return records.length;
    });
  }

  getCustomer(key: string): Promise<CustomerRecord | undefined> {
    return guarded('getCustomer', async () => {
      const { Item: item } = await this.#client.send(
        new GetCommand({ TableName: this.#tableName, Key: keys.customer(key) }),
      );
      return item === undefined ? undefined : customerFromItem(item);
    });
  }

  findCustomer(customer: SignalCustomer): Promise<CustomerRecord | undefined> {
    return guarded('findCustomer', async () => {
      const candidates = candidateKeys(customer);
      if (candidates.length === 0) return undefined;
      const { Responses } = await this.#client.send(
        new BatchGetCommand({
          RequestItems: {
            [this.#tableName]: { Keys: candidates.map((key) => keys.customer(key)) },
          },
        }),
      );
      const found = new Map(
        (Responses?.[this.#tableName] ?? []).map((item) => [item.pk as string, item]),
      );
      const best = candidates
        .map((key) => found.get(keys.customer(key).pk))
        .find((item) => item !== undefined);
      return best === undefined ? undefined : customerFromItem(best);
    });
  }
}

export { aliasKeys, candidateKeys, DynamoCustomerStore };
export type { DynamoCustomerStoreOptions };
