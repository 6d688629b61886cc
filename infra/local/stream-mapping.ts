import { readFile, writeFile } from 'node:fs/promises';
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type DynamoDBStreamsClient,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import type { EventPattern } from '../../shared/config/topology.js';
import { passesFilters } from './event-filter.js';
import type { Invoke } from './functions.js';
import { deliverBatch, sequenceOf, type StreamRetryPolicy } from './stream-batch.js';

interface StreamMappingOptions {
  readonly streams: DynamoDBStreamsClient;
  readonly streamArn: string;
  readonly region: string;
  readonly target: () => Invoke | undefined;
  readonly policy: StreamRetryPolicy;
  /** Where a shard without a checkpoint starts. */
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
  /** Records per invocation (the mapping's batch size). */
  readonly batchSize: number;
  /** Batches of one shard in flight at once, each partition key's records in order. */
  readonly parallelizationFactor: number;
  /** The table's partition key attribute. */
  readonly partitionKey: string;
  /** Only matching records invoke the function; the others are passed over, as Lambda does. */
  readonly filters: readonly EventPattern[];
  readonly sendToOnFailure: (message: string) => Promise<void>;
  /** Where shard positions are kept across restarts (persisted data); in memory when absent. */
  readonly checkpointFile?: string | undefined;
  readonly log: (line: string) => void;
}

interface StreamMapping {
  stop(): Promise<void>;
}

type Checkpoints = Record<string, string>;

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

// The SDK's stream record and the Lambda event record carry the same fields; the event adds
// the source ARN and stores the creation time in epoch seconds.
const toLambdaRecord = (record: _Record, options: StreamMappingOptions): DynamoDBRecord => {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    ...(record as DynamoDBRecord),
    eventSource: 'aws:dynamodb',
    eventVersion: '1.1',
    awsRegion: options.region,
    eventSourceARN: options.streamArn,
    dynamodb: {
      ...(record.dynamodb as DynamoDBRecord['dynamodb']),
      ...(created === undefined ? {} : { ApproximateCreationDateTime: created.getTime() / 1000 }),
    },
  };
};

/** The lane of a record: a hash of its partition key, so one key always takes the same lane. */
const laneOf = (record: DynamoDBRecord, partitionKey: string, lanes: number): number => {
  const key = JSON.stringify(record.dynamodb?.Keys?.[partitionKey] ?? '');
  let hash = 0;
  for (let index = 0; index < key.length; index += 1)
    hash = (hash * 31 + key.charCodeAt(index)) >>> 0;
  return hash % lanes;
};

const readCheckpoints = async (file: string | undefined): Promise<Checkpoints> => {
  if (file === undefined) return {};
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Checkpoints;
  } catch {
    return {};
  }
};

/**
 * Emulates Lambda's DynamoDB stream event source mapping: one reader per shard, parents before
 * children, records in order, batches delivered with the retry policy of the real mapping
 * (stream-batch.ts). Starts at `startingPosition` unless a checkpoint says otherwise;
 * redelivery is safe because notify deduplicates with its marker items.
 */
const startStreamMapping = async (options: StreamMappingOptions): Promise<StreamMapping> => {
  const state = { stopped: false };
  const isStopped = (): boolean => state.stopped;
  const checkpoints = await readCheckpoints(options.checkpointFile);
  const finished = new Set<string>();
  const started = new Set<string>();
  const readers: Promise<void>[] = [];

  const saveCheckpoint = async (shardId: string, sequence: string): Promise<void> => {
    checkpoints[shardId] = sequence;
    if (options.checkpointFile !== undefined)
      await writeFile(options.checkpointFile, JSON.stringify(checkpoints));
  };

  const iteratorFor = async (shardId: string): Promise<string | undefined> => {
    const after = checkpoints[shardId];
    const { ShardIterator } = await options.streams.send(
      new GetShardIteratorCommand({
        StreamArn: options.streamArn,
        ShardId: shardId,
        ...(after === undefined
          ? { ShardIteratorType: options.startingPosition }
          : { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }),
      }),
    );
    return ShardIterator;
  };

  const deliverLane = async (shardId: string, lane: readonly DynamoDBRecord[]): Promise<void> => {
    const { batchSize } = options;
    for (let start = 0; start < lane.length && !isStopped(); start += batchSize) {
      let invoke = options.target();
      while (invoke === undefined && !isStopped()) {
        await sleep(1000);
        invoke = options.target();
      }
      if (invoke === undefined) return;
      await deliverBatch(
        {
          invoke,
          policy: options.policy,
          shardId,
          streamArn: options.streamArn,
          functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:local-notify',
          sendToOnFailure: options.sendToOnFailure,
          log: options.log,
          stopped: isStopped,
        },
        lane.slice(start, start + batchSize),
      );
    }
  };

  // Like Lambda's parallelization factor: a page's records are spread over lanes by partition
  // key, the lanes run side by side and each delivers its records in order. The shard's position
  // moves once the whole page is done; a restart may deliver part of a page again, which notify's
  // markers make harmless.
  const deliver = async (shardId: string, page: readonly DynamoDBRecord[]): Promise<void> => {
    const lanes = new Map<number, DynamoDBRecord[]>();
    for (const record of page.filter((each) => passesFilters(options.filters, each))) {
      const lane = laneOf(record, options.partitionKey, options.parallelizationFactor);
      lanes.set(lane, [...(lanes.get(lane) ?? []), record]);
    }
    await Promise.all([...lanes.values()].map((lane) => deliverLane(shardId, lane)));
    const last = page.at(-1);
    if (!isStopped() && last !== undefined) await saveCheckpoint(shardId, sequenceOf(last));
  };

  const readShard = async (shardId: string): Promise<void> => {
    let iterator = await iteratorFor(shardId);
    while (iterator !== undefined && !isStopped()) {
      try {
        const page = await options.streams.send(
          new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }),
        );
        const records = (page.Records ?? []).map((record) => toLambdaRecord(record, options));
        await deliver(shardId, records);
        iterator = page.NextShardIterator;
        if (records.length === 0) await sleep(200);
      } catch (error) {
        if (isStopped()) return;
        options.log(
          `stream reader ${shardId}: ${error instanceof Error ? error.message : String(error)}`,
        );
        await sleep(1000);
        iterator = await iteratorFor(shardId).catch(() => iterator);
      }
    }
    if (!isStopped()) finished.add(shardId);
  };

  const discover = async (): Promise<void> => {
    while (!isStopped()) {
      try {
        const { StreamDescription } = await options.streams.send(
          new DescribeStreamCommand({ StreamArn: options.streamArn }),
        );
        const shards = StreamDescription?.Shards ?? [];
        const known = new Set(shards.map((shard) => shard.ShardId));
        for (const shard of shards) {
          const id = shard.ShardId ?? '';
          const parent = shard.ParentShardId;
          const parentDone = parent === undefined || !known.has(parent) || finished.has(parent);
          if (started.has(id) || !parentDone) continue;
          started.add(id);
          readers.push(readShard(id));
        }
      } catch (error) {
        if (!isStopped())
          options.log(
            `stream discovery: ${error instanceof Error ? error.message : String(error)}`,
          );
      }
      await sleep(1000);
    }
  };

  const discovery = discover();
  return {
    stop: async () => {
      state.stopped = true;
      await discovery;
      await Promise.all(readers);
    },
  };
};

export { startStreamMapping };
export type { StreamMapping, StreamMappingOptions };
