import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import type { Subscription } from '../../shared/config/routing-schema.js';
import { CHATBOT_ENDPOINT, chatFilters, chatTopicKey } from '../../shared/alerts/chat-topics.js';
import { filterPolicyFor } from '../../shared/alerts/filter-policy.js';
import { MANAGEMENT } from '../../shared/alerts/target.js';

/** A configured subscription, stood in for locally by an SQS queue: the "advocate inbox". */
interface Inbox {
  /** Tier name, or `management`. */
  readonly tier: string;
  readonly subscription: Subscription;
  readonly queueUrl: string;
}

/** Everything the CDK stack declares that the handlers and pollers need, created on the emulators. */
interface LocalResources {
  readonly tableName: string;
  readonly signalsQueueUrl: string;
  readonly signalsDlqUrl: string;
  readonly alertsDlqUrl: string;
  /** Tier (and `management`) -> topic ARN, the shape of ADVOCACY_TOPIC_ARNS. */
  readonly topicArns: Readonly<Record<string, string>>;
  readonly inboxes: readonly Inbox[];
}

interface QueueOptions {
  /** Seconds a received signal stays invisible before the mapping may see it again. */
  readonly visibilityTimeoutSeconds: number;
}

const queueArn = async (sqs: SQSClient, queueUrl: string): Promise<string> => {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }),
  );
  const arn = Attributes?.QueueArn;
  if (arn === undefined) throw new Error(`queue ${queueUrl} has no ARN`);
  return arn;
};

const createQueue = async (
  sqs: SQSClient,
  name: string,
  attributes: Record<string, string> = {},
): Promise<string> => {
  const { QueueUrl } = await sqs.send(
    new CreateQueueCommand({ QueueName: name, Attributes: attributes }),
  );
  if (QueueUrl === undefined) throw new Error(`queue ${name} was not created`);
  return QueueUrl;
};

/** Topics for every tier that alerts, plus management, as the CDK stack declares them. */
const alertTargets = (
  config: AdvocacyConfig,
): { name: string; subscriptions: readonly Subscription[] }[] => [
  ...config.tiers.filter((tier) => tier.alerts),
  { name: MANAGEMENT, subscriptions: config.management.subscriptions },
];

/**
 * Chat topics as the CDK stack declares them (one per tier and filter), each with one inbox per
 * chat channel on it, named `<kind>-<n>` (`slack-1`), that shows what the channel would render.
 */
const chatTargets = (
  config: AdvocacyConfig,
): { key: string; name: string; tier: string; subscriptions: Subscription[] }[] =>
  config.tiers
    .filter((tier) => tier.alerts)
    .flatMap((tier) =>
      chatFilters(tier).map((filter) => ({
        key: chatTopicKey(tier.name, filter),
        name: `${tier.name}-chat-${filter}`,
        tier: tier.name,
        subscriptions: tier.chat
          .map((channel, index) => ({
            name: `${channel.kind}-${String(index + 1)}`,
            protocol: 'https' as const,
            endpoint: CHATBOT_ENDPOINT,
            filter: channel.filter,
          }))
          .filter((channel) => channel.filter === filter),
      })),
    );

/**
 * Creates (idempotently: Create* returns the existing resource) the queues, topics and
 * subscription stand-ins of the stack. Every subscription, whatever its protocol (email, SMS,
 * https, sqs) and every chat channel, becomes an SQS queue subscribed with the same filter
 * policy infra gives it, so what an advocate would receive can be read back.
 */
const createMessagingResources = async (
  clients: { readonly sqs: SQSClient; readonly sns: SNSClient },
  config: AdvocacyConfig,
  options: QueueOptions,
): Promise<Omit<LocalResources, 'tableName'>> => {
  const { sqs, sns } = clients;
  const prefix = config.name;
  const signalsDlqUrl = await createQueue(sqs, `${prefix}-signals-dlq.fifo`, {
    FifoQueue: 'true',
  });
  const signalsQueueUrl = await createQueue(sqs, `${prefix}-signals.fifo`, {
    FifoQueue: 'true',
    VisibilityTimeout: String(options.visibilityTimeoutSeconds),
    RedrivePolicy: JSON.stringify({
      deadLetterTargetArn: await queueArn(sqs, signalsDlqUrl),
      maxReceiveCount: String(config.queue.maxReceiveCount),
    }),
  });
  const alertsDlqUrl = await createQueue(sqs, `${prefix}-alerts-failures`);

  const topicArns: Record<string, string> = {};
  const inboxes: Inbox[] = [];
  const targets = [
    ...alertTargets(config).map((target) => ({ ...target, key: target.name, tier: target.name })),
    ...chatTargets(config),
  ];
  for (const target of targets) {
    const { TopicArn } = await sns.send(
      new CreateTopicCommand({ Name: `${prefix}-${target.name}` }),
    );
    if (TopicArn === undefined) throw new Error(`topic for ${target.name} was not created`);
    topicArns[target.key] = TopicArn;
    for (const subscription of target.subscriptions) {
      const queueUrl = await createQueue(
        sqs,
        `${prefix}-inbox-${target.tier}-${subscription.name}`,
      );
      const policy = filterPolicyFor(subscription);
      await sns.send(
        new SubscribeCommand({
          TopicArn,
          Protocol: 'sqs',
          Endpoint: await queueArn(sqs, queueUrl),
          ...(policy === undefined ? {} : { Attributes: { FilterPolicy: JSON.stringify(policy) } }),
          ReturnSubscriptionArn: true,
        }),
      );
      inboxes.push({ tier: target.tier, subscription, queueUrl });
    }
  }
  return { signalsQueueUrl, signalsDlqUrl, alertsDlqUrl, topicArns, inboxes };
};

export { createMessagingResources };
export type { Inbox, LocalResources, QueueOptions };
