import { beforeAll, describe, expect, it } from 'vitest';
import type { AdvocacyCase } from '../../../../shared/cases/model.js';
import { createHandler } from '../../../../functions/cases/handler.js';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import { createCaseService } from '../../../../shared/casework/case-service.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { apiEvent, bodyOf } from '../../../fixtures/casework/api-event.js';
import { seedCase } from '../../../fixtures/casework/seed-cases.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const opened = new Date('2026-11-18T15:00:00.000Z');
const clock = { now: new Date('2026-11-18T15:10:00.000Z') };

describe('cases API handler against DynamoDB Local', () => {
  let config: AdvocacyConfig;
  let store: DynamoCaseStore;
  let handle: ReturnType<typeof createHandler>;
  /** A case of a customer no other test acts for. */
  let otherCustomers: AdvocacyCase;

  beforeAll(async () => {
    config = await exampleConfig();
    const tableName = await dynamo.freshTable();
    store = new DynamoCaseStore({
      client: dynamo.client(),
      tableName,
      retention: { rawTextDays: 90, assessmentDays: 90 },
    });
    const service = createCaseService({ store, now: () => clock.now });
    handle = createHandler({ service, logger: quiet });
    otherCustomers = await seedCase(store, config, { account: 'stranger', now: opened });
  });

  const post = (caseId: string, action: string, body: unknown, headers = {}) =>
    handle(apiEvent('POST', `/cases/${caseId}/${action}`, { body, headers }));

  it('takes a case from open to closed: acknowledge, plan, resolve, close', async () => {
    // Prepare
    const seeded = await seedCase(store, config, { account: 'walk', now: opened });

    // Act
    const acknowledged = await post(seeded.id, 'acknowledge', {
      actor: 'ana@example.com',
      summary: 'Checkout down since the 09:00 deploy',
      successCriteria: ['orders flow again', 'root cause shared'],
      expectedVersion: 1,
    });
    const planned = await post(
      seeded.id,
      'plan',
      {
        actor: 'ana@example.com',
        actions: [{ what: 'roll back the deploy', owner: 'platform', due: '2026-11-19' }],
        trial: { service: 'premium support', ends: '2026-12-18' },
      },
      { 'if-match': '"2"' },
    );
    const resolved = await post(seeded.id, 'resolve', { actor: 'ana', note: 'rolled back' });
    const closed = await post(seeded.id, 'close', {
      actor: 'ana',
      customerAgreed: true,
      note: 'customer confirmed on the call',
    });

    // Assess
    expect([acknowledged, planned, resolved, closed].map((result) => result.statusCode)).toEqual([
      200, 200, 200, 200,
    ]);
    expect(acknowledged.headers).toMatchObject({ etag: '"2"' });
    const view = bodyOf(closed);
    expect(view).toMatchObject({
      id: seeded.id,
      status: 'closed',
      tier: 'advocates',
      segment: 'standard',
      urgent: true,
      customer: { key: 'account:walk' },
      triggers: ['business_impact'],
      ackDeadline: '2026-11-18T15:30:00.000Z',
      version: 5,
      customerAgreed: true,
      allowedActions: [],
    });
    expect((view.timeline as { type: string }[]).map((event) => event.type)).toEqual([
      'opened',
      'acknowledged',
      'planned',
      'resolved',
      'closed',
    ]);
    expect(view.signals).toHaveLength(1);
  });

  it('answers 409 naming the state when closing an open case', async () => {
    // Prepare
    const seeded = await seedCase(store, config, { account: 'early', now: opened });

    // Act
    const result = await post(seeded.id, 'close', {
      actor: 'ana',
      customerAgreed: true,
      note: 'x',
    });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({
      error: 'conflict',
      detail: 'cannot close a case that is open; allowed from resolved',
      details: { status: 'open' },
    });
  });

  it('answers 409 with the current version to a stale update', async () => {
    // Prepare
    const seeded = await seedCase(store, config, { account: 'stale', now: opened });
    const body = { actor: 'ana', summary: 'outage', successCriteria: ['up again'] };
    await post(seeded.id, 'acknowledge', body, { 'if-match': '"1"' });

    // Act
    const result = await post(
      seeded.id,
      'plan',
      { actor: 'bo', actions: [{ what: 'fix', owner: 'ops', due: '2026-11-20' }] },
      { 'if-match': '"1"' },
    );

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ details: { currentVersion: 2 } });
  });

  it('answers 400 with field paths to an invalid action', async () => {
    // Prepare
    const seeded = await seedCase(store, config, { account: 'invalid', now: opened });

    // Act
    const result = await post(seeded.id, 'acknowledge', { actor: 'ana', successCriteria: [] });

    // Assess
    expect(result.statusCode).toBe(400);
    const paths = (bodyOf(result).issues as { path: string }[]).map((issue) => issue.path);
    expect(paths).toEqual(['summary', 'successCriteria']);
  });

  it('answers 404 for an unknown case and an unknown action', async () => {
    const missing = await handle(apiEvent('GET', '/cases/no-such-case'));
    const action = await post('no-such-case', 'reopen', {});
    expect(missing.statusCode).toBe(404);
    expect(bodyOf(missing)).toEqual({ error: 'not_found', detail: 'case no-such-case not found' });
    expect(action.statusCode).toBe(404);
  });

  it('records the disagreeing customer and links a recurrence', async () => {
    // Prepare
    // The customer's earlier case, closed with their agreement, then their new one.
    const older = await seedCase(store, config, {
      account: 'doubt',
      now: new Date(opened.getTime() - 86_400_000),
    });
    const closing = [
      await post(older.id, 'acknowledge', { actor: 'a', summary: 's', successCriteria: ['c'] }),
      await post(older.id, 'plan', {
        actor: 'a',
        actions: [{ what: 'w', owner: 'o', due: '2026-11-30' }],
      }),
      await post(older.id, 'resolve', { actor: 'a', note: 'done' }),
      await post(older.id, 'close', { actor: 'a', customerAgreed: true, note: 'agreed' }),
    ];
    expect(closing.map((result) => [result.statusCode, bodyOf(result).detail])).toEqual([
      [200, undefined],
      [200, undefined],
      [200, undefined],
      [200, undefined],
    ]);
    const seeded = await seedCase(store, config, { account: 'doubt', now: opened });
    await post(seeded.id, 'acknowledge', { actor: 'a', summary: 's', successCriteria: ['c'] });
    await post(seeded.id, 'plan', {
      actor: 'a',
      actions: [{ what: 'w', owner: 'o', due: '2026-11-30' }],
    });
    await post(seeded.id, 'resolve', { actor: 'a', note: 'done' });

    // Act
    const disagreed = await post(seeded.id, 'disagree', { actor: 'a', criteriaInDoubt: ['c'] });
    const linked = await post(seeded.id, 'link', { actor: 'a', previousCaseId: older.id });

    // Assess
    expect(bodyOf(disagreed)).toMatchObject({ status: 'plan', criteriaInDoubt: ['c'] });
    expect(linked.statusCode).toBe(200);
    expect(bodyOf(linked)).toMatchObject({ status: 'plan', previousCaseId: older.id });
  });

  it.each([
    [
      'a malformed id',
      () => '../x',
      400,
      {
        error: 'invalid_request',
        issues: [
          {
            path: 'previousCaseId',
            message: 'expected a case id (a UUID such as 4f3c89da-61d1-4dfd-8979-9b2dd92d17a8)',
          },
        ],
      },
    ],
    [
      'an unknown case',
      () => '4f3c89da-61d1-4dfd-8979-9b2dd92d17a8',
      404,
      {
        error: 'not_found',
        detail: 'previous case 4f3c89da-61d1-4dfd-8979-9b2dd92d17a8 not found',
      },
    ],
    [
      "another customer's case, answered as an unknown one",
      () => otherCustomers.id,
      404,
      {
        error: 'not_found',
        detail: expect.stringMatching(/^previous case [\da-f-]{36} not found$/) as unknown,
      },
    ],
    [
      'the case itself',
      (self: string) => self,
      409,
      { error: 'conflict', detail: 'cannot link a case to itself' },
    ],
  ])('refuses to link to %s, recording nothing', async (label, previous, status, body) => {
    // Prepare
    const seeded = await seedCase(store, config, {
      account: `link-${label.replace(/\W+/g, '-')}`,
      now: opened,
    });

    // Act
    const result = await post(seeded.id, 'link', {
      actor: 'a',
      previousCaseId: previous(seeded.id),
    });

    // Assess
    expect(result.statusCode).toBe(status);
    expect(bodyOf(result)).toMatchObject(body);
    const after = bodyOf(await handle(apiEvent('GET', `/cases/${seeded.id}`)));
    expect(after).toMatchObject({ version: 1 });
    expect(after.previousCaseId).toBeUndefined();
    expect((after.timeline as { type: string }[]).map((event) => event.type)).toEqual(['opened']);
  });

  it("lists a tier's queue oldest first, filtered by urgency, page by page", async () => {
    // Prepare: a fresh table so only these cases are in the queue.
    const tableName = await dynamo.freshTable();
    const own = new DynamoCaseStore({
      client: dynamo.client(),
      tableName,
      retention: { rawTextDays: 90, assessmentDays: 90 },
    });
    const list = createHandler({
      service: createCaseService({ store: own, now: () => clock.now }),
      logger: quiet,
    });
    const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);
    const second = await seedCase(own, config, { account: 'q2', now: at(2) });
    const first = await seedCase(own, config, { account: 'q1', now: at(1) });
    const calm = await seedCase(own, config, { account: 'q3', now: at(3), urgent: false });
    await seedCase(own, config, { account: 'q4', now: at(4), segment: 'strategic' });

    // Act
    const all = bodyOf(await list(apiEvent('GET', '/cases', { query: { tier: 'advocates' } })));
    const urgent = bodyOf(
      await list(apiEvent('GET', '/cases', { query: { tier: 'advocates', urgent: 'true' } })),
    );
    const page1 = bodyOf(
      await list(apiEvent('GET', '/cases', { query: { tier: 'advocates', limit: '2' } })),
    );
    const page2 = bodyOf(
      await list(
        apiEvent('GET', '/cases', {
          query: { tier: 'advocates', limit: '2', cursor: String(page1.cursor) },
        }),
      ),
    );
    const bad = await list(apiEvent('GET', '/cases', { query: { limit: '1000' } }));

    // Assess
    const ids = (page: Record<string, unknown>) =>
      (page.items as { id: string }[]).map((item) => item.id);
    expect(ids(all)).toEqual([first.id, second.id, calm.id]);
    expect(ids(urgent)).toEqual([first.id, second.id]);
    expect([...ids(page1), ...ids(page2)]).toEqual([first.id, second.id, calm.id]);
    expect(bad.statusCode).toBe(400);
    expect((bodyOf(bad).issues as { path: string }[]).map((issue) => issue.path).sort()).toEqual([
      'query.limit',
      'query.tier',
    ]);
  });

  it('answers a forged cursor with 400 at cursor, not a retry later', async () => {
    // Prepare: base64url of `[{},1]`, a position list holding an empty start key.
    const forged = apiEvent('GET', '/cases', { query: { tier: 'advocates', cursor: 'W3t9LDFd' } });

    // Act
    const result = await handle(forged);

    // Assess
    expect(result.statusCode).toBe(400);
    expect(result.headers).not.toHaveProperty('retry-after');
    expect(bodyOf(result).issues).toEqual([
      { path: 'cursor', message: 'expected a cursor returned by a previous page' },
    ]);
  });
});
