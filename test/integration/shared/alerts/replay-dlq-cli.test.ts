// The `advocacy replay-dlq` command, run as a user runs it (a child process) against DynamoDB
// Local and fauxqs behind the local stack's single AWS endpoint. It sits here, beside the
// alerts replay it drives, because the command's own test folder has no owner yet.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { SNSClient } from '@aws-sdk/client-sns';
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAwsEdge, type AwsEdge } from '../../../../infra/local/aws-edge.js';
import { sdkClientConfig } from '../../../../shared/aws/client-options.js';
import { eventItem } from '../../../../shared/cases/dynamo-items.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';
import { createAlertTopics, drain } from '../../functions/notify/alert-topics.js';

const run = promisify(execFile);
const dynamo = useDynamoDbLocal();
const fauxqs = useFauxqs();
let edge: AwsEdge;
let sns: SNSClient;
let sqs: SQSClient;

beforeAll(async () => {
  edge = await startAwsEdge({ dynamodb: dynamo.endpoint(), messaging: fauxqs.endpoint() });
  sns = fauxqs.sns();
  sqs = fauxqs.sqs();
});

afterAll(async () => {
  await edge.stop();
});

/** Runs the CLI with a clean environment plus `env`; resolves with its output and exit code. */
const advocacy = async (args: string[], env: Record<string, string> = {}) => {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('ADVOCACY_')),
  );
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/advocacy.js', ...args], {
      env: { ...clean, ...env },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
};

describe('advocacy replay-dlq', () => {
  it('moves signals from the DLQ back to the signals queue, keeping their message groups', async () => {
    // Prepare
    const dlq = await fauxqs.createQueue('signals-dlq.fifo');
    const signals = await fauxqs.createQueue('signals.fifo');
    for (const [group, body] of [
      ['group-a', '{"n":1}'],
      ['group-b', '{"n":2}'],
    ] as const) {
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: dlq,
          MessageBody: body,
          MessageGroupId: group,
          MessageDeduplicationId: `original-${group}`,
        }),
      );
    }

    // Act
    const result = await advocacy([
      'replay-dlq',
      '--queue',
      'signals',
      '--endpoint',
      edge.endpoint,
      '--dlq-url',
      dlq,
      '--queue-url',
      signals,
    ]);

    // Assess
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^replayed \S+ \(group group-a\)$/m);
    expect(result.stdout).toMatch(/^replayed \S+ \(group group-b\)$/m);
    expect(result.stdout).toContain(`2 signal(s) moved from ${dlq} to ${signals}`);
    const moved: { body: string | undefined; group: string | undefined }[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const page = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: signals,
          MaxNumberOfMessages: 10,
          MessageSystemAttributeNames: ['MessageGroupId'],
        }),
      );
      for (const message of page.Messages ?? []) {
        moved.push({ body: message.Body, group: message.Attributes?.MessageGroupId });
      }
    }
    expect(moved.sort((a, b) => (a.body ?? '').localeCompare(b.body ?? ''))).toEqual([
      { body: '{"n":1}', group: 'group-a' },
      { body: '{"n":2}', group: 'group-b' },
    ]);
    // Deleted, not merely in flight.
    const left = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: dlq,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    expect(left.Attributes).toMatchObject({
      ApproximateNumberOfMessages: '0',
      ApproximateNumberOfMessagesNotVisible: '0',
    });
  });

  it('publishes the alerts of a failed stream batch, reading the environment the local stack prints', async () => {
    // Prepare
    const tableName = await dynamo.freshTable();
    const topics = await createAlertTopics(sns, sqs, ['senior', 'advocates', 'management']);
    const dlq = await fauxqs.createQueue('alerts-failures');
    const { case: snapshot, ...event } = alertFixture('opened-urgent-strategic');
    await dynamo
      .client()
      .send(new PutCommand({ TableName: tableName, Item: eventItem(event, snapshot) }));
    const table = await dynamo.client().send(new DescribeTableCommand({ TableName: tableName }));
    const streamArn = table.Table?.LatestStreamArn ?? '';
    const streams = new DynamoDBStreamsClient(
      sdkClientConfig({ region: 'us-east-1', endpoint: dynamo.endpoint() }),
    );
    const shard = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn })))
      .StreamDescription?.Shards?.[0];
    streams.destroy();
    const sequence = shard?.SequenceNumberRange?.StartingSequenceNumber ?? '';
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: dlq,
        MessageBody: JSON.stringify({
          DDBStreamBatchInfo: {
            shardId: shard?.ShardId,
            startSequenceNumber: sequence,
            endSequenceNumber: sequence,
            batchSize: 1,
            streamArn,
          },
        }),
      }),
    );

    // Act
    const result = await advocacy(['replay-dlq', '--queue', 'alerts'], {
      ADVOCACY_AWS_ENDPOINT: edge.endpoint,
      ADVOCACY_TABLE_NAME: tableName,
      ADVOCACY_ALERTS_DLQ_URL: dlq,
      ADVOCACY_TOPIC_ARNS: JSON.stringify(topics.topicArns),
      ADVOCACY_CONSOLE_ORIGIN: 'http://127.0.0.1:3000',
    });

    // Assess
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  c-7f3a9e#000001 opened: published to senior');
    expect(result.stdout).toContain(
      '1 DLQ message(s) replayed, 0 kept; alerts: 1 published, 0 already sent, 0 for tiers without alerts',
    );
    const received = await drain(sqs, topics.queues['senior/urgent'] ?? '');
    expect(received.map((message) => message.subject)).toEqual([
      'URGENT · Acme Corp · churn threat',
    ]);
    // No caseLinkBaseUrl in the example configuration: the link is the console's.
    expect(JSON.stringify(received[0]?.alert)).toContain(
      'http://127.0.0.1:3000/console/cases/c-7f3a9e',
    );
  });

  it('names the missing setting when a queue is not configured', async () => {
    const result = await advocacy(['replay-dlq', '--queue', 'alerts']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'advocacy: --dlq-url: is required (or set ADVOCACY_ALERTS_DLQ_URL)\n',
    );
  });
});
