import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  EmulatorStartError,
  startDynamoDbLocal,
} from '../../../../infra/local/emulators/dynamodb-local.js';
import { startSnsSqsEmulator } from '../../../../infra/local/emulators/fauxqs.js';
import { createSqsClient } from '../../../../shared/aws/sqs.js';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startDynamoDbLocal', () => {
  it('serves the DynamoDB API and leaves no java process behind when stopped', async () => {
    const dynamo = await startDynamoDbLocal();
    try {
      const client = new DynamoDBClient({
        region: 'us-east-1',
        endpoint: dynamo.endpoint,
        credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      });
      const tables = await client.send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual([]);
    } finally {
      await dynamo.stop();
    }
    expect(isAlive(dynamo.pid)).toBe(false);
  });

  // Java binds every interface, so a port held on another loopback address looks free from
  // 127.0.0.1 and yet fails java's bind: the case of a port taken between asking and binding.
  it('names a port java could not bind within seconds, not after the 30 s start timeout', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.2', done));
    const { port } = holder.address() as AddressInfo;
    const started = Date.now();
    try {
      await expect(startDynamoDbLocal({ port })).rejects.toThrow(
        new EmulatorStartError(
          `Port ${port} for DynamoDB Local is already in use; choose another with DYNAMODB_PORT.`,
        ),
      );
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      holder.close();
    }
  });
});

describe('startSnsSqsEmulator', () => {
  it('round-trips an SQS message over the wire', async () => {
    const emulator = await startSnsSqsEmulator();
    try {
      const sqs = createSqsClient({ region: 'us-east-1', endpoint: emulator.endpoint });
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'probe' }));
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'héllo' }));
      const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1 }));
      expect(received.Messages?.map((message) => message.Body)).toEqual(['héllo']);
    } finally {
      await emulator.stop();
    }
  });
});
