import { Match, type Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHATBOT_ENDPOINT } from '../../../shared/alerts/chat-topics.js';
import { ENV } from '../../../shared/config/env.js';
import { chatConfig } from '../../helpers/config.js';
import { synthesize, type Synthesized } from '../helpers/synth.js';

/** The logical id of the one resource of a type whose properties match. */
const idOf = (template: Template, type: string, properties: Record<string, unknown>): string => {
  const ids = Object.keys(template.findResources(type, { Properties: properties }));
  expect(ids).toHaveLength(1);
  return ids[0] ?? '';
};

describe('chat channels (Amazon Q Developer in chat applications)', () => {
  let synthesized: Synthesized;
  let template: Template;

  beforeAll(async () => {
    synthesized = synthesize({ config: await chatConfig() });
    template = synthesized.template;
  });
  afterAll(() => {
    synthesized.cleanup();
  });

  it('creates an encrypted chat topic per tier and filter its channels use', () => {
    for (const name of ['senior-chat-all', 'senior-chat-urgent', 'advocates-chat-all']) {
      template.hasResourceProperties('AWS::SNS::Topic', {
        TopicName: `advocacy-${name}`,
        KmsMasterKeyId: Match.anyValue(),
      });
    }
    template.resourceCountIs('AWS::SNS::Topic', 7);
  });

  it("subscribes the service's endpoint to each chat topic with the filter's policy", () => {
    const urgent = idOf(template, 'AWS::SNS::Topic', { TopicName: 'advocacy-senior-chat-urgent' });
    const all = idOf(template, 'AWS::SNS::Topic', { TopicName: 'advocacy-senior-chat-all' });

    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: { Ref: urgent },
      Protocol: 'https',
      Endpoint: CHATBOT_ENDPOINT,
      FilterPolicy: { urgency: ['urgent'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: { Ref: all },
      Protocol: 'https',
      Endpoint: CHATBOT_ENDPOINT,
      FilterPolicy: Match.absent(),
    });
  });

  it('configures each Slack channel on the chat topic of its filter', () => {
    const all = idOf(template, 'AWS::SNS::Topic', { TopicName: 'advocacy-senior-chat-all' });
    template.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 2);
    template.hasResourceProperties('AWS::Chatbot::SlackChannelConfiguration', {
      ConfigurationName: 'advocacy-senior-slack-1',
      SlackWorkspaceId: 'T0EXAMPLE1',
      SlackChannelId: 'C0EXAMPLE1',
      SnsTopicArns: [{ Ref: all }],
      LoggingLevel: 'NONE',
      GuardrailPolicies: [{ Ref: Match.stringLikeRegexp('^ChatGuardrail') }],
    });
  });

  it('configures the Teams channel on the urgent chat topic, after the filtered subscription', () => {
    const urgent = idOf(template, 'AWS::SNS::Topic', { TopicName: 'advocacy-senior-chat-urgent' });
    const teams = template.findResources('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', {
      Properties: {
        ConfigurationName: 'advocacy-senior-teams-2',
        TeamsTenantId: '00000000-0000-4000-8000-000000000001',
        TeamId: '00000000-0000-4000-8000-000000000002',
        TeamsChannelId: '19%3aexampleoncall%40thread.tacv2',
        SnsTopicArns: [{ Ref: urgent }],
        GuardrailPolicies: [{ Ref: Match.stringLikeRegexp('^ChatGuardrail') }],
      },
    });
    const [resource] = Object.values(teams) as { DependsOn?: string[] }[];
    const subscription = Object.keys(
      template.findResources('AWS::SNS::Subscription', {
        Properties: { TopicArn: { Ref: urgent } },
      }),
    )[0];
    expect(resource?.DependsOn).toContain(subscription);
  });

  it('gives the channels a role for the service only, reading the chat topics and nothing else', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          Match.objectLike({ Principal: { Service: 'chatbot.amazonaws.com' }, Effect: 'Allow' }),
        ],
      },
      ManagedPolicyArns: [{ Ref: Match.stringLikeRegexp('^ChatGuardrail') }],
    });
    const policies = template.findResources('AWS::IAM::ManagedPolicy');
    const [guardrail] = Object.values(policies) as {
      Properties: { PolicyDocument: { Statement: { Action: unknown; Resource: unknown[] }[] } };
    }[];
    const statements = guardrail?.Properties.PolicyDocument.Statement ?? [];
    expect(statements.map((statement) => statement.Action)).toEqual(['sns:GetTopicAttributes']);
    expect(statements[0]?.Resource).toHaveLength(3);
  });

  it('lets only notify publish to the chat topics and tells it where they are', () => {
    const urgent = idOf(template, 'AWS::SNS::Topic', { TopicName: 'advocacy-senior-chat-urgent' });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: urgent }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Sid: 'OnlyPipelineFunctionsPublish', Effect: 'Deny' }),
        ]),
      },
    });
    const notify = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: { [ENV.topicArns]: Match.anyValue() } } },
    });
    expect(JSON.stringify(notify)).toContain('senior/chat-urgent');
  });
});
