import { beforeEach, describe, expect, it } from 'vitest';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import { DynamoCustomerStore } from '../../../../shared/cases/dynamo-customer-store.js';
import { ValidationError } from '../../../../shared/errors.js';
import type { Signal } from '../../../../shared/sources/signal.js';
import { assessment, routing, surveySignal } from '../../../fixtures/cases/signals.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();

let store: DynamoCaseStore;
let customers: DynamoCustomerStore;

beforeEach(async () => {
  const tableName = await dynamo.freshTable();
  store = new DynamoCaseStore({
    client: dynamo.client(),
    tableName,
    retention: { rawTextDays: 30, assessmentDays: 30 },
  });
  customers = new DynamoCustomerStore({ client: dynamo.client(), tableName });
});

const cursorOf = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

const invalidCursorIssue = {
  path: 'cursor',
  message: 'expected a cursor returned by a previous page',
};

/** Opens a case for account `acct-<n>` at `openedAt`, due at `ackDeadline`. */
const openFor = async (
  n: number,
  openedAt: string,
  options: { urgent?: boolean; tier?: string; ackDeadline?: string } = {},
): Promise<string> => {
  const result = await store.recordSignal({
    signal: surveySignal({
      sourceEventId: `resp-${n}`,
      customer: { accountId: `acct-${n}`, email: `c${n}@example.com` },
    }),
    assessment: assessment({ urgent: options.urgent ?? false }),
    routing: routing({
      tier: options.tier ?? 'advocates',
      ackDeadline: options.ackDeadline ?? '2026-11-20T18:00:00Z',
    }),
    now: new Date(openedAt),
  });
  if (result.outcome !== 'opened') throw new Error(`expected a case, got ${result.outcome}`);
  return result.case.id;
};

describe('DynamoCaseStore.listQueue', () => {
  it('lists a tier queue oldest first, page by page with an opaque cursor', async () => {
    // Prepare
    const third = await openFor(3, '2026-11-20T12:00:00Z');
    const first = await openFor(1, '2026-11-20T10:00:00Z');
    const second = await openFor(2, '2026-11-20T11:00:00Z');
    await openFor(4, '2026-11-20T09:00:00Z', { tier: 'senior' });

    // Act
    const page1 = await store.listQueue({ tier: 'advocates', limit: 2 });
    const page2 = await store.listQueue({ tier: 'advocates', limit: 2, cursor: page1.cursor });

    // Assess
    expect(page1.items.map((item) => item.id)).toEqual([first, second]);
    expect(page2.items.map((item) => item.id)).toEqual([third]);
    expect(page2.cursor).toBeUndefined();
  });

  it('filters urgent cases and fills the page despite the filter', async () => {
    // Prepare
    await openFor(1, '2026-11-20T10:00:00Z');
    const urgentA = await openFor(2, '2026-11-20T11:00:00Z', { urgent: true });
    await openFor(3, '2026-11-20T12:00:00Z');
    const urgentB = await openFor(4, '2026-11-20T13:00:00Z', { urgent: true });

    // Act
    const page = await store.listQueue({ tier: 'advocates', urgent: true, limit: 2 });

    // Assess
    expect(page.items.map((item) => item.id)).toEqual([urgentA, urgentB]);
  });

  it('lists by status: an acknowledged case leaves the open queue for the engaged one', async () => {
    // Prepare
    const caseId = await openFor(1, '2026-11-20T10:00:00Z');
    await store.applyAction(
      caseId,
      1,
      { type: 'acknowledge', actor: 'ana', summary: 's', successCriteria: ['c'] },
      new Date('2026-11-20T10:05:00Z'),
    );

    // Act
    const open = await store.listQueue({ tier: 'advocates', limit: 10 });
    const engaged = await store.listQueue({ tier: 'advocates', status: 'engaged', limit: 10 });

    // Assess
    expect(open.items).toEqual([]);
    expect(engaged.items.map((item) => item.id)).toEqual([caseId]);
  });

  it('shows a case escalated to another tier in that queue too, paging across both', async () => {
    // Prepare
    const own = await openFor(1, '2026-11-20T10:00:00Z', { tier: 'senior' });
    const escalated = await openFor(2, '2026-11-20T09:00:00Z');
    const ownLater = await openFor(3, '2026-11-20T11:00:00Z', { tier: 'senior' });
    await store.applyAction(
      escalated,
      undefined,
      { type: 'escalate', actor: 'system', to: 'senior', ackDeadline: '2026-11-20T12:00:00Z' },
      new Date('2026-11-20T11:30:00Z'),
    );

    // Act
    const page1 = await store.listQueue({ tier: 'senior', limit: 2 });
    const page2 = await store.listQueue({ tier: 'senior', limit: 2, cursor: page1.cursor });
    const original = await store.listQueue({ tier: 'advocates', limit: 10 });

    // Assess
    expect(page1.items.map((item) => item.id)).toEqual([escalated, own]);
    expect(page2.items.map((item) => item.id)).toEqual([ownLater]);
    expect(page2.cursor).toBeUndefined();
    expect(original.items.map((item) => [item.id, item.escalatedTo])).toEqual([
      [escalated, 'senior'],
    ]);
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(
      store.listQueue({ tier: 'advocates', limit: 2, cursor: 'bm90IGpzb24' }),
    ).rejects.toThrow(ValidationError);
  });

  it.each([
    ['an empty key', 'W3t9LDFd'],
    ['a key of no index', cursorOf([{ pk: 'x' }, 1])],
    [
      'a key of no case',
      cursorOf([{ pk: 'x', sk: 'y', gsi1pk: 'QUEUE#advocates#open', gsi1sk: 'z' }, 1]),
    ],
  ])('refuses a forged cursor (%s) itself, at cursor', async (_label, cursor) => {
    // Prepare
    await openFor(1, '2026-11-20T10:00:00Z');

    // Act
    const error = await store
      .listQueue({ tier: 'advocates', limit: 2, cursor })
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([invalidCursorIssue]);
  });

  it("refuses another queue's cursor and pages on with its own", async () => {
    // Prepare
    const first = await openFor(1, '2026-11-20T10:00:00Z');
    const second = await openFor(2, '2026-11-20T11:00:00Z');
    await openFor(3, '2026-11-20T09:00:00Z', { tier: 'senior' });
    await openFor(4, '2026-11-20T12:00:00Z', { tier: 'senior' });
    const page1 = await store.listQueue({ tier: 'advocates', limit: 1 });

    // Act
    const elsewhere = await store
      .listQueue({ tier: 'senior', limit: 1, cursor: page1.cursor })
      .catch((caught: unknown) => caught);
    const page2 = await store.listQueue({ tier: 'advocates', limit: 1, cursor: page1.cursor });

    // Assess
    expect(elsewhere).toBeInstanceOf(ValidationError);
    expect((elsewhere as ValidationError).issues).toEqual([invalidCursorIssue]);
    expect([...page1.items, ...page2.items].map((item) => item.id)).toEqual([first, second]);
  });
});

describe('DynamoCaseStore.findCustomerKeys', () => {
  const openNamed = async (customer: Signal['customer']) => {
    const result = await store.recordSignal({
      signal: surveySignal({ sourceEventId: 'resp-named', customer }),
      assessment: assessment(),
      routing: routing(),
      now: new Date('2026-11-20T10:00:00Z'),
    });
    if (result.outcome !== 'opened') throw new Error(`expected a case, got ${result.outcome}`);
    return result.case.id;
  };

  it.each([
    ['the account id', 'acct_123'],
    ['the e-mail, in any case', 'Dana.Ops@ACME.example'],
    ['the customer id', 'cust-9'],
    ['the person name', '  dana   OPS '],
    ['the account name', 'acme corp'],
    ['the internal key', 'account:acct_123'],
  ])('finds the case a signal opened by %s', async (_label, term) => {
    // Prepare
    const caseId = await openNamed({
      accountId: 'acct_123',
      email: 'dana.ops@acme.example',
      id: 'cust-9',
      name: 'Dana Ops',
      accountName: 'Acme Corp',
    });

    // Act
    const customerKeys = await store.findCustomerKeys(term);
    const page = await store.listByCustomerKeys(customerKeys, { limit: 10 });

    // Assess
    expect(customerKeys).toContain('account:acct_123');
    expect(page.items.map((item) => item.id)).toEqual([caseId]);
  });

  it('finds nothing for a term no signal named', async () => {
    // Prepare
    await openNamed({ accountId: 'acct_123', email: 'dana.ops@acme.example' });

    // Act
    const page = await store.listByCustomerKeys(
      await store.findCustomerKeys('someone@else.example'),
      {
        limit: 10,
      },
    );

    // Assess
    expect(page).toEqual({ items: [], cursor: undefined });
  });

  it('merges the histories of every customer one name stands for, newest first, page by page', async () => {
    // Prepare: two accounts share a contact's name.
    const older = await openFor(1, '2026-11-20T09:00:00Z');
    const newer = await openFor(2, '2026-11-20T10:00:00Z');
    for (const n of [1, 2]) {
      await store.recordSignal({
        signal: surveySignal({
          sourceEventId: `named-${n}`,
          customer: { accountId: `acct-${n}`, name: 'Sam Lee' },
        }),
        assessment: assessment(),
        routing: routing(),
        now: new Date('2026-11-20T11:00:00Z'),
      });
    }

    // Act
    const keys = await store.findCustomerKeys('sam lee');
    const page1 = await store.listByCustomerKeys(keys, { limit: 1 });
    const page2 = await store.listByCustomerKeys(keys, { limit: 1, cursor: page1.cursor });

    // Assess
    expect(keys).toEqual(expect.arrayContaining(['account:acct-1', 'account:acct-2']));
    expect([...page1.items, ...page2.items].map((item) => item.id)).toEqual([newer, older]);
  });

  it("refuses the cursor of another customer's history, at cursor", async () => {
    // Prepare
    await openFor(1, '2026-11-20T09:00:00Z');
    await openFor(2, '2026-11-20T10:00:00Z');
    await openFor(3, '2026-11-20T11:00:00Z');
    const page1 = await store.listByCustomerKeys(['account:acct-1', 'account:acct-2'], {
      limit: 1,
    });

    // Act
    const error = await store
      .listByCustomerKeys(['account:acct-1', 'account:acct-3'], { limit: 1, cursor: page1.cursor })
      .catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([invalidCursorIssue]);
  });
});

describe('DynamoCaseStore.listDue', () => {
  it('lists unacknowledged cases past their deadline, earliest first, until acknowledged or the chain ends', async () => {
    // Prepare
    const late = await openFor(1, '2026-11-20T08:00:00Z', { ackDeadline: '2026-11-20T09:00:00Z' });
    const later = await openFor(2, '2026-11-20T08:30:00Z', { ackDeadline: '2026-11-20T09:30:00Z' });
    await openFor(3, '2026-11-20T09:00:00Z', { ackDeadline: '2026-11-20T12:00:00Z' });
    const acknowledged = await openFor(4, '2026-11-20T08:00:00Z', {
      ackDeadline: '2026-11-20T08:30:00Z',
    });
    const ended = await openFor(5, '2026-11-20T08:00:00Z', { ackDeadline: '2026-11-20T08:45:00Z' });
    const at = new Date('2026-11-20T09:30:00Z');
    await store.applyAction(
      acknowledged,
      undefined,
      { type: 'acknowledge', actor: 'ana', summary: 's', successCriteria: ['c'] },
      at,
    );
    await store.applyAction(
      ended,
      undefined,
      { type: 'escalate', actor: 'system', to: 'management', ackDeadline: null },
      at,
    );

    // Act
    const due = await store.listDue(at);

    // Assess
    expect(due.map((item) => item.id)).toEqual([late, later]);
  });

  it('moves an escalated case to its next deadline', async () => {
    // Prepare
    const caseId = await openFor(1, '2026-11-20T08:00:00Z', {
      ackDeadline: '2026-11-20T09:00:00Z',
    });
    await store.applyAction(
      caseId,
      undefined,
      { type: 'escalate', actor: 'system', to: 'senior', ackDeadline: '2026-11-20T09:15:00Z' },
      new Date('2026-11-20T09:01:00Z'),
    );

    // Act
    const before = await store.listDue(new Date('2026-11-20T09:10:00Z'));
    const after = await store.listDue(new Date('2026-11-20T09:15:00Z'));

    // Assess
    expect(before).toEqual([]);
    expect(after.map((item) => [item.id, item.escalationLevel, item.escalatedTo])).toEqual([
      [caseId, 1, 'senior'],
    ]);
  });
});

describe('DynamoCaseStore.listOpenedBetween', () => {
  it('returns cases opened in [from, to) across months, oldest first', async () => {
    // Prepare
    await openFor(1, '2026-10-31T23:59:59Z');
    const november = await openFor(2, '2026-11-01T00:00:00Z');
    const december = await openFor(3, '2026-12-02T08:00:00Z');
    await openFor(4, '2026-12-05T00:00:00Z');

    // Act
    const cases = await store.listOpenedBetween(
      new Date('2026-11-01T00:00:00Z'),
      new Date('2026-12-05T00:00:00Z'),
    );

    // Assess
    expect(cases.map((item) => item.id)).toEqual([november, december]);
  });
});

describe('DynamoCustomerStore', () => {
  const record = {
    key: 'account:acct-1',
    id: 'cust-1',
    accountId: 'acct-1',
    name: 'Northwind',
    emailDomain: 'northwind.example',
    annualRevenue: 2_500_000,
    products: 5,
    timeZone: 'Europe/Berlin',
  };

  it('stores records and reads them back by key', async () => {
    // Act
    const written = await customers.putCustomers([
      record,
      { key: 'id:cust-2', id: 'cust-2', segment: 'low-margin' },
    ]);

    // Assess
    expect(written).toBe(2);
    expect(await customers.getCustomer('account:acct-1')).toEqual(record);
    expect(await customers.getCustomer('id:cust-2')).toEqual({
      key: 'id:cust-2',
      id: 'cust-2',
      segment: 'low-margin',
    });
    expect(await customers.getCustomer('id:nobody')).toBeUndefined();
  });

  it('finds a record by account id first, then by customer id alone', async () => {
    // Prepare
    await customers.putCustomers([record]);

    // Act
    const byAccount = await customers.findCustomer({ accountId: 'acct-1', id: 'other' });
    const byId = await customers.findCustomer({ id: 'cust-1', email: 'x@northwind.example' });
    const none = await customers.findCustomer({ email: 'x@elsewhere.example' });

    // Assess
    expect(byAccount).toEqual(record);
    expect(byId).toEqual(record);
    expect(none).toBeUndefined();
  });

  it('writes more than one BatchWrite chunk', async () => {
    // Prepare
    const many = Array.from({ length: 60 }, (_, index) => ({
      key: `id:c${index}`,
      id: `c${index}`,
    }));

    // Act
    await customers.putCustomers(many);

    // Assess
    expect(await customers.getCustomer('id:c59')).toEqual({ key: 'id:c59', id: 'c59' });
    expect(await customers.getCustomer('id:c0')).toEqual({ key: 'id:c0', id: 'c0' });
  });
});
