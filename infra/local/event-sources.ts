import { join, resolve } from 'node:path';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createS3Client } from '../../shared/aws/s3.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { loadFunction } from './functions.js';
import type { LocalResources } from './resources.js';
import { startS3Mapping } from './s3-mapping.js';
import { startSchedule } from './schedule.js';
import { startSqsMapping } from './sqs-mapping.js';
import type { StreamRetryPolicy } from './stream-batch.js';
import { startStreamMapping } from './stream-mapping.js';

// The notification filter of infra/constructs/contact-lens-trigger.ts (not imported: infra/local
// stays free of aws-cdk-lib).
const CONTACT_LENS_FILTER = { prefix: 'Analysis/Voice/', suffix: '.json' } as const;

/** The stream mapping's settings unless a caller overrides them (infra sets the same kind). */
const DEFAULT_STREAM_RETRY: StreamRetryPolicy = {
  retryAttempts: 5,
  bisectBatchOnError: true,
  backoffMs: 1000,
  maxBackoffMs: 10_000,
};

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
 * Starts what AWS runs between the resources and the functions, as infra declares it: the
 * signals queue -> detect mapping, the table stream -> notify mapping (on-failure destination:
 * the alerts failure queue), the Connect bucket -> contactlens notification (only when a bucket
 * is configured) and the escalation schedule.
 */
const startEventSources = async (input: EventSourcesInput): Promise<EventSources> => {
  const { config, resources, region, clients, log } = input;
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
      target: () => loadFunction('detect'),
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
      target: () => loadFunction('notify'),
      policy: { ...DEFAULT_STREAM_RETRY, ...input.streamRetry },
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
    const contactLens = config.sources.contactlens;
    if (contactLens.enabled && contactLens.bucketName !== undefined) {
      const s3 = createS3Client({ region, endpoint: input.messagingEndpoint });
      stops.push(() => {
        s3.destroy();
        return Promise.resolve();
      });
      await s3.send(new CreateBucketCommand({ Bucket: contactLens.bucketName }));
      const files = startS3Mapping({
        s3,
        bucket: contactLens.bucketName,
        ...CONTACT_LENS_FILTER,
        region,
        target: () => loadFunction('contactlens'),
        log,
      });
      stops.push(() => files.stop());
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

export { DEFAULT_STREAM_RETRY, startEventSources };
export type { EventSources, EventSourcesInput };
