import { createDynamoDocumentClient } from '../aws/dynamodb.js';
import { randomUUID } from 'node:crypto';
import {
  BatchGetCommand,
  GetCommand,
  type BatchGetCommandOutput,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { ConflictError, DependencyError, NotFoundError } from '../errors.js';
import { customerKey, signalId } from '../sources/signal.js';
import { applyCaseAction, type CaseChange } from './lifecycle.js';
import type { CaseAction } from './actions.js';
import type {
  CaseDetails,
  CaseStore,
  PageRequest,
  QueueQuery,
  RecordSignalResult,
  Retention,
  SignalText,
  SignalTextReader,
} from './case-store.js';
import * as queries from './dynamo-case-queries.js';
import {
  backoff,
  cancellationCodes,
  guarded,
  isConditionalCheckFailed,
  lostRace,
} from './dynamo-errors.js';
import { batchPut } from './dynamo-batch-put.js';
import { caseWrites, type CaseWrites, type TransactItem } from './dynamo-case-writes.js';
import {
  caseFromItem,
  eventFromItem,
  signalFromItem,
  signalTextFromItem,
  type Item,
} from './dynamo-items.js';
import { appendSignal, openCase, toCaseSignal, type SignalFacts } from './intake.js';
import { ENTITIES, type AdvocacyCase } from './model.js';
import { keys } from './table.js';

interface DynamoCaseStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** How long raw text and caseless assessments are kept (config.retention). */
  readonly retention: Retention;
  /** Attempts when concurrent writers race for the same case; then a DependencyError. */
  readonly maxAttempts?: number;
  /** Makes a new case's id; a link accepts only this shape (actions.ts). @default randomUUID */
  readonly newCaseId?: () => string;
}

/**
 * The CaseStore on one DynamoDB table (see table.ts). Every change is one TransactWriteItems
 * whose conditions carry the invariants: the assessment item is the idempotency key of a
 * source event, the customer's OPEN slot admits one active case, and the case version makes
 * concurrent changes retry instead of overwriting each other.
 */
class DynamoCaseStore implements CaseStore, SignalTextReader {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #retention: Retention;
  readonly #maxAttempts: number;
  readonly #newCaseId: () => string;
  readonly #writes: CaseWrites;

  constructor(options: DynamoCaseStoreOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
    this.#retention = options.retention;
    this.#maxAttempts = options.maxAttempts ?? 20;
    this.#newCaseId = options.newCaseId ?? randomUUID;
    this.#writes = caseWrites(options.tableName);
  }

  recordSignal(facts: SignalFacts): Promise<RecordSignalResult> {
    return guarded('recordSignal', async () => {
      const id = signalId(facts.signal);
      // No read of the assessment first: the transaction's condition on it tells a redelivery,
      // and one request less per signal is a fifth of detect's requests.
      if (!facts.assessment.openCase) return this.#recordAssessment(facts, id);
      // Identities (by key: one customer, so one per term) an earlier attempt wrote stay written.
      const written = new Set<string>();
      for (let attempt = 0; attempt < this.#maxAttempts; attempt++) {
        const planned = await this.#planCaseChange(facts);
        // Before the transaction: an identity pointing at the customer's key is true whether
        // or not this change commits, and a redelivery writes it again.
        const identities = planned.identities.filter((item) => !written.has(String(item.pk)));
        await batchPut(this.#client, this.#tableName, identities);
        for (const item of identities) written.add(String(item.pk));
        try {
          await this.#transact([
            ...this.#writes.assessment(facts, planned.case.id, this.#retention),
            ...planned.items,
          ]);
          return { outcome: planned.outcome, case: planned.case, event: planned.event };
        } catch (error) {
          const codes = cancellationCodes(error);
          if (codes === undefined || !lostRace(codes)) throw error;
          // The assessment is item 0: its condition failing means this event is already recorded.
          if (codes[0] === 'ConditionalCheckFailed') return this.#duplicate(id);
          await backoff(attempt);
        }
      }
      throw new DependencyError(`signal ${id}: too many concurrent changes to the customer's case`);
    });
  }

  /**
   * A signal that opens nothing: two plain puts instead of a transaction, which DynamoDB bills
   * double (2 write units per KB instead of 1: 2 units instead of 4, for most signals). The
   * text goes first and unconditionally, so a crash between the two leaves at most a text that
   * its redelivery rewrites (or TTL removes); the assessment's condition still tells a
   * redelivery.
   */
  async #recordAssessment(facts: SignalFacts, id: string): Promise<RecordSignalResult> {
    const [assessment, text] = this.#writes.assessment(facts, undefined, this.#retention);
    if (assessment?.Put === undefined || text?.Put === undefined)
      throw new Error('an assessment is written as two puts');
    await this.#client.send(new PutCommand(text.Put));
    try {
      await this.#client.send(new PutCommand(assessment.Put));
      return { outcome: 'recorded' };
    } catch (error) {
      if (isConditionalCheckFailed(error)) return this.#duplicate(id);
      throw error;
    }
  }

  async #duplicate(id: string): Promise<RecordSignalResult> {
    const existing = await this.#get(keys.assessment(id));
    return { outcome: 'duplicate', caseId: existing?.caseId as string | undefined };
  }

  getCase(caseId: string): Promise<CaseDetails> {
    return guarded('getCase', async () => {
      const items = await this.#partition(keys.case(caseId).pk);
      const found = items.find((item) => item.entity === ENTITIES.case);
      if (found === undefined) throw new NotFoundError(`case ${caseId} not found`);
      return {
        case: caseFromItem(found),
        events: items.filter((item) => item.entity === ENTITIES.caseEvent).map(eventFromItem),
        signals: items.filter((item) => item.entity === ENTITIES.caseSignal).map(signalFromItem),
      };
    });
  }

  applyAction(
    caseId: string,
    expectedVersion: number | undefined,
    action: CaseAction,
    now: Date,
  ): Promise<CaseChange> {
    return guarded('applyAction', async () => {
      for (let attempt = 0; attempt < this.#maxAttempts; attempt++) {
        const current = await this.#getCase(caseId);
        if (current === undefined) throw new NotFoundError(`case ${caseId} not found`);
        if (expectedVersion !== undefined && expectedVersion !== current.version) {
          throw new ConflictError(
            `case ${caseId} changed: version ${expectedVersion} expected, current is ${current.version}`,
            { currentVersion: current.version },
          );
        }
        const change = applyCaseAction(current, action, now);
        const closing = change.case.status === 'closed';
        const items: TransactItem[] = [
          ...this.#writes.caseChange(change, current.version),
          ...(closing ? this.#writes.close(change.case) : []),
        ];
        try {
          await this.#transact(items);
          return change;
        } catch (error) {
          const codes = cancellationCodes(error);
          if (codes === undefined || !lostRace(codes)) throw error;
          await backoff(attempt);
        }
      }
      throw new DependencyError(`case ${caseId}: too many concurrent changes`);
    });
  }

  listQueue(query: QueueQuery) {
    return guarded('listQueue', () => queries.listQueue(this.#target(), query));
  }

  listByCustomer(key: string, page: PageRequest) {
    return this.listByCustomerKeys([key], page);
  }

  listByCustomerKeys(customerKeys: readonly string[], page: PageRequest) {
    return guarded('listByCustomer', () =>
      queries.listByCustomerKeys(this.#target(), customerKeys, page.limit, page.cursor),
    );
  }

  findCustomerKeys(term: string) {
    return guarded('findCustomerKeys', () => queries.findCustomerKeys(this.#target(), term));
  }

  getSignalTexts(signalIds: readonly string[]): Promise<SignalText[]> {
    return guarded('getSignalTexts', async () => {
      const texts: SignalText[] = [];
      // BatchGetItem takes at most 100 keys; a case rarely has more signals than that.
      for (let start = 0; start < signalIds.length; start += 100) {
        const wanted = signalIds.slice(start, start + 100).map((id) => keys.assessmentText(id));
        texts.push(...(await this.#batchGet(wanted, false)).map(signalTextFromItem));
      }
      return texts;
    });
  }

  listDue(now: Date) {
    return guarded('listDue', () => queries.listDue(this.#target(), now));
  }

  listOpenedBetween(from: Date, to: Date) {
    return guarded('listOpenedBetween', () => queries.listOpenedBetween(this.#target(), from, to));
  }

  /**
   * Decides open or append from the customer's OPEN slot. The reads are only a plan: the
   * transaction's conditions (slot absent, or case version unchanged) make it safe to race.
   */
  async #planCaseChange(facts: SignalFacts) {
    const key = customerKey(facts.signal.customer);
    const signal = toCaseSignal(facts.signal, facts.assessment);
    // Both customer items in one request: opening a case needs them both.
    const [slotKey, lastClosedKey] = [keys.openSlot(key), keys.lastClosed(key)];
    const found = await this.#batchGet([slotKey, lastClosedKey], true);
    const slot = found.find((item) => item.sk === slotKey.sk);
    const lastClosed = found.find((item) => item.sk === lastClosedKey.sk);
    const slotCaseId = slot?.caseId as string | undefined;
    const held = slotCaseId === undefined ? undefined : await this.#getCase(slotCaseId);
    const current = held?.status === 'closed' ? undefined : held;
    if (current === undefined) {
      const change = openCase({
        ...facts,
        caseId: this.#newCaseId(),
        previousCaseId: lastClosed?.caseId as string | undefined,
      });
      return {
        outcome: 'opened' as const,
        ...change,
        items: this.#writes.open(change, signal, slotCaseId),
        identities: this.#writes.identities(facts.signal.customer),
      };
    }
    const change = appendSignal(current, facts);
    return {
      outcome: 'appended' as const,
      ...change,
      items: this.#writes.append(change, signal, current.version),
      identities: this.#writes.identities(facts.signal.customer, current.customer),
    };
  }

  async #transact(items: TransactItem[]): Promise<void> {
    await this.#client.send(new TransactWriteCommand({ TransactItems: items }));
  }

  async #get(key: { pk: string; sk: string }): Promise<Item | undefined> {
    const { Item: item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: key, ConsistentRead: true }),
    );
    return item;
  }

  /** Up to 100 items in one BatchGetItem, asking again for what DynamoDB left unprocessed. */
  async #batchGet(wanted: readonly Item[], consistent: boolean): Promise<Item[]> {
    const items: Item[] = [];
    let request: Item[] | undefined = [...wanted];
    for (let attempt = 0; request !== undefined && request.length > 0; attempt++) {
      const answer: BatchGetCommandOutput = await this.#client.send(
        new BatchGetCommand({
          RequestItems: { [this.#tableName]: { Keys: request, ConsistentRead: consistent } },
        }),
      );
      items.push(...(answer.Responses?.[this.#tableName] ?? []));
      request = answer.UnprocessedKeys?.[this.#tableName]?.Keys;
      if (request !== undefined && request.length > 0) await backoff(attempt);
    }
    return items;
  }

  async #getCase(caseId: string): Promise<AdvocacyCase | undefined> {
    const item = await this.#get(keys.case(caseId));
    return item === undefined ? undefined : caseFromItem(item);
  }

  async #partition(pk: string): Promise<Item[]> {
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as Item | undefined;
    } while (startKey !== undefined);
    return items;
  }

  #target() {
    return { client: this.#client, tableName: this.#tableName };
  }
}

/**
 * The store a Lambda builds at cold start: the document client for its region (or an emulator's
 * endpoint) and the table its environment names, keeping what expires as long as retention says.
 */
const caseStoreFor = (
  env: {
    readonly region: string;
    readonly awsEndpoint?: string | undefined;
    readonly tableName: string;
  },
  retention: Retention,
): DynamoCaseStore =>
  new DynamoCaseStore({
    client: createDynamoDocumentClient({ region: env.region, endpoint: env.awsEndpoint }),
    tableName: env.tableName,
    retention,
  });

export { caseStoreFor, DynamoCaseStore };
export type { DynamoCaseStoreOptions };
