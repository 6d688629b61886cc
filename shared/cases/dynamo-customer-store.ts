import {
  BatchGetCommand,
  BatchWriteCommand,
  GetCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { DependencyError } from '../errors.js';
import type { SignalCustomer } from '../sources/signal.js';
import type { CustomerStore } from './case-store.js';
import type { CustomerRecord } from './customer.js';
import { backoff, guarded } from './dynamo-errors.js';
import { customerFromItem, customerItem, type Item } from './dynamo-items.js';
import { keys } from './table.js';

interface DynamoCustomerStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Rounds of retrying unprocessed items (throttling) before a DependencyError. */
  readonly maxAttempts?: number;
}

/** BatchWriteItem takes at most 25 requests. */
const BATCH_WRITE_LIMIT = 25;

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
      const items = [...byKey.values()];
      for (let start = 0; start < items.length; start += BATCH_WRITE_LIMIT) {
        await this.#writeChunk(items.slice(start, start + BATCH_WRITE_LIMIT));
      }
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

  /** Writes one chunk, re-sending what DynamoDB left unprocessed (throttling) with backoff. */
  async #writeChunk(items: Item[]): Promise<void> {
    let requests = items.map((item) => ({ PutRequest: { Item: item } }));
    for (let attempt = 0; attempt < this.#maxAttempts; attempt++) {
      const { UnprocessedItems } = await this.#client.send(
        new BatchWriteCommand({ RequestItems: { [this.#tableName]: requests } }),
      );
      const left = UnprocessedItems?.[this.#tableName] ?? [];
      if (left.length === 0) return;
      requests = left.flatMap((request) =>
        request.PutRequest?.Item === undefined
          ? []
          : [{ PutRequest: { Item: request.PutRequest.Item } }],
      );
      await backoff(attempt, 50, 2000);
    }
    throw new DependencyError(`${requests.length} customer records left unprocessed after retries`);
  }
}

export { aliasKeys, candidateKeys, DynamoCustomerStore };
export type { DynamoCustomerStoreOptions };
