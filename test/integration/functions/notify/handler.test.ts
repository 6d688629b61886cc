import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandler, type NotifyDeps } from '../../../../functions/notify/handler.js';
import { DynamoAlertMarkers } from '../../../../shared/alerts/dynamo-alert-markers.js';
import { SnsAlertPublisher } from '../../../../shared/alerts/sns-alert-publisher.js';
import { eventItem } from '../../../../shared/cases/dynamo-items.js';
import type { CaseEventRecord } from '../../../../shared/cases/model.js';
import { keys } from '../../../../shared/cases/table.js';
import { routeCase } from '../../../../shared/routing/route.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { exampleConfig, withExampleLinks, type AlertingConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';
import { createAlertTopics, drain, type AlertTopics } from './alert-topics.js';
import { eventOf, readStream } from './stream-records.js';

const dynamo = useDynamoDbLocal();
const fauxqs = useFauxqs();
let sns: SNSClient;
let sqs: SQSClient;
let topics: AlertTopics;
let config: AlertingConfig;
let tableName: string;

// Monday 2026-11-23 22:30 in New York: outside business hours.
const NOW = new Date('2026-11-24T03:30:00Z');

beforeAll(async () => {
  config = withExampleLinks(await exampleConfig());
  sns = fauxqs.sns();
  sqs = fauxqs.sqs();
  topics = await createAlertTopics(sns, sqs, ['senior', 'advocates', 'management']);
  tableName = await dynamo.freshTable();
});

beforeEach(async () => {
  // Every test starts with empty queues.
  for (const url of Object.values(topics.queues)) await drain(sqs, url);
});

const notify = (overrides: Partial<NotifyDeps> = {}) =>
  createHandler({
    config,
    topicArns: topics.topicArns,
    publisher: new SnsAlertPublisher({ client: sns }),
    markers: new DynamoAlertMarkers({ client: dynamo.client(), tableName }),
    now: () => NOW,
    metrics: { addMetric: () => undefined, publishStoredMetrics: () => undefined },
    logger: { info: () => undefined, error: () => undefined },
    ...overrides,
  });

/** A case event as detect records it: routed by the real routing code, stored as the event item. */
const record = (
  fixture: Parameters<typeof alertFixture>[0],
  caseId: string,
  customer: CaseEventRecord['case']['customer'] & { segment?: string },
  annualRevenue?: number,
): CaseEventRecord => {
  const base = alertFixture(fixture);
  const routing = routeCase(
    {
      customer: {
        ...customer,
        ...(customer.accountId === undefined ? { email: 'x@y.example' } : {}),
      },
      record: annualRevenue === undefined ? undefined : { key: customer.key, annualRevenue },
      urgent: base.case.urgent,
      now: NOW,
    },
    config,
  );
  return {
    ...base,
    caseId,
    case: {
      ...base.case,
      id: caseId,
      customer,
      segment: routing.segment,
      segmentReason: routing.segmentReason,
      tier: routing.tier,
      ackDeadline: routing.ackDeadline,
    },
  };
};

const store = async (...records: CaseEventRecord[]) => {
  for (const item of records) {
    const { case: snapshot, ...event } = item;
    await dynamo
      .client()
      .send(new PutCommand({ TableName: tableName, Item: eventItem(event, snapshot) }));
  }
  const stream = await readStream(dynamo.client(), dynamo.endpoint(), tableName);
  return eventOf(
    stream,
    records.map((item) => item.caseId),
  );
};

const received = async () => {
  const result: Record<string, string[]> = {};
  for (const [name, url] of Object.entries(topics.queues)) {
    result[name] = (await drain(sqs, url)).map((message) => message.alert.alertId);
  }
  return result;
};

describe('notify', () => {
  it("pages a strategic customer's urgent case to the senior tier's urgent-only and all-alerts queues", async () => {
    // Prepare
    const acme = record(
      'opened-urgent-strategic',
      'c-acme-1',
      { key: 'account:acme', accountId: 'acme', accountName: 'Acme Corp' },
      2_500_000,
    );
    const event = await store(acme);

    // Act
    const response = await notify()(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(await received()).toEqual({
      'senior/all': ['c-acme-1#000001'],
      'senior/urgent': ['c-acme-1#000001'],
      'advocates/all': [],
      'advocates/urgent': [],
      'management/all': [],
      'management/urgent': [],
    });
  });

  it("sends a standard customer's non-urgent case only to the advocates' all-alerts queue, due inside business hours", async () => {
    // Prepare
    const pat = record('opened-normal-standard', 'c-pat-1', {
      key: 'email:pat@smallshop.example',
      email: 'pat@smallshop.example',
    });
    const event = await store(pat);

    // Act
    await notify()(event);
    const all = await drain(sqs, topics.queues['advocates/all'] ?? '');

    // Assess
    expect(all).toHaveLength(1);
    const [message] = all;
    expect(message?.subject).toBe('Non-urgent · pat@smallshop.example · escalation request');
    expect(message?.attributes.urgency).toEqual({ Type: 'String', Value: 'normal' });
    expect(message?.attributes.triggers).toEqual({
      Type: 'String.Array',
      Value: '["escalation_request","extreme_rating"]',
    });
    // Tuesday 17:00 New York: the end of the next business day's window, 480 business minutes on.
    expect(message?.alert.case).toMatchObject({ ackDeadline: '2026-11-24T22:00:00.000Z' });
    const local = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }).format(new Date('2026-11-24T22:00:00.000Z'));
    expect(local).toBe('Tue 17:00');
    expect(await received()).toEqual({
      'senior/all': [],
      'senior/urgent': [],
      'advocates/all': [],
      'advocates/urgent': [],
      'management/all': [],
      'management/urgent': [],
    });
  });

  it("records a low-margin customer's case but alerts no tier and writes no marker", async () => {
    // Prepare
    const bargain = record('opened-urgent-strategic', 'c-bargain-1', {
      key: 'id:b-1',
      id: 'b-1',
      segment: 'low-margin',
    });
    const event = await store(bargain);
    expect(bargain.case.tier).toBe('sop');

    // Act
    const response = await notify()(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    expect(Object.values(await received()).flat()).toEqual([]);
    const marker = await dynamo
      .client()
      .send(
        new GetCommand({ TableName: tableName, Key: keys.alertMarker('c-bargain-1', '000001') }),
      );
    expect(marker.Item).toBeUndefined();
  });

  it('publishes a stream record delivered twice once, and marks it sent', async () => {
    // Prepare
    const acme = record(
      'opened-urgent-strategic',
      'c-acme-2',
      { key: 'account:acme2', accountId: 'acme2', accountName: 'Acme Two' },
      2_500_000,
    );
    const event = await store(acme);
    const handler = notify();

    // Act
    await handler(event);
    await handler(structuredClone(event));

    // Assess
    expect((await received())['senior/all']).toEqual(['c-acme-2#000001']);
    const marker = await dynamo
      .client()
      .send(new GetCommand({ TableName: tableName, Key: keys.alertMarker('c-acme-2', '000001') }));
    expect(marker.Item).toMatchObject({ entity: 'alert-marker', status: 'sent', topic: 'senior' });
  });

  it('sends an escalation to the target topic', async () => {
    // Prepare
    const base = record(
      'opened-urgent-strategic',
      'c-acme-3',
      {
        key: 'account:acme3',
        accountId: 'acme3',
        accountName: 'Acme Three',
      },
      2_500_000,
    );
    const escalated: CaseEventRecord = {
      ...base,
      eventId: '000002',
      type: 'escalated',
      details: { from: 'senior', to: 'management', level: 1 },
      case: { ...base.case, escalationLevel: 1, escalatedTo: 'management', version: 2 },
    };
    const event = await store(escalated);

    // Act
    await notify()(event);

    // Assess
    const all = await received();
    expect(all['management/all']).toEqual(['c-acme-3#000002']);
    expect(all['management/urgent']).toEqual(['c-acme-3#000002']);
    expect(all['senior/all']).toEqual([]);
  });

  it('publishes on the retry after a failed publish, without waiting for the lease', async () => {
    // Prepare: the first attempt publishes to a topic SNS does not know.
    const acme = record(
      'opened-urgent-strategic',
      'c-acme-5',
      { key: 'account:acme5', accountId: 'acme5', accountName: 'Acme Five' },
      2_500_000,
    );
    const event = await store(acme);
    const broken = { ...topics.topicArns, senior: `${topics.topicArns.senior ?? ''}-missing` };

    // Act
    const failed = await notify({ topicArns: broken })(event).catch((error: unknown) => error);
    const retried = await notify()(event);

    // Assess: the whole batch failed (Lambda retries it), then the retry went out at once.
    expect(failed).toMatchObject({ name: 'FullBatchFailureError' });
    expect(retried).toEqual({ batchItemFailures: [] });
    expect((await received())['senior/urgent']).toEqual(['c-acme-5#000001']);
  });

  it('reports only the failed record by its sequence number and publishes the others', async () => {
    // Prepare: the advocates' topic is missing from the environment.
    const good = record(
      'opened-urgent-strategic',
      'c-acme-4',
      {
        key: 'account:acme4',
        accountId: 'acme4',
      },
      2_500_000,
    );
    const bad = record('opened-normal-standard', 'c-pat-4', {
      key: 'email:p4@x.example',
      email: 'p4@x.example',
    });
    const event = await store(good, bad);
    const { advocates: _missing, ...withoutAdvocates } = topics.topicArns;
    const badSequence = event.Records.find((entry) =>
      entry.dynamodb?.Keys?.pk?.S?.includes('c-pat-4'),
    )?.dynamodb?.SequenceNumber;

    // Act
    const response = await notify({ topicArns: withoutAdvocates })(event);

    // Assess
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: badSequence }] });
    expect((await received())['senior/all']).toEqual(['c-acme-4#000001']);
  });
});
