import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITIES } from '../cases/model.js';
import { keys, TTL_ATTRIBUTE } from '../cases/table.js';
import type { AlertKey, AlertMarkers } from './deliver.js';

interface DynamoAlertMarkersOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** How long a claim blocks others; longer than one SNS publish with its retries. */
  readonly leaseSeconds?: number;
  /** How long markers are kept: longer than any redelivery (stream 24 h, DLQ up to 14 days). */
  readonly retentionDays?: number;
}

/**
 * Alert markers in the cases table (`ALERT#<caseId>#<eventId>` / `ALERT`): `pending` with a
 * lease while an alert is being published, then `sent` with the SNS message id.
 */
class DynamoAlertMarkers implements AlertMarkers {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #leaseMs: number;
  readonly #retentionSeconds: number;

  constructor(options: DynamoAlertMarkersOptions) {
    this.#client = options.client;
    this.#tableName = options.tableName;
    this.#leaseMs = (options.leaseSeconds ?? 60) * 1000;
    this.#retentionSeconds = (options.retentionDays ?? 30) * 86_400;
  }

  async claim(key: AlertKey, now: Date): Promise<'claimed' | 'sent' | 'busy'> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.alertMarker(key.caseId, key.eventId),
          UpdateExpression:
            'SET entity = :entity, caseId = :caseId, eventId = :eventId, #status = :pending, ' +
            'leaseUntil = :lease, attempts = if_not_exists(attempts, :zero) + :one, #ttl = :ttl',
          // New, or pending with an expired lease (the previous publisher crashed or timed out).
          ConditionExpression:
            'attribute_not_exists(pk) OR (#status = :pending AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status', '#ttl': TTL_ATTRIBUTE },
          ExpressionAttributeValues: {
            ':entity': ENTITIES.alertMarker,
            ':caseId': key.caseId,
            ':eventId': key.eventId,
            ':pending': 'pending',
            ':lease': now.getTime() + this.#leaseMs,
            ':now': now.getTime(),
            ':zero': 0,
            ':one': 1,
            ':ttl': Math.floor(now.getTime() / 1000) + this.#retentionSeconds,
          },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: keys.alertMarker(key.caseId, key.eventId),
        ConsistentRead: true,
      }),
    );
    return existing.Item?.status === 'sent' ? 'sent' : 'busy';
  }

  async release(key: AlertKey): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: keys.alertMarker(key.caseId, key.eventId),
          UpdateExpression: 'SET leaseUntil = :expired',
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':expired': 0, ':pending': 'pending' },
        }),
      );
    } catch (error) {
      // Already sent (or never claimed): nothing to release.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async markSent(
    key: AlertKey,
    sent: { topic: string; messageId: string; now: Date },
  ): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: keys.alertMarker(key.caseId, key.eventId),
        UpdateExpression:
          'SET #status = :sent, topic = :topic, messageId = :messageId, sentAt = :at REMOVE leaseUntil',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':sent': 'sent',
          ':topic': sent.topic,
          ':messageId': sent.messageId,
          ':at': sent.now.toISOString(),
        },
      }),
    );
  }
}

export { DynamoAlertMarkers };
export type { DynamoAlertMarkersOptions };
