import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/escalate/handler.js';
import type { CaseStore } from '../../../../shared/cases/case-store.js';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import { runEscalationSweep } from '../../../../shared/casework/escalation-sweep.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { seedCase } from '../../../fixtures/casework/seed-cases.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();
const quiet = { info: () => undefined, error: () => undefined };
const opened = new Date('2026-11-18T15:00:00.000Z');
const minutesAfter = (minutes: number) =>
  new Date(opened.getTime() + minutes * 60_000).toISOString();

describe('escalation sweep handler against DynamoDB Local', () => {
  let config: AdvocacyConfig;

  beforeAll(async () => {
    config = await exampleConfig();
  });

  // A fresh table per test: the due index is global, so cases must not leak between tests.
  const setUp = async (overrides: Partial<AdvocacyConfig['escalation']> = {}) => {
    const tableName = await dynamo.freshTable();
    const store = new DynamoCaseStore({
      client: dynamo.client(),
      tableName,
      retention: { rawTextDays: 90, assessmentDays: 90 },
    });
    const effective = { ...config, escalation: { ...config.escalation, ...overrides } };
    const sweep = createHandler({
      sweep: (now) => runEscalationSweep({ store, config: effective }, now),
      logger: quiet,
      record: () => undefined,
      now: () => opened,
    });
    // Time is sped up by handing the sweep the instant it runs at, as the schedule's event does.
    const at = (minutes: number) => sweep({ time: minutesAfter(minutes) });
    return { store, at };
  };

  it('escalates an unacknowledged urgent case once its deadline passes, up the chain, then stops', async () => {
    // Prepare: advocates (urgent SLA 30 min) -> senior (15 min) -> management; maxLevels 2.
    const { store, at } = await setUp();
    const seeded = await seedCase(store, config, { account: 'late', now: opened });

    // Act
    const early = await at(29);
    const first = await at(31);
    const again = await at(31);
    const second = await at(47);
    const later = await at(600);

    // Assess
    expect(early.escalated).toEqual([]);
    expect(first.escalated).toEqual([
      { caseId: seeded.id, from: 'advocates', to: 'senior', level: 1 },
    ]);
    expect(again.escalated).toEqual([]);
    expect(second.escalated).toEqual([
      { caseId: seeded.id, from: 'senior', to: 'management', level: 2 },
    ]);
    expect(later.due).toBe(0);
    const details = await store.getCase(seeded.id);
    expect(details.case).toMatchObject({
      status: 'open',
      escalationLevel: 2,
      escalatedTo: 'management',
      escalationEnded: true,
    });
    const escalations = details.events.filter((event) => event.type === 'escalated');
    expect(escalations.map((event) => event.details)).toEqual([
      { from: 'advocates', to: 'senior', level: 1, ackDeadline: minutesAfter(46) },
      { from: 'senior', to: 'management', level: 2, ackDeadline: null },
    ]);
    expect(escalations.every((event) => event.actor === 'system')).toBe(true);
  });

  it('never escalates a case acknowledged before its deadline', async () => {
    // Prepare
    const { store, at } = await setUp();
    const seeded = await seedCase(store, config, { account: 'prompt', now: opened });
    await store.applyAction(
      seeded.id,
      1,
      { type: 'acknowledge', actor: 'ana', summary: 'on it', successCriteria: ['back up'] },
      new Date(minutesAfter(10)),
    );

    // Act
    const result = await at(60);

    // Assess
    expect(result).toMatchObject({ due: 0, escalated: [] });
    expect(await store.listDue(new Date(minutesAfter(60)))).toEqual([]);
  });

  it('stops escalating once the escalated case is acknowledged', async () => {
    // Prepare
    const { store, at } = await setUp();
    const seeded = await seedCase(store, config, { account: 'rescued', now: opened });
    await at(31);
    await store.applyAction(
      seeded.id,
      undefined,
      {
        type: 'acknowledge',
        actor: 'senior-sam',
        summary: 'taking it',
        successCriteria: ['fixed'],
      },
      new Date(minutesAfter(40)),
    );

    // Act
    const result = await at(120);

    // Assess
    expect(result.escalated).toEqual([]);
    expect((await store.getCase(seeded.id)).case).toMatchObject({
      status: 'engaged',
      escalationLevel: 1,
    });
  });

  it('holds the configured bound on escalation levels', async () => {
    // Prepare: one level only.
    const { store, at } = await setUp({ maxLevels: 1 });
    const seeded = await seedCase(store, config, { account: 'bounded', now: opened });

    // Act
    const first = await at(31);
    const afterwards = [await at(60), await at(600), await at(6000)];

    // Assess
    expect(first.escalated).toHaveLength(1);
    expect(afterwards.flatMap((result) => result.escalated)).toEqual([]);
    expect((await store.getCase(seeded.id)).case).toMatchObject({
      escalationLevel: 1,
      escalationEnded: true,
    });
  });

  it('escalates a strategic case from senior straight to management, ending the chain', async () => {
    // Prepare
    const { store, at } = await setUp();
    const seeded = await seedCase(store, config, {
      account: 'big',
      now: opened,
      segment: 'strategic',
    });

    // Act
    const result = await at(16);

    // Assess
    expect(result.escalated).toEqual([
      { caseId: seeded.id, from: 'senior', to: 'management', level: 1 },
    ]);
    expect((await at(600)).due).toBe(0);
  });

  it('lets an acknowledgement that lands during the sweep win', async () => {
    // Prepare: the advocate acknowledges right after the sweep read the due index.
    const tableName = await dynamo.freshTable();
    const store = new DynamoCaseStore({
      client: dynamo.client(),
      tableName,
      retention: { rawTextDays: 90, assessmentDays: 90 },
    });
    const seeded = await seedCase(store, config, { account: 'photo-finish', now: opened });
    const racing: CaseStore = {
      recordSignal: (facts) => store.recordSignal(facts),
      getCase: (id) => store.getCase(id),
      applyAction: (id, version, action, now) => store.applyAction(id, version, action, now),
      listQueue: (query) => store.listQueue(query),
      listByCustomer: (key, page) => store.listByCustomer(key, page),
      listByCustomerKeys: (customerKeys, page) => store.listByCustomerKeys(customerKeys, page),
      findCustomerKeys: (term) => store.findCustomerKeys(term),
      listOpenedBetween: (from, to) => store.listOpenedBetween(from, to),
      listDue: async (now) => {
        const due = await store.listDue(now);
        await store.applyAction(
          seeded.id,
          undefined,
          { type: 'acknowledge', actor: 'ana', summary: 'just in time', successCriteria: ['up'] },
          now,
        );
        return due;
      },
    };

    // Act
    const result = await runEscalationSweep({ store: racing, config }, new Date(minutesAfter(31)));

    // Assess
    expect(result).toMatchObject({ due: 1, escalated: [], raced: [seeded.id], failed: [] });
    expect((await store.getCase(seeded.id)).case).toMatchObject({
      status: 'engaged',
      escalationLevel: 0,
    });
  });
});
