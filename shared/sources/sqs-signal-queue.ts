import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { DependencyError } from '../errors.js';
import type { SignalQueueMessage } from './queue-message.js';
import type { SignalQueue } from './signal-queue.js';

/**
 * The FIFO signals queue. Every SendMessage failure is a DependencyError: whatever the cause,
 * the Signal is not durably accepted, so the sender must be told to retry (503).
 */
class SqsSignalQueue implements SignalQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(message: SignalQueueMessage): Promise<void> {
    try {
      await this.client.send(
        new SendMessageCommand({
          QueueUrl: this.queueUrl,
          MessageBody: message.body,
          MessageGroupId: message.groupId,
          MessageDeduplicationId: message.deduplicationId,
        }),
      );
    } catch (error) {
      const name = error instanceof Error ? error.name : 'unknown error';
      throw new DependencyError(`signals queue SendMessage failed: ${name}`, { cause: error });
    }
  }
}

export { SqsSignalQueue };
