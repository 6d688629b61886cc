import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import {
  samplePayload,
  SELF_CONTAINED_SOURCES,
  type SampleCustomer,
  type SampleSource,
} from '../../infra/local/samples.js';
import { signRequest } from '../../shared/sources/signing.js';
import { eventually, sleep, useLocalStack } from '../helpers/local-stack.js';

const local = useLocalStack();

const OUTAGE =
  "Our whole site is down right now and we can't take any orders. We are losing money every minute.";

const strategicCustomer = (tag: string): SampleCustomer => ({
  id: `u-${tag}`,
  email: `ops-${tag}@example.com`,
  name: 'Robin Vale',
  accountId: `acct-${tag}`,
  accountName: `Account ${tag}`,
  segment: 'strategic',
});

const signedOutage = (source: SampleSource, tag: string, now = new Date(), responseId = tag) => {
  const body = samplePayload(source, strategicCustomer(tag), {
    responseId: `resp-${responseId}`,
    nps: 0,
    comment: OUTAGE,
    at: now,
  });
  return signRequest(source, body, developmentSecret(source), now);
};

const uniqueTag = (): string => randomUUID().slice(0, 8);

/** The customer's single case, once detect has written it. */
const caseOf = (tag: string) =>
  eventually(
    async () => {
      const cases = await local.casesOf(`account:acct-${tag}`);
      return cases.length > 0 ? cases : undefined;
    },
    15_000,
    `a case for acct-${tag}`,
  );

describe('a signed webhook from every self-contained source', () => {
  it.each(SELF_CONTAINED_SOURCES)(
    '%s: answers 202, opens a case in DynamoDB and alerts the senior tier with its attributes',
    async (source) => {
      // Prepare
      const tag = uniqueTag();
      const { body, headers } = signedOutage(source, tag);

      // Act
      const answer = await local.post(`/webhooks/${source}`, body, headers);

      // Assess
      expect(answer.status).toBe(202);
      const cases = await caseOf(tag);
      expect(cases).toHaveLength(1);
      const alerts = await local.waitForAlerts(
        (alert) => alert.attributes.caseId === cases[0]?.id,
        2,
      );
      expect(cases[0]).toMatchObject({ tier: 'senior', segment: 'strategic', urgent: true });
      expect(alerts.map((alert) => alert.subscription).sort()).toEqual(['pager', 'team-inbox']);
      expect(alerts[0]?.attributes).toMatchObject({
        tier: 'senior',
        segment: 'strategic',
        urgency: 'urgent',
        caseId: cases[0]?.id,
        event: 'opened',
      });
    },
  );
});

describe('finding a customer by what a person knows', () => {
  it('GET /cases?customer= finds the case a webhook opened by account id, e-mail or name', async () => {
    // Prepare
    const tag = uniqueTag();
    const { body, headers } = signedOutage('generic', tag);
    await local.post('/webhooks/generic', body, headers);
    const [opened] = await caseOf(tag);

    // Act
    const found = await Promise.all(
      [`acct-${tag}`, `OPS-${tag}@example.com`, `Account ${tag}`, `u-${tag}`].map((who) =>
        local.get(`/cases?customer=${encodeURIComponent(who)}`),
      ),
    );

    // Assess
    for (const answer of found) {
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ items: [{ id: opened?.id }] });
    }
  });
});

describe('a webhook that is not what the platform would send', () => {
  it.each(SELF_CONTAINED_SOURCES)(
    '%s: unsigned -> 401, tampered -> 401, malformed -> 400, and nothing moves',
    async (source) => {
      // Prepare
      const tag = uniqueTag();
      const { body, headers } = signedOutage(source, tag);
      const tampered = body.toString('utf8').replace('every minute', 'every hour');
      const malformed = signRequest(
        source,
        '{"not": "a webhook of this platform"}',
        developmentSecret(source),
        new Date(),
      );
      // Other tests' alerts may still be arriving: only alerts naming this test's customer count.
      const alertsOfThisCustomer = () =>
        local
          .stack()
          .alerts()
          .filter((alert) => JSON.stringify(alert).includes(tag));

      // Act
      const unsigned = await local.post(`/webhooks/${source}`, body, {
        'content-type': headers['content-type'] ?? 'application/json',
      });
      const forged = await local.post(`/webhooks/${source}`, tampered, headers);
      const invalid = await local.post(`/webhooks/${source}`, malformed.body, malformed.headers);
      await sleep(1500);

      // Assess
      expect([unsigned.status, forged.status, invalid.status]).toEqual([401, 401, 400]);
      expect(invalid.json).toMatchObject({ error: expect.any(String) as unknown });
      expect(await local.casesOf(`account:acct-${tag}`)).toEqual([]);
      expect(await local.queueDepth(local.stack().resources.signalsQueueUrl)).toBe(0);
      expect(alertsOfThisCustomer()).toEqual([]);
    },
  );
});

describe('duplicate deliveries', () => {
  it('the same webhook posted 5 times concurrently makes 1 case and 1 alert per subscription', async () => {
    // Prepare
    const tag = uniqueTag();
    const { body, headers } = signedOutage('generic', tag);

    // Act
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => local.post('/webhooks/generic', body, headers)),
    );
    const [opened] = await caseOf(tag);
    await local.waitForAlerts((alert) => alert.attributes.caseId === opened?.id, 2);
    await sleep(3000);

    // Assess
    expect(answers.map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202]);
    expect(await local.casesOf(`account:acct-${tag}`)).toHaveLength(1);
    const delivered = local
      .stack()
      .alerts()
      .filter((alert) => alert.attributes.caseId === opened?.id);
    expect(delivered.map((alert) => alert.subscription).sort()).toEqual(['pager', 'team-inbox']);
  });
});

describe('a burst from one customer', () => {
  it('20 different webhooks of one customer within a second make 1 case with 20 signals and 1 opening alert per subscription', async () => {
    // Prepare
    const tag = uniqueTag();
    const webhooks = Array.from({ length: 20 }, (_, index) =>
      signedOutage('generic', tag, new Date(), `${tag}-${index}`),
    );

    // Act: one every 30 ms, so all 20 leave within one second even on a busy machine.
    const started = Date.now();
    const answers: Promise<{ status: number }>[] = [];
    for (const [index, { body, headers }] of webhooks.entries()) {
      const due = started + index * 30;
      if (due > Date.now()) await sleep(due - Date.now());
      answers.push(local.post('/webhooks/generic', body, headers));
    }
    const sentWithin = Date.now() - started;
    const statuses = (await Promise.all(answers)).map((answer) => answer.status);
    const [settled] = await eventually(
      async () => {
        const cases = await local.casesOf(`account:acct-${tag}`);
        return cases.length === 1 && cases[0]?.signalCount === 20 ? cases : undefined;
      },
      30_000,
      `one case with 20 signals for acct-${tag}`,
    );
    const caseId = String(settled?.id);
    await local.waitForAlerts((alert) => alert.attributes.caseId === caseId, 2);
    await sleep(3000);

    // Assess
    expect(sentWithin).toBeLessThan(1000);
    expect(statuses).toEqual(Array.from({ length: 20 }, () => 202));
    expect(await local.casesOf(`account:acct-${tag}`)).toHaveLength(1);
    const { Items = [] } = await local.stack().clients.dynamo.send(
      new QueryCommand({
        TableName: local.stack().resources.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :signal)',
        ExpressionAttributeValues: { ':pk': `CASE#${caseId}`, ':signal': 'SIGNAL#' },
      }),
    );
    expect(Items).toHaveLength(20);
    // The pager's short text does not name the account: the case id ties its alerts to it.
    const alerts = local.stack().alerts();
    const ofThisCase = alerts.filter((alert) => alert.attributes.caseId === caseId);
    expect(ofThisCase.map((alert) => [alert.attributes.event, alert.subscription]).sort()).toEqual([
      ['opened', 'pager'],
      ['opened', 'team-inbox'],
    ]);
    const namingTheAccount = alerts.filter((alert) => alert.message.includes(`acct-${tag}`));
    expect(namingTheAccount.map((alert) => alert.attributes.caseId)).toEqual([caseId]);
    expect(await local.queueDepth(local.stack().resources.signalsQueueUrl)).toBe(0);
  });
});
