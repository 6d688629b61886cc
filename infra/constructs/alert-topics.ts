import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { CHATBOT_ENDPOINT, chatFilters, chatTopicKey } from '../../shared/alerts/chat-topics.js';
import type { Subscription, Tier } from '../../shared/config/routing-schema.js';
import { ConfigError } from '../../shared/errors.js';
import { subscriptionFilterPolicy } from './subscription-filter.js';

/** Topic-map keys that are not tiers: escalations above the last tier, and the weekly review. */
const MANAGEMENT = 'management';
const RESERVED_TIER_NAMES: readonly string[] = [MANAGEMENT, 'ops'];

interface AlertTopicsProps {
  /** Prefix of the topic names: `<name>-<tier>`, `<name>-management`, `<name>-ops`. */
  readonly name: string;
  /** Every tier; those with `alerts: false` get no topic. */
  readonly tiers: readonly Tier[];
  readonly managementSubscriptions: readonly Subscription[];
  /** Receives the operational alarms. @default - no ops subscription */
  readonly opsEmail?: string | undefined;
  readonly encryptionKey: kms.IKey;
}

const PROTOCOLS: Record<Subscription['protocol'], sns.SubscriptionProtocol> = {
  email: sns.SubscriptionProtocol.EMAIL,
  sms: sns.SubscriptionProtocol.SMS,
  https: sns.SubscriptionProtocol.HTTPS,
  sqs: sns.SubscriptionProtocol.SQS,
};

/**
 * One SNS topic per alerting advocate tier, the management topic (escalations past the last tier
 * and the weekly review) and the ops topic (alarms). All KMS-encrypted and TLS-only, with the
 * configured subscriptions and their filter policies. A tier with chat channels also gets a
 * chat topic per filter its channels use (see shared/alerts/chat-topics.ts for why), subscribed
 * by Amazon Q Developer in chat applications with that filter's policy. `restrictPublishers`
 * then makes a topic refuse `sns:Publish` from every principal but the named roles.
 */
class AlertTopics extends Construct {
  /** Tier name -> topic, only for tiers that alert. */
  public readonly tierTopics: ReadonlyMap<string, sns.Topic>;
  /** `chatTopicKey(tier, filter)` -> chat topic, only for tiers with chat channels. */
  public readonly chatTopics: ReadonlyMap<string, sns.Topic>;
  public readonly managementTopic: sns.Topic;
  public readonly opsTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: AlertTopicsProps) {
    super(scope, id);
    const reserved = props.tiers.findIndex((tier) => RESERVED_TIER_NAMES.includes(tier.name));
    if (reserved >= 0) {
      throw new ConfigError([
        {
          path: `tiers[${reserved}].name`,
          message: `"${props.tiers[reserved]?.name ?? ''}" is reserved for a topic of its own`,
        },
      ]);
    }
    const topic = (topicId: string, suffix: string, displayName: string) =>
      new sns.Topic(this, topicId, {
        topicName: `${props.name}-${suffix}`,
        displayName,
        masterKey: props.encryptionKey,
        enforceSSL: true,
      });

    const tierTopics = new Map<string, sns.Topic>();
    const chatTopics = new Map<string, sns.Topic>();
    for (const tier of props.tiers.filter((candidate) => candidate.alerts)) {
      const tierTopic = topic(`Tier-${tier.name}`, tier.name, `Advocacy alerts: ${tier.name}`);
      this.subscribe(tierTopic, tier.subscriptions);
      tierTopics.set(tier.name, tierTopic);
      for (const filter of chatFilters(tier)) {
        const suffix = `${tier.name}-chat-${filter}`;
        const chatTopic = topic(`Chat-${suffix}`, suffix, `Advocacy chat: ${tier.name}`);
        // The service's own subscription, declared here so that it carries the filter policy.
        this.subscribe(chatTopic, [
          { name: 'chatbot', protocol: 'https', endpoint: CHATBOT_ENDPOINT, filter },
        ]);
        chatTopics.set(chatTopicKey(tier.name, filter), chatTopic);
      }
    }
    this.tierTopics = tierTopics;
    this.chatTopics = chatTopics;

    this.managementTopic = topic('Management', MANAGEMENT, 'Advocacy: management');
    this.subscribe(this.managementTopic, props.managementSubscriptions);

    this.opsTopic = topic('Ops', 'ops', 'Advocacy: operations');
    this.opsTopic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarms',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.opsTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': this.opsTopic.env.account } },
      }),
    );
    if (props.opsEmail !== undefined) {
      this.subscribe(this.opsTopic, [
        { name: 'ops-email', protocol: 'email', endpoint: props.opsEmail, filter: 'all' },
      ]);
    }
  }

  /** Tier name (and `management`, and chat topic keys) -> topic ARN: the value of `ENV.topicArns`. */
  topicArns(): Record<string, string> {
    const arns: Record<string, string> = {};
    for (const [tier, topic] of this.tierTopics) arns[tier] = topic.topicArn;
    for (const [key, topic] of this.chatTopics) arns[key] = topic.topicArn;
    arns[MANAGEMENT] = this.managementTopic.topicArn;
    return arns;
  }

  /**
   * Grants the roles `sns:Publish` and denies it to every other principal, so a leaked key of
   * another role in the account cannot page advocates.
   */
  restrictPublishers(topic: sns.Topic, roles: readonly iam.IRole[]): void {
    for (const role of roles) topic.grantPublish(role);
    topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'OnlyPipelineFunctionsPublish',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions: { ArnNotEquals: { 'aws:PrincipalArn': roles.map((role) => role.roleArn) } },
      }),
    );
  }

  private subscribe(topic: sns.Topic, subscriptions: readonly Subscription[]): void {
    for (const subscription of subscriptions) {
      const filterPolicy = subscriptionFilterPolicy(subscription.filter);
      new sns.Subscription(this, `${topic.node.id}-${subscription.name}`, {
        topic,
        protocol: PROTOCOLS[subscription.protocol],
        endpoint: subscription.endpoint,
        ...(filterPolicy === undefined ? {} : { filterPolicy }),
      });
    }
  }
}

export { AlertTopics, MANAGEMENT };
export type { AlertTopicsProps };
