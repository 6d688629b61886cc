import { createHash } from 'node:crypto';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

/** A queue message that is not a Signal, on its way to the signals DLQ with the reason. */
interface QuarantinedMessage {
  readonly body: string;
  /** The original FIFO group (one customer), when the record had one. */
  readonly groupId: string | undefined;
  readonly deduplicationId: string | undefined;
  readonly reason: string;
}

type Quarantine = (message: QuarantinedMessage) => Promise<void>;

// SQS message attribute values are capped; a reason listing many zod issues is cut, not lost
// from the logs.
const MAX_REASON = 2000;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Sends an unprocessable message to the signals DLQ (FIFO) unchanged, with the reason in the
 * `reason` attribute and `quarantinedBy: detect`, so a replay command can show why it is there.
 * A failed send rejects: the caller then reports the record failed and SQS redelivers it.
 */
const createSqsQuarantine =
  (sqs: SQSClient, queueUrl: string): Quarantine =>
  async (message) => {
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: queueUrl,
        MessageBody: message.body,
        MessageGroupId: message.groupId ?? 'unparsed',
        MessageDeduplicationId: message.deduplicationId ?? sha256(message.body),
        MessageAttributes: {
          reason: { DataType: 'String', StringValue: message.reason.slice(0, MAX_REASON) },
          quarantinedBy: { DataType: 'String', StringValue: 'detect' },
        },
      }),
    );
  };

export { createSqsQuarantine };
export type { Quarantine, QuarantinedMessage };
