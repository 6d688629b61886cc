import { ConfigError, DependencyError } from '../errors.js';
import { chatTopicArns } from './chat-topics.js';
import { formatAlert, type AlertMessage, type FormatConfig } from './format.js';
import { alertTarget, type AlertRecord } from './target.js';

/** Publishes an alert to a topic; returns the message id. */
interface AlertPublisher {
  /** Every form but chat, one per subscription protocol, to a tier or management topic. */
  publish(topicArn: string, message: AlertMessage): Promise<string>;
  /** The chat form (a custom notification) to a chat topic. */
  publishChat(topicArn: string, message: AlertMessage): Promise<string>;
}

/** Identifies one alert: a case event. */
interface AlertKey {
  readonly caseId: string;
  readonly eventId: string;
}

/**
 * The dedupe markers of published alerts. `claim` takes the alert for publishing (`claimed`),
 * or reports it `sent` already, or `busy` while another invocation holds a live lease on it.
 */
interface AlertMarkers {
  claim(key: AlertKey, now: Date): Promise<'claimed' | 'sent' | 'busy'>;
  markSent(key: AlertKey, sent: { topic: string; messageId: string; now: Date }): Promise<void>;
  /** Gives a claim up after a failed publish, so a retry need not wait for the lease. */
  release(key: AlertKey): Promise<void>;
}

interface DeliveryDeps {
  readonly config: FormatConfig;
  /** Tier name (and `management`, and each chat topic's `chatTopicKey`) -> SNS topic ARN. */
  readonly topicArns: Readonly<Record<string, string>>;
  readonly publisher: AlertPublisher;
  readonly markers: AlertMarkers;
  readonly now: () => Date;
}

type Delivery =
  | { readonly status: 'published'; readonly target: string; readonly messageId: string }
  | { readonly status: 'duplicate' }
  | { readonly status: 'silent' };

/**
 * Publishes the alert of one case event at most once per success, and never loses it:
 * claim a marker (a lease), publish (to the target's topic, then to its chat topics), mark it sent. A redelivered event finds the marker sent
 * and publishes nothing. A failed publish releases the claim at once. A crash between publish
 * and `markSent` leaves a pending marker whose lease expires, and the retry publishes again: a rare duplicate is preferred to a lost alert
 * (SNS standard topics, which e-mail and SMS need, cannot deduplicate). Events of a tier with
 * alerts off publish nothing and write no marker.
 */
const deliverAlert = async (record: AlertRecord, deps: DeliveryDeps): Promise<Delivery> => {
  const target = alertTarget(record, deps.config);
  if (target === undefined) return { status: 'silent' };
  const topicArn = deps.topicArns[target];
  if (topicArn === undefined) {
    throw new ConfigError([{ path: 'ADVOCACY_TOPIC_ARNS', message: `no topic for "${target}"` }]);
  }
  const key = { caseId: record.caseId, eventId: record.eventId };
  const claim = await deps.markers.claim(key, deps.now());
  if (claim === 'sent') return { status: 'duplicate' };
  if (claim === 'busy') {
    throw new DependencyError(
      `alert ${record.caseId}#${record.eventId} is being published by another invocation; retry`,
    );
  }
  let messageId: string;
  try {
    const message = formatAlert(record, target, deps.config);
    messageId = await deps.publisher.publish(topicArn, message);
    for (const chatTopicArn of chatTopicArns(target, deps.topicArns)) {
      await deps.publisher.publishChat(chatTopicArn, message);
    }
  } catch (error) {
    // Release the claim so the retry may publish at once. If the tier's topic took the alert and
    // a chat topic failed, the retry repeats it on the tier's topic: a duplicate, never a loss.
    await deps.markers.release(key).catch(() => undefined);
    throw error;
  }
  await deps.markers.markSent(key, { topic: target, messageId, now: deps.now() });
  return { status: 'published', target, messageId };
};

export { deliverAlert };
export type { AlertKey, AlertMarkers, AlertPublisher, Delivery, DeliveryDeps };
