import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import {
  CreateQueueCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { filterPolicyFor } from '../../../../shared/alerts/filter-policy.js';

/** The alert JSON an SQS subscriber receives, plus the SNS envelope fields the tests read. */
interface ReceivedAlert {
  readonly subject: string;
  readonly attributes: Readonly<Record<string, { Type: string; Value: string }>>;
  readonly alert: Record<string, unknown> & { alertId: string; event: string; target: string };
}

interface AlertTopics {
  /** Topic name (tier or `management`) -> ARN, as ADVOCACY_TOPIC_ARNS carries it. */
  readonly topicArns: Record<string, string>;
  /** `<topic>/all` and `<topic>/urgent` -> queue URL. */
  readonly queues: Record<string, string>;
}

/**
 * A topic per audience with two SQS subscriptions each, filtered as the configuration's
 * subscriptions are: `all` (no policy) and `urgent` (urgent-only policy).
 */
const createAlertTopics = async (
  sns: SNSClient,
  sqs: SQSClient,
  audiences: readonly string[],
): Promise<AlertTopics> => {
  const topicArns: Record<string, string> = {};
  const queues: Record<string, string> = {};
  for (const audience of audiences) {
    const topic = await sns.send(new CreateTopicCommand({ Name: `advocacy-${audience}` }));
    topicArns[audience] = topic.TopicArn ?? '';
    for (const filter of ['all', 'urgent'] as const) {
      const queue = await sqs.send(new CreateQueueCommand({ QueueName: `${audience}-${filter}` }));
      const url = queue.QueueUrl ?? '';
      const attributes = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
      );
      const policy = filterPolicyFor({ filter });
      await sns.send(
        new SubscribeCommand({
          TopicArn: topicArns[audience],
          Protocol: 'sqs',
          Endpoint: attributes.Attributes?.QueueArn,
          ...(policy === undefined ? {} : { Attributes: { FilterPolicy: JSON.stringify(policy) } }),
        }),
      );
      queues[`${audience}/${filter}`] = url;
    }
  }
  return { topicArns, queues };
};

/**
 * Drains a queue. fauxqs delivers the whole `MessageStructure: 'json'` document where AWS
 * delivers only its `sqs` value to SQS subscribers, so the `sqs` value is picked here.
 */
const drain = async (sqs: SQSClient, queueUrl: string): Promise<ReceivedAlert[]> => {
  const received: ReceivedAlert[] = [];
  for (;;) {
    const page = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
      }),
    );
    const messages = page.Messages ?? [];
    if (messages.length === 0) return received;
    for (const message of messages) {
      const envelope = JSON.parse(message.Body ?? '{}') as {
        Subject: string;
        Message: string;
        MessageAttributes: ReceivedAlert['attributes'];
      };
      const structure = JSON.parse(envelope.Message) as { sqs: string };
      received.push({
        subject: envelope.Subject,
        attributes: envelope.MessageAttributes,
        alert: JSON.parse(structure.sqs) as ReceivedAlert['alert'],
      });
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }),
      );
    }
  }
};

export { createAlertTopics, drain };
export type { AlertTopics, ReceivedAlert };
