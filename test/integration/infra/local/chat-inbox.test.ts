import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInboxCollector, type InboxCollector } from '../../../../infra/local/inbox.js';
import { createMessagingResources } from '../../../../infra/local/resources.js';
import { CustomNotificationSchema } from '../../../../shared/alerts/custom-notification.js';
import { deliverAlert, type AlertMarkers } from '../../../../shared/alerts/deliver.js';
import { SnsAlertPublisher } from '../../../../shared/alerts/sns-alert-publisher.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { chatConfig, withExampleLinks, type AlertingConfig } from '../../../helpers/config.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';

// The markers port is not what this test is about (DynamoAlertMarkers has its own tests against
// DynamoDB Local): an in-memory stand-in that lets every alert through once.
const markers: AlertMarkers = {
  claim: () => Promise.resolve('claimed'),
  markSent: () => Promise.resolve(),
  release: () => Promise.resolve(),
};

const fauxqs = useFauxqs();
let sns: SNSClient;
let sqs: SQSClient;
let config: AlertingConfig;
let topicArns: Readonly<Record<string, string>>;
let inbox: InboxCollector;

beforeAll(async () => {
  config = withExampleLinks(await chatConfig());
  sns = fauxqs.sns();
  sqs = fauxqs.sqs();
  const resources = await createMessagingResources({ sqs, sns }, config, {
    visibilityTimeoutSeconds: 30,
  });
  topicArns = resources.topicArns;
  inbox = startInboxCollector(sqs, resources.inboxes, () => undefined);
});

afterAll(async () => {
  await inbox.stop();
});

/** Polls the inbox until `count` alerts of a case arrived and a second passed without more. */
const receivedFor = async (caseId: string, count: number) => {
  for (let waited = 0; waited < 15_000; waited += 200) {
    const alerts = inbox.alerts().filter((alert) => alert.attributes.caseId === caseId);
    if (alerts.length >= count) {
      await new Promise((done) => setTimeout(done, 1000));
      return inbox.alerts().filter((alert) => alert.attributes.caseId === caseId);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`timed out waiting for ${String(count)} alerts of ${caseId}`);
};

const deliver = (record: ReturnType<typeof alertFixture>) =>
  deliverAlert(record, {
    config,
    topicArns,
    publisher: new SnsAlertPublisher({ client: sns }),
    markers,
    now: () => new Date('2026-11-24T03:30:05Z'),
  });

describe('the local stack with chat channels (fauxqs)', () => {
  it('creates the chat topics the CDK stack declares, keyed as notify finds them', () => {
    expect(Object.keys(topicArns).sort()).toEqual([
      'advocates',
      'advocates/chat-all',
      'management',
      'senior',
      'senior/chat-all',
      'senior/chat-urgent',
    ]);
  });

  it('delivers an urgent alert to every senior inbox, the chat ones as custom notifications', async () => {
    // Act
    await deliver(alertFixture('opened-urgent-strategic'));

    // Assess
    const alerts = await receivedFor('c-7f3a9e', 4);
    expect(alerts.map((alert) => `${alert.tier}/${alert.subscription}`).sort()).toEqual([
      'senior/pager',
      'senior/slack-1',
      'senior/team-inbox',
      'senior/teams-2',
    ]);
    const chat = alerts.filter((alert) => /^(slack|teams)-/.test(alert.subscription));
    for (const alert of chat) {
      const notification = CustomNotificationSchema.parse(JSON.parse(alert.message));
      expect(notification.content.title).toBe('🚨 URGENT · Acme Corp · churn threat');
      expect(alert.subject).toBe(notification.content.title);
      expect(alert.attributes.urgency).toBe('urgent');
    }
    const email = alerts.find((alert) => alert.subscription === 'team-inbox');
    expect(email?.message).toMatch(/^URGENT · Acme Corp · churn threat\n\nCustomer: {3}Acme Corp/);
  });

  it('keeps a non-urgent alert from the urgent-only chat channel, as from the pager', async () => {
    // Prepare
    const record = alertFixture('opened-urgent-strategic');
    const calm = {
      ...record,
      caseId: 'c-calm',
      case: { ...record.case, id: 'c-calm', urgent: false },
    };

    // Act
    await deliver(calm);

    // Assess
    const alerts = await receivedFor('c-calm', 2);
    expect(alerts.map((alert) => alert.subscription).sort()).toEqual(['slack-1', 'team-inbox']);
  });
});
