import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverAlert, type Delivery, type DeliveryDeps } from '../../shared/alerts/deliver.js';
import { alertRecordOf } from '../../shared/alerts/record-schema.js';

/** The slice of Powertools Metrics the handler uses. */
interface MetricsSink {
  addMetric(name: string, unit: 'Count', value: number): void;
  publishStoredMetrics(): void;
}

interface NotifyDeps extends DeliveryDeps {
  readonly metrics: MetricsSink;
  readonly logger: Pick<Logger, 'info' | 'error'>;
}

const METRICS: Readonly<Record<Delivery['status'], string>> = {
  published: 'AlertsPublished',
  duplicate: 'DuplicateAlerts',
  silent: 'SilentAlerts',
};

/**
 * The notify function: the cases table's stream is the outbox. Only inserted case events of an
 * alerting type publish; everything else in the table is skipped. A failed record is reported
 * by its SequenceNumber (`batchItemFailures`), so the mapping bisects and retries and, after its
 * retries, sends the batch's shard and sequence range to the on-failure queue
 * (`advocacy replay-dlq --queue alerts`). Redelivered records publish nothing new (markers).
 */
const createHandler = (deps: NotifyDeps) => {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const recordHandler = async (record: DynamoDBRecord): Promise<void> => {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || image === undefined) return;
    // aws-lambda's AttributeValue and the SDK's describe the same wire shape.
    const alert = alertRecordOf(unmarshall(image as Record<string, AttributeValue>));
    if (alert === undefined) return;
    let delivery: Delivery;
    try {
      delivery = await deliverAlert(alert, deps);
    } catch (error) {
      // The batch response carries only the sequence number: the reason is logged here.
      deps.logger.error('alert not delivered; the record will be retried', {
        caseId: alert.caseId,
        eventId: alert.eventId,
        sequenceNumber: record.dynamodb?.SequenceNumber,
        error: error as Error,
      });
      throw error;
    }
    deps.metrics.addMetric(METRICS[delivery.status], 'Count', 1);
    deps.logger.info('case event handled', {
      caseId: alert.caseId,
      eventId: alert.eventId,
      event: alert.type,
      ...delivery,
    });
  };
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    try {
      return await processPartialResponse(event, recordHandler, processor, {
        // In stream order: a case's `opened` alert goes out before its `severity_raised`.
        processInParallel: false,
      });
    } finally {
      deps.metrics.publishStoredMetrics();
    }
  };
};

export { createHandler };
export type { MetricsSink, NotifyDeps };
