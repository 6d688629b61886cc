import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { sdkClientConfig } from '../../../../shared/aws/client-options.js';

/**
 * Reads every record of a table's stream on DynamoDB Local (from the trim horizon) and shapes
 * it as Lambda's event source mapping delivers it, so notify is fed real stream records.
 */
const readStream = async (
  dynamo: DynamoDBDocumentClient,
  endpoint: string,
  tableName: string,
): Promise<DynamoDBRecord[]> => {
  const table = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (streamArn === undefined) throw new Error(`table ${tableName} has no stream`);
  const streams = new DynamoDBStreamsClient(sdkClientConfig({ region: 'us-east-1', endpoint }));
  try {
    const stream = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    const records: _Record[] = [];
    for (const shard of stream.StreamDescription?.Shards ?? []) {
      const start = await streams.send(
        new GetShardIteratorCommand({
          StreamArn: streamArn,
          ShardId: shard.ShardId,
          ShardIteratorType: 'TRIM_HORIZON',
        }),
      );
      let iterator = start.ShardIterator;
      while (iterator !== undefined) {
        const page = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        records.push(...(page.Records ?? []));
        if ((page.Records ?? []).length === 0) break;
        iterator = page.NextShardIterator;
      }
    }
    return records.map(
      (record) =>
        ({
          eventID: record.eventID,
          eventName: record.eventName,
          eventSource: 'aws:dynamodb',
          eventVersion: record.eventVersion,
          awsRegion: record.awsRegion,
          eventSourceARN: streamArn,
          dynamodb: {
            ...record.dynamodb,
            ApproximateCreationDateTime:
              (record.dynamodb?.ApproximateCreationDateTime?.getTime() ?? 0) / 1000,
          },
        }) as DynamoDBRecord,
    );
  } finally {
    streams.destroy();
  }
};

/** The records of the given case ids, as one stream event. */
const eventOf = (
  records: readonly DynamoDBRecord[],
  caseIds: readonly string[],
): DynamoDBStreamEvent => ({
  Records: records.filter((record) => {
    const pk = record.dynamodb?.Keys?.pk?.S ?? '';
    return caseIds.some((caseId) => pk === `CASE#${caseId}`);
  }),
});

export { eventOf, readStream };
