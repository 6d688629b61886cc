import { join, resolve } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createS3Client } from '../../shared/aws/s3.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { eventSourcePlan } from './event-source-plan.js';
import { loadFunction } from './functions.js';
import type { LocalResources } from './resources.js';
import { startS3Mapping } from './s3-mapping.js';
import { startSchedule } from './schedule.js';
import { startSqsMapping } from './sqs-mapping.js';
import type { StreamRetryPolicy } from './stream-batch.js';
import { startStreamMapping } from './stream-mapping.js';

/** How long the local stream mapping waits between retries of a failing batch (unless overridden). */
const STREAM_BACKOFF = { backoffMs: 1000, maxBackoffMs: 10_000 } as const;

interface EventSourcesInput {
  readonly config: AdvocacyConfig;
  readonly resources: LocalResources;
  readonly region: string;
  readonly clients: {
    readonly dynamo: DynamoDBDocumentClient;
    readonly sqs: SQSClient;
    readonly streams: DynamoDBStreamsClient;
  };
  /** fauxqs, for the Contact Lens bucket. */
  readonly messagingEndpoint: string;
  readonly dataDir: string | undefined;
  /** Overrides the topology's stream retries (tests make them fast). */
  readonly streamRetry: Partial<StreamRetryPolicy> | undefined;
  /** Escalation sweep period in ms; 0 turns the schedule off. */
  readonly sweepMs: number;
  readonly log: (line: string) => void;
}

interface EventSources {
  readonly detectStats: () => { readonly invocations: number; readonly failedRecords: number };
  /** Stops every poller and timer, last started first. */
  stop(): Promise<void>;
}

/**
 * Starts what AWS runs between the resources and the functions, as shared/config/topology.ts
 * describes it (the CDK stack deploys the same description): the
 * signals queue -> detect mapping, the table stream -> notify mapping (on-failure destination:
 * the alerts failure queue), the Connect bucket -> contactlens notification (only when a bucket
 * is configured) and the escalation schedule.
 */
const startEventSources = async (input: EventSourcesInput): Promise<EventSources> => {
  const { config, resources, region, clients, log } = input;
  const plan = eventSourcePlan(config);
  const stops: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const step of stops.splice(0).reverse()) await step().catch(() => undefined);
  };
  try {
    const detect = startSqsMapping({
      sqs: clients.sqs,
      queueUrl: resources.signalsQueueUrl,
      queueArn: `arn:aws:sqs:${region}:000000000000:${config.name}-signals.fifo`,
      region,
      target: () => loadFunction(plan.signals.function),
      batchSize: plan.signals.batchSize,
      maxConcurrency: plan.signals.maxConcurrency,
      log,
    });
    stops.push(() => detect.stop());
    const { Table } = await clients.dynamo.send(
      new DescribeTableCommand({ TableName: resources.tableName }),
    );
    const notify = await startStreamMapping({
      streams: clients.streams,
      streamArn: Table?.LatestStreamArn ?? '',
      region,
      target: () => loadFunction(plan.stream.function),
      startingPosition: plan.stream.startingPosition,
      batchSize: plan.stream.batchSize,
      parallelizationFactor: plan.stream.parallelizationFactor,
      partitionKey: Table?.KeySchema?.find((key) => key.KeyType === 'HASH')?.AttributeName ?? '',
      filters: plan.stream.filters,
      policy: {
        retryAttempts: plan.stream.retryAttempts,
        bisectBatchOnError: plan.stream.bisectBatchOnError,
        ...STREAM_BACKOFF,
        ...input.streamRetry,
      },
      sendToOnFailure: async (message) => {
        await clients.sqs.send(
          new SendMessageCommand({ QueueUrl: resources.alertsDlqUrl, MessageBody: message }),
        );
      },
      checkpointFile:
        input.dataDir === undefined
          ? undefined
          : join(resolve(input.dataDir), 'stream-checkpoints.json'),
      log,
    });
    stops.push(() => notify.stop());
    const files = plan.analysisFiles;
    if (files !== undefined) {
      const s3 = createS3Client({ region, endpoint: input.messagingEndpoint });
      stops.push(() => {
        s3.destroy();
        return Promise.resolve();
      });
      await s3.send(new CreateBucketCommand({ Bucket: files.bucket }));
      const notifications = startS3Mapping({
        s3,
        bucket: files.bucket,
        prefix: files.prefix,
        suffix: files.suffix,
        retryAttempts: files.retryAttempts,
        region,
        target: () => loadFunction(files.function),
        log,
      });
      stops.push(() => notifications.stop());
    }
    if (input.sweepMs > 0) {
      const sweep = startSchedule('escalate', input.sweepMs, () => loadFunction('escalate'), log);
      stops.push(() => sweep.stop());
    }
    return { detectStats: () => detect.stats(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

export { startEventSources };
export type { EventSources, EventSourcesInput };
