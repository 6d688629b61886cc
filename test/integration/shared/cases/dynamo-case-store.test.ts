import {
  ProvisionedThroughputExceededException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../../shared/cases/actions.js';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import type { SignalFacts } from '../../../../shared/cases/intake.js';
import { createDynamoDocumentClient } from '../../../../shared/aws/dynamodb.js';
import { ConflictError, DependencyError, NotFoundError } from '../../../../shared/errors.js';
import { assessment, routing, surveySignal } from '../../../fixtures/cases/signals.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();
const now = new Date('2026-11-20T10:00:00.000Z');
const actor = 'ana@example.com';

let table: string;
let store: DynamoCaseStore;

beforeEach(async () => {
  table = await dynamo.freshTable();
  store = new DynamoCaseStore({
    client: dynamo.client(),
    tableName: table,
    retention: { rawTextDays: 30, assessmentDays: 60 },
  });
});

const facts = (sourceEventId: string, overrides: Partial<SignalFacts> = {}): SignalFacts => ({
  signal: surveySignal({ sourceEventId }),
  assessment: assessment(),
  routing: routing(),
  now,
  ...overrides,
});

const itemsOf = async (pk: string) =>
  (
    await dynamo.client().send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
      }),
    )
  ).Items ?? [];

const STEPS: Record<string, CaseAction> = {
  acknowledge: {
    type: 'acknowledge',
    actor,
    summary: 'exports fail',
    successCriteria: ['nightly exports'],
  },
  plan: {
    type: 'plan',
    actor,
    actions: [{ what: 'roll back', owner: 'platform', due: '2026-11-22' }],
  },
  resolve: { type: 'resolve', actor, note: 'fixed and monitored' },
  disagree: { type: 'disagree', actor, criteriaInDoubt: ['nightly exports'] },
  close: { type: 'close', actor, customerAgreed: true, note: 'customer agreed' },
};

describe('DynamoCaseStore.recordSignal', () => {
  it('records the same event delivered 5 times concurrently as 1 case, 1 signal and 1 opened event', async () => {
    // Act
    const results = await Promise.all(
      Array.from({ length: 5 }, () => store.recordSignal(facts('resp-1'))),
    );

    // Assess
    const outcomes = results.map((result) => result.outcome).sort();
    expect(outcomes).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'opened']);
    const opened = results.find((result) => result.outcome === 'opened');
    const caseId = opened?.outcome === 'opened' ? opened.case.id : '';
    expect(results.filter((result) => result.outcome === 'duplicate')).toEqual(
      Array.from({ length: 4 }, () => ({ outcome: 'duplicate', caseId })),
    );
    const details = await store.getCase(caseId);
    expect(details.signals).toHaveLength(1);
    expect(details.events.map((event) => event.type)).toEqual(['opened']);
    expect(details.case).toMatchObject({ status: 'open', signalCount: 1, version: 1 });
  });

  it('puts 10 different concurrent signals of one customer into 1 open case', async () => {
    // Act
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, index) => store.recordSignal(facts(`resp-${index}`))),
    );

    // Assess
    expect(results.filter((result) => result.outcome === 'opened')).toHaveLength(1);
    expect(results.filter((result) => result.outcome === 'appended')).toHaveLength(9);
    const cases = await store.listByCustomer('account:acct-northwind', { limit: 10 });
    expect(cases.items).toHaveLength(1);
    const details = await store.getCase(cases.items[0]!.id);
    expect(details.case).toMatchObject({ signalCount: 10, version: 10 });
    expect(details.signals).toHaveLength(10);
    expect(details.events.map((event) => event.eventId)).toEqual(
      Array.from({ length: 10 }, (_, index) => String(index + 1).padStart(6, '0')),
    );
  });

  it('writes the event item with a case snapshot: the alerting outbox', async () => {
    // Act
    const result = await store.recordSignal(facts('resp-1'));

    // Assess
    const caseId = result.outcome === 'opened' ? result.case.id : '';
    const { Item } = await dynamo
      .client()
      .send(
        new GetCommand({ TableName: table, Key: { pk: `CASE#${caseId}`, sk: 'EVENT#000001' } }),
      );
    expect(Item).toMatchObject({
      entity: 'case-event',
      type: 'opened',
      caseId,
      case: { id: caseId, status: 'open', tier: 'advocates', version: 1 },
    });
  });

  it('raises severity when an appended signal makes the case urgent', async () => {
    // Prepare
    await store.recordSignal(facts('resp-1'));

    // Act
    const result = await store.recordSignal(
      facts('resp-2', {
        assessment: assessment({ urgent: true, categories: ['business_impact'] }),
      }),
    );

    // Assess
    expect(result.outcome).toBe('appended');
    expect(result.outcome === 'appended' ? result.event.type : '').toBe('severity_raised');
  });

  it('records the assessment of a signal that opens no case, both expiring as retention says', async () => {
    // Act
    const result = await store.recordSignal(
      facts('resp-calm', {
        assessment: assessment({ openCase: false, level: 'watch', score: 35 }),
      }),
    );

    // Assess
    expect(result).toEqual({ outcome: 'recorded' });
    const items = await itemsOf('SIGNAL#typeform:resp-calm');
    const record = items.find((item) => item.sk === 'ASSESSMENT');
    const text = items.find((item) => item.sk === 'TEXT');
    expect(record).toMatchObject({
      entity: 'assessment',
      level: 'watch',
      score: 35,
      openCase: false,
      expiresAt: Math.floor(now.getTime() / 1000) + 60 * 86_400,
    });
    expect(record).not.toHaveProperty('gsi4pk');
    expect(JSON.stringify(record)).not.toContain('Third time I explain this');
    expect(text).toMatchObject({
      entity: 'assessment-text',
      text: surveySignal().text,
      expiresAt: Math.floor(now.getTime() / 1000) + 30 * 86_400,
    });
    expect(await store.listByCustomer('account:acct-northwind', { limit: 5 })).toEqual({
      items: [],
      cursor: undefined,
    });
  });

  it('keeps the assessments of signals that open or join a case without expiry, as their case', async () => {
    // Act
    const opened = await store.recordSignal(facts('resp-1'));
    await store.recordSignal(facts('resp-2'));

    // Assess
    const caseId = opened.outcome === 'opened' ? opened.case.id : '';
    for (const responseId of ['resp-1', 'resp-2']) {
      const items = await itemsOf(`SIGNAL#typeform:${responseId}`);
      const record = items.find((item) => item.sk === 'ASSESSMENT');
      expect(record).toMatchObject({ entity: 'assessment', caseId });
      expect(record).not.toHaveProperty('expiresAt');
      expect(record).not.toHaveProperty('gsi4pk');
      expect(items.find((item) => item.sk === 'TEXT')).toMatchObject({
        expiresAt: Math.floor(now.getTime() / 1000) + 30 * 86_400,
      });
    }
  });

  it('ignores a redelivery a week later', async () => {
    // Prepare
    await store.recordSignal(facts('resp-1'));

    // Act
    const again = await store.recordSignal({
      ...facts('resp-1'),
      now: new Date('2026-11-27T10:00:00Z'),
    });

    // Assess
    expect(again.outcome).toBe('duplicate');
  });
});

describe('DynamoCaseStore.applyAction', () => {
  const openOne = async (): Promise<string> => {
    const result = await store.recordSignal(facts('resp-1'));
    if (result.outcome !== 'opened') throw new Error(`expected a case, got ${result.outcome}`);
    return result.case.id;
  };

  it('walks the whole lifecycle with a disagreement and keeps the timeline', async () => {
    // Prepare
    const caseId = await openOne();

    // Act
    for (const step of ['acknowledge', 'plan', 'plan', 'resolve', 'disagree', 'resolve', 'close']) {
      await store.applyAction(caseId, undefined, STEPS[step]!, now);
    }

    // Assess
    const details = await store.getCase(caseId);
    expect(details.case).toMatchObject({ status: 'closed', version: 8, customerAgreed: true });
    expect(details.events.map((event) => `${event.type}:${event.actor}`)).toEqual([
      'opened:system',
      `acknowledged:${actor}`,
      `planned:${actor}`,
      `planned:${actor}`,
      `resolved:${actor}`,
      `customer_disagreed:${actor}`,
      `resolved:${actor}`,
      `closed:${actor}`,
    ]);
  });

  it('rejects an invalid transition naming the current status, changing nothing', async () => {
    // Prepare
    const caseId = await openOne();

    // Act
    const act = store.applyAction(caseId, undefined, STEPS.close!, now);

    // Assess
    await expect(act).rejects.toThrow(ConflictError);
    await expect(store.applyAction(caseId, undefined, STEPS.close!, now)).rejects.toThrow(
      'cannot close a case that is open; allowed from resolved',
    );
    expect((await store.getCase(caseId)).case.version).toBe(1);
  });

  it('rejects a stale version with the current version in the details', async () => {
    // Prepare
    const caseId = await openOne();
    await store.applyAction(caseId, 1, STEPS.acknowledge!, now);

    // Act
    const error: unknown = await store
      .applyAction(caseId, 1, STEPS.plan!, now)
      .catch((thrown: unknown) => thrown);

    // Assess
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      `case ${caseId} changed: version 1 expected, current is 2`,
    );
    expect((error as ConflictError).details).toEqual({ currentVersion: 2 });
  });

  it('lets exactly one of two concurrent actions on the same version win', async () => {
    // Prepare
    const caseId = await openOne();

    // Act
    const results = await Promise.allSettled([
      store.applyAction(caseId, 1, STEPS.acknowledge!, now),
      store.applyAction(caseId, 1, STEPS.acknowledge!, now),
    ]);

    // Assess
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('says an unknown case is not found', async () => {
    await expect(store.applyAction('nope', undefined, STEPS.resolve!, now)).rejects.toThrow(
      NotFoundError,
    );
    await expect(store.getCase('nope')).rejects.toThrow('case nope not found');
  });

  it('appends a related signal to a resolved case, which still holds the slot', async () => {
    // Prepare
    const caseId = await openOne();
    for (const step of ['acknowledge', 'plan', 'resolve'])
      await store.applyAction(caseId, undefined, STEPS[step]!, now);

    // Act
    const result = await store.recordSignal(facts('resp-2'));

    // Assess
    expect(result).toMatchObject({ outcome: 'appended', case: { id: caseId, status: 'resolved' } });
  });

  it('opens a new case linked to the closed one when the customer comes back', async () => {
    // Prepare
    const first = await openOne();
    for (const step of ['acknowledge', 'plan', 'resolve', 'close'])
      await store.applyAction(first, undefined, STEPS[step]!, now);

    // Act
    const result = await store.recordSignal({
      ...facts('resp-2'),
      now: new Date('2026-11-25T10:00:00Z'),
    });

    // Assess
    expect(result).toMatchObject({
      outcome: 'opened',
      case: { previousCaseId: first, status: 'open' },
    });
    expect(result.outcome === 'opened' ? result.event.details : undefined).toEqual({
      signalId: 'typeform:resp-2',
      rating: { value: 1, scale: 'csat' },
      previousCaseId: first,
    });
    const history = await store.listByCustomer('account:acct-northwind', { limit: 10 });
    expect(history.items.map((item) => item.status)).toEqual(['open', 'closed']);
  });
});

/**
 * A client whose every write (TransactWriteItems, or the puts of a signal that opens nothing)
 * fails with `failure()`. DynamoDB Local neither
 * throttles nor loses races on demand, so this SDK middleware stands in for both; reads still go
 * to the emulator.
 */
const clientFailingTransactions = (failure: () => Error): DynamoDBDocumentClient => {
  const client = createDynamoDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint() });
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { TransactItems?: unknown; Item?: unknown };
      if (input.TransactItems !== undefined || input.Item !== undefined) throw failure();
      return next(args);
    },
    { step: 'initialize', name: 'injectTransactionFailure' },
  );
  return client;
};

describe('DynamoCaseStore failures', () => {
  it('turns throttling into a DependencyError naming the SDK error, keeping it as the cause', async () => {
    // Prepare
    const throttled = new DynamoCaseStore({
      client: clientFailingTransactions(
        () => new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} }),
      ),
      tableName: table,
      retention: { rawTextDays: 30, assessmentDays: 30 },
    });

    // Act
    const error: unknown = await throttled
      .recordSignal(facts('resp-1'))
      .catch((thrown: unknown) => thrown);

    // Assess
    expect(error).toBeInstanceOf(DependencyError);
    expect((error as Error).message).toBe(
      'DynamoDB recordSignal failed: ProvisionedThroughputExceededException: slow down',
    );
    expect((error as Error).cause).toBeInstanceOf(ProvisionedThroughputExceededException);
  });

  it('gives up on a race it keeps losing after the bounded attempts, as a DependencyError', async () => {
    // Prepare
    const lost = () =>
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: [
          { Code: 'None' },
          { Code: 'None' },
          { Code: 'ConditionalCheckFailed' },
        ],
      });
    const racing = new DynamoCaseStore({
      client: clientFailingTransactions(lost),
      tableName: table,
      retention: { rawTextDays: 30, assessmentDays: 30 },
      maxAttempts: 3,
    });

    // Act
    const act = racing.recordSignal(facts('resp-1'));

    // Assess
    await expect(act).rejects.toThrow(
      new DependencyError(
        "signal typeform:resp-1: too many concurrent changes to the customer's case",
      ),
    );
  });
});
