import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements.js';
import { QUEUE_DEFAULTS } from './secure-defaults.js';

interface FailureQueueProps {
  readonly encryptionKey: kms.IKey;
  /** What ends up here, for cdk-nag's acknowledgement: e.g. `notify's stream records`. */
  readonly holds: string;
}

/**
 * A terminal on-failure destination: Lambda puts here what it gave up on after its retries (the
 * stream positions of notify's failed batches, the S3 events contactlens could not handle), so
 * `advocacy replay-dlq` can replay them. Standard, not FIFO: Lambda's on-failure destinations do
 * not support FIFO queues. KMS-encrypted and TLS-only like every queue of the stack.
 */
class FailureQueue extends Construct {
  public readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string, props: FailureQueueProps) {
    super(scope, id);
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: QUEUE_DEFAULTS.enforceSSL,
      retentionPeriod: QUEUE_DEFAULTS.retentionPeriod,
    });
    acknowledge(
      this.queue,
      'SQS3',
      `This queue is itself the terminal failure destination for ${props.holds}; nothing consumes it automatically, it is alarmed when not empty and replayed with advocacy replay-dlq.`,
    );
  }
}

export { FailureQueue };
export type { FailureQueueProps };
