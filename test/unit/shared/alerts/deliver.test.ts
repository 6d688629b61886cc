import { beforeAll, describe, expect, it } from 'vitest';
import {
  deliverAlert,
  type AlertKey,
  type AlertMarkers,
  type AlertPublisher,
  type DeliveryDeps,
} from '../../../../shared/alerts/deliver.js';
import type { AlertMessage } from '../../../../shared/alerts/format.js';
import { DependencyError } from '../../../../shared/errors.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { exampleConfig, withExampleLinks, type AlertingConfig } from '../../../helpers/config.js';

// In-memory fakes of the two ports: the DynamoDB and SNS adapters are covered against the
// emulators in test/integration/shared/alerts and test/integration/functions/notify.
class MemoryMarkers implements AlertMarkers {
  readonly state = new Map<string, 'pending' | 'sent'>();
  async claim(key: AlertKey): Promise<'claimed' | 'sent' | 'busy'> {
    const id = `${key.caseId}#${key.eventId}`;
    const current = this.state.get(id);
    if (current === undefined) {
      this.state.set(id, 'pending');
      return Promise.resolve('claimed');
    }
    return Promise.resolve(current === 'sent' ? 'sent' : 'busy');
  }
  async release(key: AlertKey): Promise<void> {
    this.state.delete(`${key.caseId}#${key.eventId}`);
    return Promise.resolve();
  }
  async markSent(key: AlertKey): Promise<void> {
    this.state.set(`${key.caseId}#${key.eventId}`, 'sent');
    return Promise.resolve();
  }
}

class MemoryPublisher implements AlertPublisher {
  readonly sent: { topicArn: string; form: 'protocols' | 'chat'; message: AlertMessage }[] = [];
  /** Topic ARNs whose publish fails. */
  readonly failing = new Set<string>();
  async publish(topicArn: string, message: AlertMessage): Promise<string> {
    return this.#record(topicArn, 'protocols', message);
  }
  async publishChat(topicArn: string, message: AlertMessage): Promise<string> {
    return this.#record(topicArn, 'chat', message);
  }
  async #record(topicArn: string, form: 'protocols' | 'chat', message: AlertMessage) {
    if (this.failing.has(topicArn)) throw new DependencyError(`SNS publish to ${topicArn} failed`);
    this.sent.push({ topicArn, form, message });
    return Promise.resolve(`m-${String(this.sent.length)}`);
  }
}

let config: AlertingConfig;

beforeAll(async () => {
  config = withExampleLinks(await exampleConfig());
});

const deps = (
  topicArns: Readonly<Record<string, string>> = {
    senior: 'arn:senior',
    advocates: 'arn:advocates',
    management: 'arn:management',
  },
): DeliveryDeps & { publisher: MemoryPublisher; markers: MemoryMarkers } => ({
  config,
  topicArns,
  publisher: new MemoryPublisher(),
  markers: new MemoryMarkers(),
  now: () => new Date('2026-11-24T03:30:05Z'),
});

describe('deliverAlert', () => {
  it("publishes to the target tier's topic and marks the alert sent", async () => {
    const context = deps();
    const delivery = await deliverAlert(alertFixture('opened-urgent-strategic'), context);
    expect(delivery).toEqual({ status: 'published', target: 'senior', messageId: 'm-1' });
    expect(context.publisher.sent.map((sent) => sent.topicArn)).toEqual(['arn:senior']);
    expect(context.markers.state.get('c-7f3a9e#000001')).toBe('sent');
  });

  it('publishes a redelivered event once', async () => {
    const context = deps();
    await deliverAlert(alertFixture('opened-urgent-strategic'), context);
    const again = await deliverAlert(alertFixture('opened-urgent-strategic'), context);
    expect(again).toEqual({ status: 'duplicate' });
    expect(context.publisher.sent).toHaveLength(1);
  });

  it('asks for a retry while another invocation holds the claim', async () => {
    const context = deps();
    context.markers.state.set('c-7f3a9e#000001', 'pending');
    await expect(deliverAlert(alertFixture('opened-urgent-strategic'), context)).rejects.toThrow(
      expect.objectContaining({
        name: 'DependencyError',
        message: 'alert c-7f3a9e#000001 is being published by another invocation; retry',
      }),
    );
    expect(context.publisher.sent).toHaveLength(0);
  });

  it('releases its claim when the publish fails, so the retry publishes at once', async () => {
    // Prepare
    const context = deps();
    context.publisher.failing.add('arn:senior');

    // Act
    await expect(deliverAlert(alertFixture('opened-urgent-strategic'), context)).rejects.toThrow(
      expect.objectContaining({
        name: 'DependencyError',
        message: 'SNS publish to arn:senior failed',
      }),
    );
    context.publisher.failing.clear();
    const retry = await deliverAlert(alertFixture('opened-urgent-strategic'), context);

    // Assess
    expect(retry).toEqual({ status: 'published', target: 'senior', messageId: 'm-1' });
  });

  it("publishes the chat form to each of the target's chat topics after its own topic", async () => {
    // Prepare
    const context = deps({
      senior: 'arn:senior',
      'senior/chat-all': 'arn:senior-chat-all',
      'senior/chat-urgent': 'arn:senior-chat-urgent',
      'advocates/chat-all': 'arn:advocates-chat-all',
    });

    // Act
    const delivery = await deliverAlert(alertFixture('opened-urgent-strategic'), context);

    // Assess
    expect(delivery).toEqual({ status: 'published', target: 'senior', messageId: 'm-1' });
    expect(context.publisher.sent.map(({ topicArn, form }) => [topicArn, form])).toEqual([
      ['arn:senior', 'protocols'],
      ['arn:senior-chat-all', 'chat'],
      ['arn:senior-chat-urgent', 'chat'],
    ]);
  });

  it('leaves the alert unsent when a chat topic fails, so the retry repeats rather than loses it', async () => {
    // Prepare
    const context = deps({ senior: 'arn:senior', 'senior/chat-all': 'arn:senior-chat-all' });
    context.publisher.failing.add('arn:senior-chat-all');

    // Act
    await expect(deliverAlert(alertFixture('opened-urgent-strategic'), context)).rejects.toThrow(
      expect.objectContaining({ message: 'SNS publish to arn:senior-chat-all failed' }),
    );
    context.publisher.failing.clear();
    const retry = await deliverAlert(alertFixture('opened-urgent-strategic'), context);

    // Assess
    expect(retry).toEqual({ status: 'published', target: 'senior', messageId: 'm-2' });
    expect(context.publisher.sent.map(({ topicArn }) => topicArn)).toEqual([
      'arn:senior',
      'arn:senior',
      'arn:senior-chat-all',
    ]);
  });

  it('stays silent for an SOP tier and writes no marker', async () => {
    const context = deps();
    const record = alertFixture('opened-normal-standard');
    const sop = { ...record, case: { ...record.case, segment: 'low-margin', tier: 'sop' } };
    expect(await deliverAlert(sop, context)).toEqual({ status: 'silent' });
    expect(context.publisher.sent).toHaveLength(0);
    expect(context.markers.state.size).toBe(0);
  });

  it('fails, naming the variable, when the target has no topic', async () => {
    const context = deps({ senior: 'arn:senior' });
    await expect(deliverAlert(alertFixture('opened-normal-standard'), context)).rejects.toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        message: 'ADVOCACY_TOPIC_ARNS: no topic for "advocates"',
      }),
    );
  });
});
