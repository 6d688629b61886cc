import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors.js';
import { deliverAlert, type Delivery, type DeliveryDeps } from './deliver.js';
import { findAlertingEvents } from './reconcile.js';
import { alertRecordOf } from './record-schema.js';
import { parseStreamFailure, type StreamBatchInfo } from './stream-failure.js';
import { readStreamRange } from './stream-range.js';

interface ReplayAlertsDeps extends DeliveryDeps {
  readonly sqs: SQSClient;
  readonly dlqUrl: string;
  readonly streams: DynamoDBStreamsClient;
  readonly dynamo: DynamoDBDocumentClient;
  readonly tableName: string;
  /** One line per DLQ message and per alert. */
  readonly log: (line: string) => void;
  /** DLQ messages handled at most in one run. */
  readonly maxMessages?: number;
}

interface ReplaySummary {
  readonly replayed: number;
  readonly kept: number;
  readonly alerts: Readonly<Record<Delivery['status'], number>>;
}

// Case events carry their own time; stream arrival lags it by moments. A margin either side.
const WINDOW_MARGIN_MS = 5 * 60_000;

const shift = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

const itemsOf = async (batch: StreamBatchInfo, deps: ReplayAlertsDeps) => {
  const fromStream = await readStreamRange(deps.streams, batch);
  if (fromStream !== undefined) return { source: 'stream', items: fromStream };
  const first = batch.approximateArrivalOfFirstRecord;
  const last = batch.approximateArrivalOfLastRecord ?? first;
  if (first === undefined || last === undefined) {
    throw new ValidationError('the stream range is gone and the message has no arrival times');
  }
  const window = { from: shift(first, -WINDOW_MARGIN_MS), to: shift(last, WINDOW_MARGIN_MS) };
  return { source: 'table', items: await findAlertingEvents(deps.dynamo, deps.tableName, window) };
};

/**
 * Makes the alerts of failed stream batches go out. Each alerts-DLQ message names a shard and a
 * sequence range: the records are re-read from the stream while it retains them (24 hours),
 * else the alerting case events of the batch's arrival window are read from the table. Each is
 * delivered as notify would, so alerts already sent (markers) publish nothing. A message is
 * deleted only when every alert of its batch went out; otherwise it stays for the next run.
 */
const replayAlertsDlq = async (deps: ReplayAlertsDeps): Promise<ReplaySummary> => {
  const alerts: Record<Delivery['status'], number> = { published: 0, duplicate: 0, silent: 0 };
  const seen = new Set<string>();
  let replayed = 0;
  let kept = 0;
  const max = deps.maxMessages ?? 1000;
  while (seen.size < max) {
    const page = await deps.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: deps.dlqUrl,
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 120,
        WaitTimeSeconds: 0,
      }),
    );
    const messages = (page.Messages ?? []).filter((message) => !seen.has(message.MessageId ?? ''));
    if (messages.length === 0) break;
    for (const message of messages) {
      seen.add(message.MessageId ?? '');
      try {
        const batch = parseStreamFailure(message.Body ?? '');
        const { source, items } = await itemsOf(batch, deps);
        for (const item of items) {
          const alert = alertRecordOf(item);
          if (alert === undefined) continue;
          const delivery = await deliverAlert(alert, deps);
          alerts[delivery.status] += 1;
          const to = delivery.status === 'published' ? ` to ${delivery.target}` : '';
          deps.log(`  ${alert.caseId}#${alert.eventId} ${alert.type}: ${delivery.status}${to}`);
        }
        await deps.sqs.send(
          new DeleteMessageCommand({ QueueUrl: deps.dlqUrl, ReceiptHandle: message.ReceiptHandle }),
        );
        replayed += 1;
        deps.log(
          `replayed ${message.MessageId ?? ''}: shard ${batch.shardId}, sequence ` +
            `${batch.startSequenceNumber}..${batch.endSequenceNumber} (read from the ${source})`,
        );
      } catch (error) {
        kept += 1;
        const reason = error instanceof Error ? error.message : String(error);
        deps.log(`kept ${message.MessageId ?? ''} in the DLQ: ${reason}`);
      }
    }
  }
  return { replayed, kept, alerts };
};

export { replayAlertsDlq };
export type { ReplayAlertsDeps, ReplaySummary };
