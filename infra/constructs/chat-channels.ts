import * as chatbot from 'aws-cdk-lib/aws-chatbot';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { chatTopicKey } from '../../shared/alerts/chat-topics.js';
import type { Tier } from '../../shared/config/routing-schema.js';

interface ChatChannelsProps {
  /** Prefix of the channel configuration names: `<name>-<tier>-<slack|teams>-<n>`. */
  readonly name: string;
  /** Every tier; each entry of `chat` becomes a channel configuration. */
  readonly tiers: readonly Tier[];
  /** `chatTopicKey(tier, filter)` -> topic (AlertTopics.chatTopics). */
  readonly chatTopics: ReadonlyMap<string, sns.ITopic>;
}

/**
 * An Amazon Q Developer in chat applications (formerly AWS Chatbot) channel configuration per
 * configured Slack or Microsoft Teams channel, each naming the chat topic of its tier and filter.
 * Custom notifications need no AWS permissions, so the channels share one read-only policy, as
 * their role and as their guardrail: it lets them read the chat topics' attributes and nothing
 * else. A guardrail is required in practice: without one the service applies AdministratorAccess
 * as the ceiling for what channel members may run.
 */
class ChatChannels extends Construct {
  public readonly role: iam.Role;
  public readonly guardrail: iam.ManagedPolicy;

  constructor(scope: Construct, id: string, props: ChatChannelsProps) {
    super(scope, id);
    this.guardrail = new iam.ManagedPolicy(this, 'Guardrail', {
      description: 'Chat channels of the advocacy alerts: read the chat topics, nothing else',
      statements: [
        new iam.PolicyStatement({
          actions: ['sns:GetTopicAttributes'],
          resources: [...props.chatTopics.values()].map((topic) => topic.topicArn),
        }),
      ],
    });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('chatbot.amazonaws.com'),
      description: 'Chat channels of the advocacy alerts (custom notifications only)',
      managedPolicies: [this.guardrail],
    });

    for (const tier of props.tiers.filter((candidate) => candidate.alerts)) {
      tier.chat.forEach((channel, index) => {
        const key = chatTopicKey(tier.name, channel.filter);
        const topic = props.chatTopics.get(key);
        if (topic === undefined) throw new Error(`ChatChannels: chatTopics has no "${key}"`);
        const configurationName = `${props.name}-${tier.name}-${channel.kind}-${String(index + 1)}`;
        if (channel.kind === 'slack') {
          new chatbot.SlackChannelConfiguration(this, configurationName, {
            slackChannelConfigurationName: configurationName,
            slackWorkspaceId: channel.workspaceId,
            slackChannelId: channel.channelId,
            notificationTopics: [topic],
            role: this.role,
            guardrailPolicies: [this.guardrail],
            // No service logs: they would hold the customers' words outside the data key.
            loggingLevel: chatbot.LoggingLevel.NONE,
          });
        } else {
          new chatbot.CfnMicrosoftTeamsChannelConfiguration(this, configurationName, {
            configurationName,
            teamsTenantId: channel.tenantId,
            teamId: channel.teamId,
            teamsChannelId: channel.channelId,
            snsTopicArns: [topic.topicArn],
            iamRoleArn: this.role.roleArn,
            guardrailPolicies: [this.guardrail.managedPolicyArn],
            loggingLevel: 'NONE',
          });
        }
      });
    }
  }
}

export { ChatChannels };
export type { ChatChannelsProps };
