import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { SNSClient } from '@aws-sdk/client-sns';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILE, bundleSizes, formatBundleSizes } from '../../infra/bundle-report.js';
import { startAwsEdge, type AwsEdge } from '../../infra/local/aws-edge.js';
import {
  startDynamoDbLocal,
  type DynamoDbLocal,
} from '../../infra/local/emulators/dynamodb-local.js';
import { startSnsSqsEmulator, type SnsSqsEmulator } from '../../infra/local/emulators/fauxqs.js';
import { createMessagingResources } from '../../infra/local/resources.js';
import { createDynamoDocumentClient } from '../../shared/aws/dynamodb.js';
import { createS3Client } from '../../shared/aws/s3.js';
import { createSnsClient } from '../../shared/aws/sns.js';
import { createSqsClient } from '../../shared/aws/sqs.js';
import { ensureCasesTable } from '../../shared/cases/create-table.js';
import { ENV, localSecretVariable } from '../../shared/config/env.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { BUILT_IN_RULES } from '../../shared/scoring/rules/index.js';
import { signRequest } from '../../shared/sources/signing.js';
import { readStream } from '../integration/functions/notify/stream-records.js';
import { startPlatformApiServer, type PlatformApiServer } from '../helpers/sources-api-server.js';
import { fixtureBytes } from '../helpers/sources-fixtures.js';
import { webhookEvent } from '../helpers/webhook-events.js';
import { withContactLens } from './helpers/configs.js';
import { invokeBundle } from './helpers/invoke-bundle.js';
import { synthesize, type Synthesized } from './helpers/synth.js';

// The deployable artifact, not the source: each function is bundled by CDK exactly as
// `cdk deploy` would upload it, then imported from the cloud assembly and invoked against
// DynamoDB Local and fauxqs (behind the local stack's single AWS endpoint). The configuration
// the bundles use is the one esbuild inlined at synth time.

type Handler = (event: unknown) => Promise<unknown>;

const REGION = 'us-east-1';
const TABLE = 'advocacy-bundled-test';
const CONNECT_BUCKET = 'amazon-connect-example-bucket';
const CONTACT = '0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90';
const CONSOLE_ORIGIN = 'https://d111111abcdef8.cloudfront.net';
const SIGN_IN_URL = 'https://advocacy-console-1a2b3c4d.auth.us-east-1.amazoncognito.com';
const SECRET = `whsec_${Buffer.from('bundled-handler-test-signing-key').toString('base64')}`;

describe('bundled handlers from the cloud assembly', () => {
  let synthesized: Synthesized;
  let config: AdvocacyConfig;
  let dynamodb: DynamoDbLocal;
  let messaging: SnsSqsEmulator;
  let edge: AwsEdge;
  let dynamo: DynamoDBDocumentClient;
  let sqs: SQSClient;
  let sns: SNSClient;
  let s3: S3Client;
  let connect: PlatformApiServer;
  let resources: Awaited<ReturnType<typeof createMessagingResources>>;
  let functionEnv: Record<string, string>;
  /** The JSON log lines of the latest invocation, shown when an assertion on it fails. */
  let lastLogs = '';

  /** A bundle's handler; each call is a cold start in a fresh Node process. */
  const loadHandler = (name: string): Handler => {
    const size = bundleSizes(synthesized.stack.functions).find((entry) => entry.name === name);
    if (size === undefined) throw new Error(`no bundle for ${name}`);
    const bundle = join(size.directory, BUNDLE_FILE);
    return async (event) => {
      const invocation = await invokeBundle(bundle, event, functionEnv);
      lastLogs = invocation.logs;
      return invocation.result;
    };
  };

  const receiveAll = async (queueUrl: string) =>
    (
      await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          MessageAttributeNames: ['All'],
          MessageSystemAttributeNames: ['All'],
        }),
      )
    ).Messages ?? [];

  beforeAll(async () => {
    config = await withContactLens();
    synthesized = synthesize({ config, bundle: true });
    [dynamodb, messaging] = await Promise.all([startDynamoDbLocal(), startSnsSqsEmulator()]);
    // Amazon Connect has no emulator: a stand-in answers GetContactAttributes for the contact.
    connect = await startPlatformApiServer({
      [`/contact/attributes/${config.sources.contactlens.connectInstanceId ?? ''}/${CONTACT}`]: {
        body: { Attributes: { customerId: 'cus_4242', accountId: 'acct_harbour' } },
      },
    });
    edge = await startAwsEdge({
      dynamodb: dynamodb.endpoint,
      messaging: messaging.endpoint,
      standIns: { connect: connect.baseUrl },
    });
    dynamo = createDynamoDocumentClient({ region: REGION, endpoint: dynamodb.endpoint });
    sqs = createSqsClient({ region: REGION, endpoint: messaging.endpoint });
    sns = createSnsClient({ region: REGION, endpoint: messaging.endpoint });
    s3 = createS3Client({ region: REGION, endpoint: messaging.endpoint });
    await ensureCasesTable(dynamo, TABLE);
    resources = await createMessagingResources({ sqs, sns }, config, {
      visibilityTimeoutSeconds: 5,
    });
    // What the stack's environments give the functions, with the emulators' names and URLs.
    functionEnv = {
      [ENV.tableName]: TABLE,
      [ENV.signalsQueueUrl]: resources.signalsQueueUrl,
      [ENV.signalsDlqUrl]: resources.signalsDlqUrl,
      [ENV.alertsDlqUrl]: resources.alertsDlqUrl,
      [ENV.topicArns]: JSON.stringify(resources.topicArns),
      [ENV.awsEndpoint]: edge.endpoint,
      [ENV.region]: REGION,
      [ENV.consoleOrigin]: CONSOLE_ORIGIN,
      [ENV.signInUrl]: SIGN_IN_URL,
      [ENV.signInClientId]: 'console-client-id',
      [localSecretVariable('generic')]: SECRET,
      POWERTOOLS_METRICS_NAMESPACE: config.name,
      NODE_OPTIONS: '--enable-source-maps',
    };
    // Bundling eight functions and starting two emulators takes a minute on a busy 2-core machine.
  }, 300_000);

  afterAll(async () => {
    await edge.stop();
    await connect.close();
    await messaging.stop();
    await dynamodb.stop();
    synthesized.cleanup();
  });

  it('bundles all eight functions and prints their sizes', () => {
    const sizes = bundleSizes(synthesized.stack.functions);
    const report = formatBundleSizes(sizes);

    expect(sizes.map((size) => size.name).sort()).toEqual([
      'cases',
      'console',
      'contactlens',
      'detect',
      'escalate',
      'ingest',
      'notify',
      'review',
    ]);
    for (const size of sizes) {
      expect(size.bytes).toBeGreaterThan(10_000);
      // Lambda's limit is 50 MB zipped; a bundle this size means something large slipped in.
      expect(size.bytes).toBeLessThan(5 * 1024 * 1024);
      expect(size.sourceMapBytes).toBeGreaterThan(0);
      expect(report).toContain(size.name);
    }
  });

  it('carries the scorer and its rules in detect alone', () => {
    // The other functions read the inlined configuration without the checks against the rules
    // (synth ran them), so the rules, their examples and the word lists stay out of them.
    const ruleIds = BUILT_IN_RULES.map((rule) => rule.id);
    const carrying = bundleSizes(synthesized.stack.functions)
      .filter((size) => {
        const code = readFileSync(join(size.directory, BUNDLE_FILE), 'utf8');
        return ruleIds.some((id) => code.includes(`"${id}"`));
      })
      .map((size) => size.name);

    expect(carrying).toEqual(['detect']);
  });

  it('ingest accepts a signed generic webhook and queues the signal', async () => {
    const handler = loadHandler('ingest');
    const now = new Date();
    const body = JSON.stringify({
      type: 'survey.response.completed',
      timestamp: now.toISOString(),
      data: {
        response_id: 'bundled-1',
        respondent: { id: 'cust-bundled', email: 'pat@bundled.example.com', name: 'Pat' },
        account: { id: 'acct-bundled', name: 'Bundled Corp', segment: 'standard' },
        rating: { metric: 'nps', value: 0 },
        comment:
          'Third time I am explaining this. We cannot process any orders right now and I will cancel unless it is fixed today.',
        submitted_at: now.toISOString(),
      },
    });
    const signed = signRequest('generic', body, SECRET, now);

    const response = (await handler(
      webhookEvent({
        source: 'generic',
        body: signed.body,
        headers: signed.headers,
        base64: false,
      }),
    )) as { statusCode: number };

    expect(response.statusCode, lastLogs).toBe(202);
  });

  it('detect turns the queued signal into a case', async () => {
    const handler = loadHandler('detect');
    const messages = await receiveAll(resources.signalsQueueUrl);
    expect(messages).toHaveLength(1);
    const event: SQSEvent = {
      Records: messages.map((message) => ({
        messageId: message.MessageId ?? '',
        receiptHandle: message.ReceiptHandle ?? '',
        body: message.Body ?? '',
        attributes: message.Attributes as SQSEvent['Records'][number]['attributes'],
        messageAttributes: {},
        md5OfBody: message.MD5OfBody ?? '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:${REGION}:000000000000:advocacy-signals.fifo`,
        awsRegion: REGION,
      })),
    };

    const result = (await handler(event)) as { batchItemFailures: unknown[] };

    expect(result.batchItemFailures, lastLogs).toEqual([]);
    // What the event source mapping does with a batch that reported no failures.
    for (const message of messages) {
      await sqs.send(
        new DeleteMessageCommand({
          QueueUrl: resources.signalsQueueUrl,
          ReceiptHandle: message.ReceiptHandle,
        }),
      );
    }
    const cases = await dynamo.send(
      new QueryCommand({
        TableName: TABLE,
        IndexName: 'queue',
        KeyConditionExpression: 'gsi1pk = :queue',
        ExpressionAttributeValues: { ':queue': 'QUEUE#advocates#open' },
      }),
    );
    expect(cases.Items).toHaveLength(1);
  });

  it('notify publishes the new case event from the stream to the tier topic', async () => {
    const handler = loadHandler('notify');
    // What the stream mapping's filter lets through: INSERTs of case events.
    const records = (await readStream(dynamo, dynamodb.endpoint, TABLE)).filter(
      (record) =>
        record.eventName === 'INSERT' && record.dynamodb?.NewImage?.entity?.S === 'case-event',
    );
    expect(records.length).toBeGreaterThan(0);

    const result = (await handler({ Records: records })) as { batchItemFailures: unknown[] };

    expect(result.batchItemFailures, lastLogs).toEqual([]);
    const inbox = resources.inboxes.find(
      (candidate) => candidate.tier === 'advocates' && candidate.subscription.filter === 'all',
    );
    expect(inbox).toBeDefined();
    const alerts = await receiveAll(inbox!.queueUrl);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.Body).toContain('advocates');
    // No caseLinkBaseUrl in the example configuration: the alert links to the console's case.
    expect(alerts[0]?.Body).toContain(`${CONSOLE_ORIGIN}/console/cases/`);
  });

  it('cases shows the case through the cases API', async () => {
    const handler = loadHandler('cases');
    const event = (method: string, path: string, query: Record<string, string> = {}) =>
      ({
        ...webhookEvent({ source: 'generic', method }),
        routeKey: `${method} ${path}`,
        rawPath: path,
        pathParameters: {},
        queryStringParameters: query,
        requestContext: {
          ...webhookEvent({ source: 'generic', method }).requestContext,
          http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.10', userAgent: 'test' },
        },
      }) as APIGatewayProxyEventV2;

    const list = (await handler(event('GET', '/cases', { tier: 'advocates' }))) as {
      statusCode: number;
      body: string;
    };

    expect(list.statusCode, lastLogs).toBe(200);
    expect(list.body).toContain('acct-bundled');
  });

  const consoleEvent = (path: string, query: Record<string, string>, claims?: object) => {
    const base = webhookEvent({ source: 'generic', method: 'GET' });
    return {
      ...base,
      routeKey: 'GET /console/{proxy+}',
      rawPath: path,
      pathParameters: {},
      queryStringParameters: query,
      requestContext: {
        ...base.requestContext,
        http: {
          method: 'GET',
          path,
          protocol: 'HTTP/1.1',
          sourceIp: '203.0.113.10',
          userAgent: 'test',
        },
        ...(claims === undefined ? {} : { authorizer: { jwt: { claims, scopes: [] } } }),
      },
    };
  };

  it('console renders a tier queue for the viewer the JWT authorizer passes on', async () => {
    // Prepare: claims as API Gateway passes an access token's (groups as a bracketed string).
    const claims = { sub: 'b1e2', username: 'dana', 'cognito:groups': '[advocates]' };

    // Act
    const page = (await loadHandler('console')(consoleEvent('/console', {}, claims))) as {
      statusCode: number;
      body: string;
    };

    // Assess
    expect(page.statusCode, lastLogs).toBe(200);
    expect(page.body).toContain('dana');
    expect(page.body).toContain('Bundled Corp');
  });

  it('console starts the sign-in at the user pool with PKCE, without an authorizer', async () => {
    const started = (await loadHandler('console')(
      consoleEvent('/console/sign-in', { next: '/console/cases/c-1' }),
    )) as { statusCode: number; headers: Record<string, string>; cookies: string[] };

    expect(started.statusCode, lastLogs).toBe(303);
    const location = new URL(started.headers.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${SIGN_IN_URL}/oauth2/authorize`);
    expect(location.searchParams.get('client_id')).toBe('console-client-id');
    expect(location.searchParams.get('redirect_uri')).toBe(
      `${CONSOLE_ORIGIN}/console/sign-in/callback`,
    );
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(started.cookies[0]).toMatch(
      /^advocacy_sign_in=.+; Path=\/console\/sign-in; HttpOnly; Secure/,
    );
  });

  it('escalate and review run their scheduled sweeps against the table', async () => {
    const escalate = loadHandler('escalate');
    const review = loadHandler('review');
    const time = new Date().toISOString();

    await expect(escalate({ time })).resolves.toMatchObject({ escalated: [], failed: [] });
    await review({ time });

    const management = resources.inboxes.find((candidate) => candidate.tier === 'management');
    expect(management).toBeDefined();
    expect(await receiveAll(management!.queueUrl)).toHaveLength(1);
  });

  it('contactlens turns an analysis file in S3 into a queued signal', async () => {
    // Prepare: the file in the Connect bucket (fauxqs serves S3), the contact's attributes from
    // the Connect stand-in.
    const key = `Analysis/Voice/Redacted/2026/11/21/${CONTACT}_analysis_redacted_2026-11-21T17:45:12Z.json`;
    await s3.send(new CreateBucketCommand({ Bucket: CONNECT_BUCKET }));
    await s3.send(
      new PutObjectCommand({
        Bucket: CONNECT_BUCKET,
        Key: key,
        Body: fixtureBytes('contactlens-analysis.json'),
      }),
    );

    // Act
    const result = await loadHandler('contactlens')({
      Records: [
        {
          eventSource: 'aws:s3',
          eventName: 'ObjectCreated:Put',
          awsRegion: REGION,
          s3: { bucket: { name: CONNECT_BUCKET }, object: { key: encodeURIComponent(key) } },
        },
      ],
    });

    // Assess
    expect(result).toBeNull();
    const queued = await receiveAll(resources.signalsQueueUrl);
    expect(queued).toHaveLength(1);
    expect(queued[0]?.Body).toContain('cus_4242');
  });
});
