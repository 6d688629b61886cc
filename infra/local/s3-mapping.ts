import { randomUUID } from 'node:crypto';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
import type { Invoke } from './functions.js';

interface S3MappingOptions {
  readonly s3: S3Client;
  readonly bucket: string;
  /** The notification filter infra sets: key prefix and suffix. */
  readonly prefix: string;
  readonly suffix: string;
  /** Retries of a failed asynchronous invocation, as Lambda makes them. */
  readonly retryAttempts: number;
  readonly region: string;
  readonly target: () => Invoke | undefined;
  readonly log: (line: string) => void;
}

interface S3Mapping {
  stop(): Promise<void>;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/** An S3 ObjectCreated notification as AWS sends it (keys URL-encoded, spaces as "+"). */
const objectCreatedEvent = (
  options: S3MappingOptions,
  object: { key: string; size: number; eTag: string },
): S3Event => ({
  Records: [
    {
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: options.region,
      eventTime: new Date().toISOString(),
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'local' },
      requestParameters: { sourceIPAddress: '127.0.0.1' },
      responseElements: { 'x-amz-request-id': randomUUID(), 'x-amz-id-2': randomUUID() },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'contact-lens',
        bucket: {
          name: options.bucket,
          ownerIdentity: { principalId: 'local' },
          arn: `arn:aws:s3:::${options.bucket}`,
        },
        object: {
          key: encodeURIComponent(object.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
          size: object.size,
          eTag: object.eTag,
          sequencer: Date.now().toString(16).toUpperCase(),
        },
      },
    },
  ],
});

/**
 * Emulates an S3 event notification to Lambda (fauxqs stores objects but sends no
 * notifications): lists the bucket under the prefix every second and invokes the target once
 * per new object, with Lambda's asynchronous retries.
 */
const startS3Mapping = (options: S3MappingOptions): S3Mapping => {
  const seen = new Set<string>();
  let stopped = false;
  const isStopped = (): boolean => stopped;

  const deliver = async (object: { key: string; size: number; eTag: string }): Promise<void> => {
    for (let attempt = 1; attempt <= options.retryAttempts + 1 && !isStopped(); attempt += 1) {
      const invoke = options.target();
      if (invoke === undefined) return;
      try {
        await invoke(objectCreatedEvent(options, object));
        return;
      } catch (error) {
        options.log(
          `contactlens failed on ${object.key} (attempt ${attempt}): ${error instanceof Error ? error.message : String(error)}`,
        );
        await sleep(1000);
      }
    }
  };

  const poll = async (): Promise<void> => {
    while (!isStopped()) {
      try {
        const page = await options.s3.send(
          new ListObjectsV2Command({ Bucket: options.bucket, Prefix: options.prefix }),
        );
        for (const item of page.Contents ?? []) {
          const key = item.Key ?? '';
          if (seen.has(key) || !key.endsWith(options.suffix)) continue;
          seen.add(key);
          await deliver({ key, size: item.Size ?? 0, eTag: item.ETag ?? '' });
        }
      } catch (error) {
        if (!isStopped())
          options.log(
            `contact lens bucket: ${error instanceof Error ? error.message : String(error)}`,
          );
      }
      await sleep(1000);
    }
  };

  const polling = poll();
  return {
    stop: async () => {
      stopped = true;
      await polling;
    },
  };
};

export { startS3Mapping };
export type { S3Mapping, S3MappingOptions };
