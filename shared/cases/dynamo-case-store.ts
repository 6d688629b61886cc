import { randomUUID } from 'node:crypto';
import {
  GetCommand,
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
} from './case-store.js';
import * as queries from './dynamo-case-queries.js';
import { backoff, cancellationCodes, guarded, lostRace } from './dynamo-errors.js';
import {
  assessmentItem,
  assessmentTextItem,
  caseFromItem,
  caseItem,
  caseSignalItem,
  eventFromItem,
  eventItem,
  signalFromItem,
  type Item,
} from './dynamo-items.js';
import { appendSignal, openCase, toCaseSignal, type SignalFacts } from './intake.js';
import { ENTITIES, type AdvocacyCase } from './model.js';
import { keys } from './table.js';

interface DynamoCaseStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Days the raw customer text is kept (config.retention.rawTextDays). */
  readonly rawTextDays: number;
  /** Attempts when concurrent writers race for the same case; then a DependencyError. */
  readonly maxAttempts?: number;
  readonly newCaseId?: () => string;
}

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

const notExists = 'attribute_not_exists(pk)';

/**
 * The CaseStore on one DynamoDB table (see table.ts). Every change is one TransactWriteItems
 * whose conditions carry the invariants: the assessment item is the idempotency key of a
 * source event, the customer's OPEN slot admits one active case, and the case version makes
 * concurrent changes retry instead of overwriting each other.
 */
class DynamoCaseStore implements CaseStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #rawTextDays: number;
  readonly #maxAttempts: number;
  readonly #newCaseId: () => string;

  constructor(options: DynamoCaseStoreOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
    this.#rawTextDays = options.rawTextDays;
    this.#maxAttempts = options.maxAttempts ?? 20;
    this.#newCaseId = options.newCaseId ?? randomUUID;
  }

  recordSignal(facts: SignalFacts): Promise<RecordSignalResult> {
    return guarded('recordSignal', async () => {
      const id = signalId(facts.signal);
      const existing = await this.#get(keys.assessment(id));
      if (existing !== undefined)
        return { outcome: 'duplicate', caseId: existing.caseId as string | undefined };
      for (let attempt = 0; attempt < this.#maxAttempts; attempt++) {
        const planned = facts.assessment.openCase ? await this.#planCaseChange(facts) : undefined;
        try {
          await this.#transact([
            ...this.#assessmentPuts(facts, planned?.case.id),
            ...(planned === undefined ? [] : planned.items),
          ]);
          if (planned === undefined) return { outcome: 'recorded' };
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
          ...this.#caseChangeItems(change, current.version),
          ...(closing ? this.#closeItems(change.case) : []),
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
    return guarded('listByCustomer', () =>
      queries.listByCustomer(this.#target(), key, page.limit, page.cursor),
    );
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
    const slot = await this.#get(keys.openSlot(key));
    const held = slot === undefined ? undefined : await this.#getCase(slot.caseId as string);
    const current = held?.status === 'closed' ? undefined : held;
    if (current === undefined) {
      const lastClosed = await this.#get(keys.lastClosed(key));
      const change = openCase({
        ...facts,
        caseId: this.#newCaseId(),
        previousCaseId: lastClosed?.caseId as string | undefined,
      });
      const opened = change.case;
      const slotItem = {
        ...keys.openSlot(key),
        entity: ENTITIES.openSlot,
        caseId: opened.id,
        openedAt: opened.openedAt,
      };
      return {
        outcome: 'opened' as const,
        ...change,
        items: [
          // A slot left behind by a vanished case would block the customer forever: only an
          // absent slot, or the very slot we read, may be replaced.
          this.#put(
            slotItem,
            slot === undefined ? notExists : 'caseId = :slotCase',
            slot === undefined ? {} : { ':slotCase': slot.caseId },
          ),
          ...this.#caseChangeItems(change, undefined),
          this.#put(caseSignalItem(opened.id, signal), notExists),
        ],
      };
    }
    const change = appendSignal(current, facts);
    return {
      outcome: 'appended' as const,
      ...change,
      items: [
        ...this.#caseChangeItems(change, current.version),
        this.#put(caseSignalItem(current.id, signal), notExists),
      ],
    };
  }

  #assessmentPuts(facts: SignalFacts, caseId: string | undefined): TransactItem[] {
    const id = signalId(facts.signal);
    const base = {
      ...facts,
      signalId: id,
      customerKey: customerKey(facts.signal.customer),
      caseId,
    };
    return [
      this.#put(assessmentItem(base), notExists),
      this.#put(assessmentTextItem(base, this.#rawTextDays), notExists),
    ];
  }

  /** The case itself (new, or exactly the version we read) and its event with the snapshot. */
  #caseChangeItems(change: CaseChange, readVersion: number | undefined): TransactItem[] {
    return [
      readVersion === undefined
        ? this.#put(caseItem(change.case), notExists)
        : this.#put(caseItem(change.case), 'version = :read', { ':read': readVersion }),
      this.#put(eventItem(change.event, change.case), notExists),
    ];
  }

  /** Closing frees the customer's slot and remembers the case for a recurrence to link to. */
  #closeItems(closed: AdvocacyCase): TransactItem[] {
    const key = closed.customer.key;
    return [
      {
        Delete: {
          TableName: this.#tableName,
          Key: keys.openSlot(key),
          ConditionExpression: 'caseId = :caseId',
          ExpressionAttributeValues: { ':caseId': closed.id },
        },
      },
      this.#put({
        ...keys.lastClosed(key),
        entity: ENTITIES.lastClosed,
        caseId: closed.id,
        closedAt: closed.closedAt,
      }),
    ];
  }

  #put(item: Item, condition?: string, values: Item = {}): TransactItem {
    return {
      Put: {
        TableName: this.#tableName,
        Item: item,
        ...(condition === undefined ? {} : { ConditionExpression: condition }),
        ...(Object.keys(values).length === 0 ? {} : { ExpressionAttributeValues: values }),
      },
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

export { DynamoCaseStore };
export type { DynamoCaseStoreOptions };
