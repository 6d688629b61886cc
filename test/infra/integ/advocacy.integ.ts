// Deployed integration test (needs an AWS account; it cannot run offline, and vitest does not
// pick it up: it is not a *.test.ts file). It deploys the real stack, puts a known signing secret
// into the generic source's secret, posts a Standard-Webhooks-signed survey response to
// POST /webhooks/generic, and waits until the alert reaches an SQS queue subscribed to the
// advocates' topic.
//
// Run it (credentials and a bootstrapped account/region, `npx cdk bootstrap`, required):
//   npx cdk deploy --all --require-approval never --app "node --import tsx test/infra/integ/advocacy.integ.ts"
//   npx cdk destroy --all --force --app "node --import tsx test/infra/integ/advocacy.integ.ts"
// The assertions run as custom resources of the `advocacy-integ/DefaultTest/DeployAssert` stack:
// if the webhook is not accepted or no alert arrives within 5 minutes, that deployment fails.
// integ-runner works too: `npx -p @aws-cdk/integ-runner integ-runner --directory test/infra/integ
// --test-regex "\.integ\.ts$" --app "node --import tsx {filePath}"`.
import { App, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { ExpectedResult, IntegTest } from '@aws-cdk/integ-tests-alpha';
import { AdvocacyStack } from '../../../infra/advocacy-stack.js';
import { loadConfigFile } from '../../../shared/config/load.js';

// A throwaway Standard Webhooks secret for this test only; the stack is destroyed afterwards.
const SIGNING_SECRET = `whsec_${Buffer.from('advocacy-integ-test-signing-key-32b').toString('base64')}`;

// Signs at invocation time: the signed timestamp must be within ingest's replay tolerance of the
// moment the request arrives, which synth time (minutes before the deployment ends) is not.
const POSTER_CODE = `
const { createHmac, randomUUID } = require('node:crypto');
exports.handler = async ({ url, secret, account }) => {
  const now = new Date();
  const id = 'msg_' + randomUUID();
  const body = JSON.stringify({
    type: 'survey.response.completed',
    timestamp: now.toISOString(),
    data: {
      response_id: id,
      respondent: { id: 'integ-' + id, email: 'pat@integ.example.com', name: 'Pat Integ' },
      account,
      rating: { metric: 'nps', value: 0 },
      comment: 'Third time I am explaining this. We cannot process any orders right now and I will cancel our contract unless someone fixes it today.',
      submitted_at: now.toISOString(),
    },
  });
  const timestamp = String(Math.floor(now.getTime() / 1000));
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(id + '.' + timestamp + '.' + body).digest('base64');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': 'v1,' + signature },
    body,
  });
  return response.status;
};`;

const example = await loadConfigFile('advocacy.config.ts');
const config = {
  ...example,
  name: 'advocacy-integ',
  // Only the generic source, and nobody real is e-mailed or paged.
  sources: Object.fromEntries(
    Object.entries(example.sources).map(([name, source]) => [
      name,
      { ...source, enabled: name === 'generic' },
    ]),
  ) as typeof example.sources,
  tiers: example.tiers.map((tier) => ({ ...tier, subscriptions: [] })),
  management: { ...example.management, subscriptions: [] },
};

const app = new App();
const stack = new AdvocacyStack(app, 'advocacy-integ', {
  config,
  removalPolicy: RemovalPolicy.DESTROY,
});

// The alert inbox: SQS-managed encryption, so SNS can deliver without a key grant.
const inbox = new sqs.Queue(stack, 'IntegAlertInbox', {
  encryption: sqs.QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
  removalPolicy: RemovalPolicy.DESTROY,
});
const advocates = stack.topics.tierTopics.get('advocates');
if (advocates === undefined) throw new Error('the example configuration has no advocates tier');
advocates.addSubscription(new subscriptions.SqsSubscription(inbox));

const poster = new lambda.Function(stack, 'IntegWebhookPoster', {
  runtime: lambda.Runtime.NODEJS_24_X,
  architecture: lambda.Architecture.ARM_64,
  handler: 'index.handler',
  code: lambda.Code.fromInline(POSTER_CODE),
  timeout: Duration.seconds(30),
});

const integ = new IntegTest(app, 'advocacy-integ-test', {
  testCases: [stack],
  diffAssets: true,
  cdkCommandOptions: { destroy: { args: { force: true } } },
});

const generic = stack.secrets.secrets.get('generic');
if (generic === undefined) throw new Error('the generic source has no secret');
const putSecret = integ.assertions.awsApiCall('SecretsManager', 'putSecretValue', {
  SecretId: generic.secretArn,
  SecretString: JSON.stringify({ signing: [SIGNING_SECRET] }),
});
// The secret is encrypted with the stack's data key; the assertion provider writes it.
putSecret.provider.addToRolePolicy({
  Effect: 'Allow',
  Action: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:Decrypt'],
  Resource: [stack.dataKey.key.keyArn],
});

const post = integ.assertions.invokeFunction({
  functionName: poster.functionName,
  payload: JSON.stringify({
    url: `${stack.api.url}webhooks/generic`,
    secret: SIGNING_SECRET,
    account: { id: 'acct-integ', name: 'Integ Corp', segment: 'standard' },
  }),
});
post.expect(ExpectedResult.objectLike({ Payload: '202' }));

const alert = integ.assertions.awsApiCall('SQS', 'receiveMessage', {
  QueueUrl: inbox.queueUrl,
  WaitTimeSeconds: 20,
  MessageAttributeNames: ['All'],
});
alert.assertAtPath(
  'Messages.0.Body',
  ExpectedResult.objectLike({
    Type: 'Notification',
    TopicArn: advocates.topicArn,
    MessageAttributes: { tier: { Type: 'String', Value: 'advocates' } },
  }),
);
alert.waitForAssertions({ totalTimeout: Duration.minutes(5), interval: Duration.seconds(20) });

putSecret.next(post).next(alert);
app.synth();
