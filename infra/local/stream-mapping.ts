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

/** Records per GetRecords call, and records read ahead of the lanes at most. */
const PAGE_SIZE = 100;
const READ_AHEAD = 500;

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

  const iteratorFor = async (
    shardId: string,
    after = checkpoints[shardId],
  ): Promise<string | undefined> => {
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

  const target = (shardId: string, invoke: Invoke) => ({
    invoke,
    policy: options.policy,
    shardId,
    streamArn: options.streamArn,
    functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:local-notify',
    sendToOnFailure: options.sendToOnFailure,
    log: options.log,
    stopped: isStopped,
  });

  // Like Lambda's parallelization factor: records are spread over lanes by partition key, each
  // lane delivers its records in order in batches of up to `batchSize`, and the lanes run side
  // by side. The reader does not wait for a page to be delivered before reading the next (a busy
  // lane would hold up every other), so a lane's next batch takes whatever queued up meanwhile.
  // The shard's position moves past a page once all of its records and every page before it are
  // done; a restart may deliver part of a page again, which notify's markers make harmless.
  const readShard = async (shardId: string): Promise<void> => {
    interface Page {
      readonly last: string | undefined;
      remaining: number;
    }
    const pages: Page[] = [];
    const lanes = Array.from({ length: options.parallelizationFactor }, () => ({
      queue: [] as { readonly record: DynamoDBRecord; readonly page: Page }[],
      busy: false,
    }));
    let checkpointing = Promise.resolve();
    const queued = (): number => lanes.reduce((sum, lane) => sum + lane.queue.length, 0);

    const advance = (): void => {
      let done: Page | undefined;
      while (pages[0]?.remaining === 0) done = pages.shift();
      const sequence = done?.last;
      if (sequence === undefined || isStopped()) return;
      checkpointing = checkpointing.then(() => saveCheckpoint(shardId, sequence));
    };

    const work = async (lane: (typeof lanes)[number]): Promise<void> => {
      lane.busy = true;
      try {
        while (lane.queue.length > 0 && !isStopped()) {
          const invoke = options.target();
          if (invoke === undefined) {
            await sleep(1000);
            continue;
          }
          const batch = lane.queue.splice(0, options.batchSize);
          try {
            await deliverBatch(
              target(shardId, invoke),
              batch.map((entry) => entry.record),
            );
          } catch (error) {
            // E.g. the on-failure queue unreachable: the batch goes back first in line and is
            // delivered again, as the shard's position has not moved past it.
            options.log(
              `stream lane ${shardId}: ${error instanceof Error ? error.message : String(error)}`,
            );
            lane.queue.unshift(...batch);
            await sleep(1000);
            continue;
          }
          if (isStopped()) return;
          for (const entry of batch) entry.page.remaining -= 1;
          advance();
        }
      } finally {
        lane.busy = false;
      }
    };
    const workers = new Set<Promise<void>>();
    const start = (lane: (typeof lanes)[number]): void => {
      const running = work(lane).finally(() => workers.delete(running));
      workers.add(running);
    };

    let iterator = await iteratorFor(shardId);
    // Where reading resumes after an error: past what is already queued, not the checkpoint.
    let lastRead: string | undefined = checkpoints[shardId];
    while (iterator !== undefined && !isStopped()) {
      try {
        // Bounded read-ahead: at most a few pages wait for busy lanes.
        while (queued() >= READ_AHEAD && !isStopped()) await sleep(20);
        const response = await options.streams.send(
          new GetRecordsCommand({ ShardIterator: iterator, Limit: PAGE_SIZE }),
        );
        const records = (response.Records ?? []).map((record) => toLambdaRecord(record, options));
        const matching = records.filter((each) => passesFilters(options.filters, each));
        const last = records.at(-1);
        const page: Page = {
          last: last === undefined ? undefined : sequenceOf(last),
          remaining: matching.length,
        };
        lastRead = page.last ?? lastRead;
        pages.push(page);
        for (const record of matching) {
          const lane = lanes[laneOf(record, options.partitionKey, lanes.length)];
          lane?.queue.push({ record, page });
        }
        advance();
        for (const lane of lanes) if (!lane.busy && lane.queue.length > 0) start(lane);
        iterator = response.NextShardIterator;
        if (records.length === 0) await sleep(200);
      } catch (error) {
        if (isStopped()) break;
        options.log(
          `stream reader ${shardId}: ${error instanceof Error ? error.message : String(error)}`,
        );
        await sleep(1000);
        iterator = await iteratorFor(shardId, lastRead).catch(() => iterator);
      }
    }
    // A closed shard is finished once what was read from it is delivered.
    while (!isStopped() && lanes.some((lane) => lane.busy || lane.queue.length > 0))
      await sleep(50);
    await Promise.all([...workers]);
    await checkpointing;
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
