import { Duration } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { QUEUE_DEFAULTS } from './secure-defaults.js';

interface SignalsQueueProps {
  readonly encryptionKey: kms.IKey;
  /** Deliveries of a signal before it moves to the DLQ (config.queue.maxReceiveCount). */
  readonly maxReceiveCount: number;
  /** The consumer's timeout; the visibility timeout is QUEUE_DEFAULTS.visibilityTimeoutFactor times it. */
  readonly consumerTimeout: Duration;
}

/**
 * The FIFO queue between ingest and detect, and its FIFO dead-letter queue. Message groups are per
 * customer and deduplication ids per source event (set by ingest), so content-based deduplication
 * stays off. Both queues are KMS-encrypted and refuse non-TLS requests.
 */
class SignalsQueue extends Construct {
  public readonly queue: sqs.Queue;
  public readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: SignalsQueueProps) {
    super(scope, id);
    const common = {
      fifo: true,
      contentBasedDeduplication: false,
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: QUEUE_DEFAULTS.enforceSSL,
      retentionPeriod: QUEUE_DEFAULTS.retentionPeriod,
    } as const;
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', common);
    this.queue = new sqs.Queue(this, 'Queue', {
      ...common,
      visibilityTimeout: Duration.seconds(
        props.consumerTimeout.toSeconds() * QUEUE_DEFAULTS.visibilityTimeoutFactor,
      ),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: props.maxReceiveCount },
    });
  }
}

export { SignalsQueue };
export type { SignalsQueueProps };
