import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag-acknowledgements.js';
import { QUEUE_DEFAULTS } from './secure-defaults.js';

interface AlertsFailureQueueProps {
  readonly encryptionKey: kms.IKey;
}

/**
 * Where the stream mapping of notify puts the stream records (their shard positions) it gave up
 * on after retries and bisection, so `advocacy replay-dlq` can fetch and replay them. Standard
 * (not FIFO): Lambda's on-failure destinations do not support FIFO queues.
 */
class AlertsFailureQueue extends Construct {
  public readonly queue: sqs.Queue;

  constructor(scope: Construct, id: string, props: AlertsFailureQueueProps) {
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
      'This queue is itself the terminal on-failure destination of the notify stream mapping (nothing consumes it automatically); it is alarmed when not empty and replayed with advocacy replay-dlq.',
    );
  }
}

export { AlertsFailureQueue };
export type { AlertsFailureQueueProps };
