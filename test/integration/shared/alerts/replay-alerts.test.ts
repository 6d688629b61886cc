import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { SNSClient } from '@aws-sdk/client-sns';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DynamoAlertMarkers } from '../../../../shared/alerts/dynamo-alert-markers.js';
import { replayAlertsDlq } from '../../../../shared/alerts/replay-alerts.js';
import { SnsAlertPublisher } from '../../../../shared/alerts/sns-alert-publisher.js';
import { sdkClientConfig } from '../../../../shared/aws/client-options.js';
import { eventItem } from '../../../../shared/cases/dynamo-items.js';
import type { CaseEventRecord } from '../../../../shared/cases/model.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { exampleConfig, withExampleLinks, type AlertingConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';
import { queueDepth } from '../../../helpers/queue-depth.js';
import { createAlertTopics, drain, type AlertTopics } from '../../functions/notify/alert-topics.js';
import { readStream } from '../../functions/notify/stream-records.js';

const dynamo = useDynamoDbLocal();
const fauxqs = useFauxqs();
let sns: SNSClient;
let sqs: SQSClient;
let streams: DynamoDBStreamsClient;
let topics: AlertTopics;
let config: AlertingConfig;
let tableName: string;
let dlqUrl: string;
let lines: string[];

beforeAll(async () => {
  config = withExampleLinks(await exampleConfig());
  sns = fauxqs.sns();
  sqs = fauxqs.sqs();
  streams = new DynamoDBStreamsClient(
    sdkClientConfig({ region: 'us-east-1', endpoint: dynamo.endpoint() }),
  );
  topics = await createAlertTopics(sns, sqs, ['senior', 'advocates']);
  dlqUrl = await fauxqs.createQueue('alerts-dlq');
  tableName = await dynamo.freshTable();
});

afterAll(() => {
  streams.destroy();
});

beforeEach(async () => {
  lines = [];
  for (const url of [...Object.values(topics.queues), dlqUrl])
    await drain(sqs, url).catch(() => []);
});

const replay = () =>
  replayAlertsDlq({
    sqs,
    dlqUrl,
    streams,
    dynamo: dynamo.client(),
    tableName,
    config,
    topicArns: topics.topicArns,
    publisher: new SnsAlertPublisher({ client: sns }),
    markers: new DynamoAlertMarkers({ client: dynamo.client(), tableName }),
    now: () => new Date('2026-11-24T04:00:00Z'),
    log: (line) => lines.push(line),
  });

const withId = (fixture: Parameters<typeof alertFixture>[0], caseId: string): CaseEventRecord => {
  const base = alertFixture(fixture);
  return { ...base, caseId, case: { ...base.case, id: caseId } };
};

/** Stores case events and returns the on-failure message Lambda would send for their batch. */
const failedBatch = async (...records: CaseEventRecord[]) => {
  for (const { case: snapshot, ...event } of records) {
    await dynamo
      .client()
      .send(new PutCommand({ TableName: tableName, Item: eventItem(event, snapshot) }));
  }
  const table = await dynamo.client().send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = table.Table?.LatestStreamArn ?? '';
  const stream = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
  const ids = new Set(records.map((record) => `CASE#${record.caseId}`));
  const sequences = (await readStream(dynamo.client(), dynamo.endpoint(), tableName))
    .filter((record) => ids.has(record.dynamodb?.Keys?.pk?.S ?? ''))
    .map((record) => record.dynamodb?.SequenceNumber ?? '');
  return {
    requestContext: { condition: 'RetryAttemptsExhausted', approximateInvokeCount: 3 },
    version: '1.0',
    timestamp: '2026-11-24T03:35:00.000Z',
    DDBStreamBatchInfo: {
      shardId: stream.StreamDescription?.Shards?.at(-1)?.ShardId ?? '',
      startSequenceNumber: sequences[0] ?? '',
      endSequenceNumber: sequences.at(-1) ?? '',
      approximateArrivalOfFirstRecord: '2026-11-24T03:30:00.000Z',
      approximateArrivalOfLastRecord: '2026-11-24T03:30:01.000Z',
      batchSize: sequences.length,
      streamArn,
    },
  };
};

const park = async (body: unknown) =>
  sqs.send(new SendMessageCommand({ QueueUrl: dlqUrl, MessageBody: JSON.stringify(body) }));

/** Messages left in the DLQ, visible or in flight. */
const depth = () => queueDepth(sqs, dlqUrl);

const alertIds = async (queue: string) =>
  (await drain(sqs, topics.queues[queue] ?? '')).map((message) => message.alert.alertId);

describe('replayAlertsDlq', () => {
  it('re-reads a failed batch from the stream and publishes its alerts once', async () => {
    // Prepare
    const batch = await failedBatch(
      withId('opened-urgent-strategic', 'c-r1'),
      withId('opened-normal-standard', 'c-r2'),
    );
    await park(batch);

    // Act
    const summary = await replay();

    // Assess
    expect(summary).toEqual({
      replayed: 1,
      kept: 0,
      alerts: { published: 2, duplicate: 0, silent: 0 },
    });
    expect(await alertIds('senior/urgent')).toEqual(['c-r1#000001']);
    expect(await alertIds('senior/all')).toEqual(['c-r1#000001']);
    expect(await alertIds('advocates/all')).toEqual(['c-r2#000001']);
    expect(await depth()).toBe(0);
    expect(lines.at(-1)).toMatch(/^replayed .+: shard .+ \(read from the stream\)$/);

    // Act again: the same batch parked twice publishes nothing new.
    await park(batch);
    expect((await replay()).alerts).toEqual({ published: 0, duplicate: 2, silent: 0 });
    expect(await alertIds('senior/all')).toEqual([]);
  });

  it('falls back to the table when the stream range is gone', async () => {
    // Prepare: a batch whose stream no longer exists (retention passed, stream replaced).
    const batch = await failedBatch(withId('opened-urgent-strategic', 'c-r3'));
    const gone = {
      ...batch,
      DDBStreamBatchInfo: {
        ...batch.DDBStreamBatchInfo,
        streamArn: batch.DDBStreamBatchInfo.streamArn.replace(tableName, 'dropped-table'),
      },
    };
    await park(gone);

    // Act
    const summary = await replay();

    // Assess: c-r3 goes out; c-r1 and c-r2 from the same window were already sent.
    expect(summary).toEqual({
      replayed: 1,
      kept: 0,
      alerts: { published: 1, duplicate: 2, silent: 0 },
    });
    expect(await alertIds('senior/all')).toEqual(['c-r3#000001']);
    expect(lines.at(-1)).toMatch(/\(read from the table\)$/);
  });

  it('keeps a message it cannot read and says why', async () => {
    await park({ something: 'else' });
    const summary = await replay();
    expect(summary).toMatchObject({ replayed: 0, kept: 1 });
    expect(lines).toEqual([
      expect.stringMatching(/^kept .+ in the DLQ: DLQ message is not a stream batch failure$/),
    ]);
  });
});
