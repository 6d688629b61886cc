import { CreateQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll } from 'vitest';
import { startSnsSqsEmulator, type SnsSqsEmulator } from '../../infra/local/emulators/fauxqs.js';
import { createS3Client } from '../../shared/aws/s3.js';
import { createSnsClient } from '../../shared/aws/sns.js';
import { createSqsClient } from '../../shared/aws/sqs.js';

interface FauxqsTestContext {
  /** fauxqs' URL, once `beforeAll` has run. */
  readonly endpoint: () => string;
  /** Clients pointed at fauxqs (it serves SNS, SQS and S3). */
  readonly sns: () => SNSClient;
  readonly sqs: () => SQSClient;
  readonly s3: () => S3Client;
  /** Creates a queue and returns its URL; a `.fifo` name makes a FIFO queue. */
  readonly createQueue: (name: string) => Promise<string>;
}

interface Started {
  readonly emulator: SnsSqsEmulator;
  readonly sns: SNSClient;
  readonly sqs: SQSClient;
  readonly s3: S3Client;
}

/**
 * Starts fauxqs (SNS, SQS and S3 in this process) once for the calling test file (beforeAll) and
 * stops it afterwards, with its clients. Call it at the top level before the file's own hooks:
 * they then run after fauxqs is up and before it stops.
 */
const useFauxqs = (): FauxqsTestContext => {
  let started: Started | undefined;

  beforeAll(async () => {
    const emulator = await startSnsSqsEmulator();
    const options = { region: 'us-east-1', endpoint: emulator.endpoint };
    started = {
      emulator,
      sns: createSnsClient(options),
      sqs: createSqsClient(options),
      s3: createS3Client(options),
    };
  });

  afterAll(async () => {
    if (started === undefined) return;
    for (const client of [started.sns, started.sqs, started.s3]) client.destroy();
    await started.emulator.stop();
  });

  const ready = (): Started => {
    if (started === undefined)
      throw new Error('fauxqs is not started: call useFauxqs() at the top level');
    return started;
  };

  return {
    endpoint: () => ready().emulator.endpoint,
    sns: () => ready().sns,
    sqs: () => ready().sqs,
    s3: () => ready().s3,
    createQueue: async (name) => {
      const { QueueUrl } = await ready().sqs.send(
        new CreateQueueCommand({
          QueueName: name,
          ...(name.endsWith('.fifo') ? { Attributes: { FifoQueue: 'true' } } : {}),
        }),
      );
      return QueueUrl ?? '';
    },
  };
};

export { useFauxqs };
export type { FauxqsTestContext };
