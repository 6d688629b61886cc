// A Contact Lens analysis file in S3 (fauxqs emulates S3 and SQS) becomes a Signal on the FIFO
// signals queue. Amazon Connect's GetContactAttributes has no emulator: a local node:http server
// answers its REST call (GET /contact/attributes/{InstanceId}/{InitialContactId}) as AWS does.
import { CreateBucketCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { S3Event } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/contactlens/handler.js';
import { createConnectClient } from '../../../../shared/aws/connect.js';
import { ConnectContactAttributesReader } from '../../../../shared/sources/connect-contact-attributes-reader.js';
import { parseQueueMessage } from '../../../../shared/sources/queue-message.js';
import { S3AnalysisFileReader } from '../../../../shared/sources/s3-analysis-file-reader.js';
import { SqsSignalQueue } from '../../../../shared/sources/sqs-signal-queue.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';
import {
  startPlatformApiServer,
  type PlatformApiServer,
} from '../../../helpers/sources-api-server.js';
import { fixtureBytes, fixtureJson, NOW } from '../../../helpers/sources-fixtures.js';

const config = await exampleConfig();
const BUCKET = 'connect-instance-bucket';
const INSTANCE = '11111111-2222-3333-4444-555555555555';
const CONTACT = '0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90';
const KEY = `Analysis/Voice/Redacted/2026/11/21/${CONTACT}_analysis_redacted_2026-11-21T17:45:12Z.json`;

const fauxqs = useFauxqs();
let connect: PlatformApiServer;
let s3: S3Client;
let sqs: SQSClient;
let queueUrl: string;

beforeAll(async () => {
  s3 = fauxqs.s3();
  sqs = fauxqs.sqs();
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  queueUrl = await fauxqs.createQueue('signals-cl-test.fifo');
  connect = await startPlatformApiServer({
    [`/contact/attributes/${INSTANCE}/${CONTACT}`]: {
      body: {
        Attributes: {
          customerId: 'cus_4242',
          accountId: 'acct_harbour',
          email: 'caller@example.com',
          queue: 'billing',
        },
      },
    },
  });
});

afterAll(async () => {
  await connect.close();
});

const logs: string[] = [];
const handler = () =>
  createHandler({
    options: config.sources.contactlens,
    files: new S3AnalysisFileReader(s3),
    contacts: new ConnectContactAttributesReader(
      createConnectClient({ region: 'us-east-1', endpoint: connect.baseUrl }),
      INSTANCE,
    ),
    queue: new SqsSignalQueue(sqs, queueUrl),
    now: () => NOW,
    logger: {
      info: (...args: unknown[]) => logs.push(JSON.stringify(args)),
      warn: (...args: unknown[]) => logs.push(JSON.stringify(args)),
      error: (...args: unknown[]) => logs.push(JSON.stringify(args)),
    },
  });

/** An S3 ObjectCreated notification as AWS sends it (keys URL-encoded, spaces as "+"). */
const s3Event = (key: string): S3Event => ({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: 'us-east-1',
      eventTime: NOW.toISOString(),
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:connect' },
      requestParameters: { sourceIPAddress: '10.0.0.1' },
      responseElements: { 'x-amz-request-id': 'r1', 'x-amz-id-2': 'i2' },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'contact-lens',
        bucket: {
          name: BUCKET,
          ownerIdentity: { principalId: 'o' },
          arn: `arn:aws:s3:::${BUCKET}`,
        },
        object: {
          key: encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+'),
          size: 1,
          eTag: 'e',
          sequencer: '1',
        },
      },
    },
  ],
});

describe('contactlens handler', () => {
  it('turns an analysis file into the expected Signal on the queue', async () => {
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: KEY,
        Body: fixtureBytes('contactlens-analysis.json'),
      }),
    );

    await handler()(s3Event(KEY));

    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }),
    );
    expect(Messages).toHaveLength(1);
    expect(parseQueueMessage(Messages[0]?.Body ?? '')).toEqual(
      fixtureJson('expected/contactlens.json'),
    );
    expect(connect.requests.map((request) => request.path)).toEqual([
      `/contact/attributes/${INSTANCE}/${CONTACT}`,
    ]);
  });

  it('ignores the original file when the redacted one is configured', async () => {
    const original = `Analysis/Voice/2026/11/21/${CONTACT}_analysis_2026-11-21T17:45:12Z.json`;

    await handler()(s3Event(original));

    expect(logs.at(-1)).toContain('not a redacted voice analysis file');
  });

  it('logs and does not retry a contact without customer attributes (the file stays in S3)', async () => {
    const other = KEY.replace(CONTACT, 'aaaaaaaa-0000-0000-0000-000000000000');
    connect.route(`/contact/attributes/${INSTANCE}/aaaaaaaa-0000-0000-0000-000000000000`, {
      status: 400,
      headers: { 'x-amzn-errortype': 'ResourceNotFoundException' },
      body: { message: 'Contact not found' },
    });
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: other,
        Body: fixtureBytes('contactlens-analysis.json'),
      }),
    );

    await expect(handler()(s3Event(other))).resolves.toBeUndefined();
    expect(logs.at(-1)).toContain('UnprocessableError');
  });

  it('fails the invocation for retry when Amazon Connect is unreachable', async () => {
    const unreachable = createHandler({
      options: config.sources.contactlens,
      files: new S3AnalysisFileReader(s3),
      contacts: new ConnectContactAttributesReader(
        createConnectClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9' }),
        INSTANCE,
      ),
      queue: new SqsSignalQueue(sqs, queueUrl),
      now: () => NOW,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });

    await expect(unreachable(s3Event(KEY))).rejects.toThrow('1 analysis file(s) failed; retry');
  });

  it('fails the invocation for retry while no Connect instance is configured', async () => {
    const unconfigured = createHandler({
      options: config.sources.contactlens,
      files: new S3AnalysisFileReader(s3),
      contacts: new ConnectContactAttributesReader(
        createConnectClient({ region: 'us-east-1', endpoint: connect.baseUrl }),
        undefined,
      ),
      queue: new SqsSignalQueue(sqs, queueUrl),
      now: () => NOW,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });

    await expect(unconfigured(s3Event(KEY))).rejects.toThrow('1 analysis file(s) failed; retry');
  });
});
