import { CfnOutput } from 'aws-cdk-lib';
import { consolePaths } from '../shared/console/paths.js';
import type { AdvocacyStack } from './advocacy-stack.js';
import type { WebhookSource } from './stack-config.js';

/**
 * What an admin needs after `cdk deploy`: the console's URL and its user pool (to invite
 * advocates), the webhook URL to register per enabled source, the cases API URL, the topic ARNs, the secret ARNs to put signing secrets into, and the queues that
 * `advocacy replay-dlq` replays.
 */
const addStackOutputs = (stack: AdvocacyStack, webhookSources: readonly WebhookSource[]): void => {
  const output = (id: string, value: string) => new CfnOutput(stack, id, { value });
  output('ConsoleUrl', `${stack.consoleSite.origin}${consolePaths.home}`);
  output('AdvocateUserPoolId', stack.signIn.userPool.userPoolId);
  const apiUrl = stack.api.url;
  for (const { source } of webhookSources)
    output(`WebhookUrl-${source}`, `${apiUrl}webhooks/${source}`);
  output('CasesApiUrl', `${apiUrl}cases`);
  // Chat topic keys (`senior/chat-all`) hold a slash, which construct ids may not.
  for (const [key, arn] of Object.entries(stack.topics.topicArns()))
    output(`TopicArn-${key.replace(/\//g, '-')}`, arn);
  output('OpsTopicArn', stack.topics.opsTopic.topicArn);
  for (const [source, arn] of Object.entries(stack.secrets.secretArns())) {
    output(`SecretArn-${source}`, arn);
  }
  output('TableName', stack.casesTable.table.tableName);
  output('SignalsDlqUrl', stack.signalsQueue.deadLetterQueue.queueUrl);
  output('AlertsFailureQueueUrl', stack.alertsFailureQueue.queue.queueUrl);
  if (stack.contactLensFailureQueue !== undefined) {
    output('ContactLensFailureQueueUrl', stack.contactLensFailureQueue.queue.queueUrl);
  }
};

export { addStackOutputs };
