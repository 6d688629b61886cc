import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SQSRecord } from 'aws-lambda';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHandler, type MetricsSink } from '../../../../functions/detect/handler.js';
import { createSqsQuarantine } from '../../../../functions/detect/quarantine.js';
import { createDynamoDocumentClient } from '../../../../shared/aws/dynamodb.js';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import { DynamoCustomerStore } from '../../../../shared/cases/dynamo-customer-store.js';
import { createSignalIntake } from '../../../../shared/cases/signal-intake.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { routeCase } from '../../../../shared/routing/route.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';
import { fifoRecord, signalRecord, sqsEvent } from '../../../fixtures/cases/sqs-event.js';
import { assessment, surveySignal } from '../../../fixtures/cases/signals.js';

const dynamo = useDynamoDbLocal();
const fauxqs = useFauxqs();
let sqs: SQSClient;
let dlqUrl: string;
let config: AdvocacyConfig;
let tableName: string;

beforeAll(async () => {
  sqs = fauxqs.sqs();
  config = await exampleConfig();
});

beforeEach(async () => {
  tableName = await dynamo.freshTable();
  dlqUrl = await fauxqs.createQueue(`signals-dlq-${tableName}.fifo`);
});

/** Counts metrics in memory: Powertools would print EMF to stdout, which no emulator reads. */
const recordingMetrics = () => {
  const counts: Record<string, number> = {};
  const sink: MetricsSink = {
    addMetric: (name, _unit, value) => {
      counts[name] = (counts[name] ?? 0) + value;
    },
    publishStoredMetrics: () => undefined,
  };
  return { counts, sink };
};

/**
 * The detect handler on DynamoDB Local and fauxqs. The detector is replaced by a fixed
 * assessment (it has its own tests against the labelled set) so these tests are about the
 * batch contract; routing is the real one on the example configuration.
 */
const detectHandler = (options: { client?: DynamoDBDocumentClient; dlq?: string } = {}) => {
  const client = options.client ?? dynamo.client();
  const metrics = recordingMetrics();
  const handler = createHandler({
    intake: createSignalIntake({
      assess: (input) => assessment({ id: input.id }),
      route: (input) => routeCase(input, config),
      customers: new DynamoCustomerStore({ client, tableName }),
      store: new DynamoCaseStore({
        client,
        tableName,
        retention: { rawTextDays: 90, assessmentDays: 90 },
      }),
    }),
    quarantine: createSqsQuarantine(sqs, options.dlq ?? dlqUrl),
    metrics: metrics.sink,
    logger: new Logger({ logLevel: 'SILENT' }),
    clock: () => new Date('2026-11-20T10:00:00.000Z'),
  });
  return { handler, counts: metrics.counts };
};

/**
 * A document client whose writes (TransactWriteItems, or the puts of a signal that opens
 * nothing) fail with a throttling error for one source event.
 * No emulator produces throttling on demand, so this SDK middleware injects it; everything
 * else goes to DynamoDB Local unchanged.
 */
const clientFailingFor = (sourceEventId: string): DynamoDBDocumentClient => {
  const client = createDynamoDocumentClient({ region: 'us-east-1', endpoint: dynamo.endpoint() });
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { TransactItems?: unknown; Item?: unknown };
      const writes = input.TransactItems !== undefined || input.Item !== undefined;
      if (writes && JSON.stringify(input).includes(sourceEventId)) {
        throw new ProvisionedThroughputExceededException({ message: 'injected', $metadata: {} });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectThrottling' },
  );
  return client;
};

const forAccount = (account: string, sourceEventId: string): SQSRecord =>
  signalRecord(
    surveySignal({
      sourceEventId,
      customer: { accountId: account, email: `${account}@example.com` },
    }),
  );

const casesOf = async (account: string) => {
  const store = new DynamoCaseStore({
    client: dynamo.client(),
    tableName,
    retention: { rawTextDays: 90, assessmentDays: 90 },
  });
  const page = await store.listByCustomer(`account:${account}`, { limit: 10 });
  return Promise.all(page.items.map((item) => store.getCase(item.id)));
};

describe('detect handler', () => {
  it('commits each customer record once and reports no failures', async () => {
    // Prepare
    const { handler, counts } = detectHandler();
    const records = ['a', 'b', 'c'].map((account) => forAccount(account, `resp-${account}`));

    // Act
    const response = await handler(sqsEvent(records));

    // Assess
    expect(response).toEqual({ batchItemFailures: [] });
    for (const account of ['a', 'b', 'c']) expect(await casesOf(account)).toHaveLength(1);
    expect(counts).toEqual({ SignalsProcessed: 3, CasesOpened: 3, AssessmentsRecorded: 3 });
  });

  it('reports only the record DynamoDB failed on; a redelivery commits nothing twice', async () => {
    // Prepare
    const records = [
      forAccount('a', 'resp-a'),
      forAccount('f', 'resp-f'),
      forAccount('b', 'resp-b'),
    ];
    const failing = detectHandler({ client: clientFailingFor('resp-f') });

    // Act
    const first = await failing.handler(sqsEvent(records));
    const retry = detectHandler();
    const second = await retry.handler(sqsEvent(records));

    // Assess
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: records[1]!.messageId }]);
    expect(failing.counts).toMatchObject({ SignalsProcessed: 2, CasesOpened: 2 });
    expect(second.batchItemFailures).toEqual([]);
    expect(retry.counts).toMatchObject({ DuplicateSignals: 2, CasesOpened: 1 });
    for (const account of ['a', 'f', 'b']) {
      const cases = await casesOf(account);
      expect(cases.map((details) => [details.signals.length, details.events.length])).toEqual([
        [1, 1],
      ]);
    }
  });

  it("fails the rest of a failed customer's group, keeping its signals in order", async () => {
    // Prepare
    const records = [
      forAccount('f', 'resp-f1'),
      forAccount('f', 'resp-f2'),
      forAccount('b', 'resp-b'),
    ];
    const { handler } = detectHandler({ client: clientFailingFor('resp-f1') });

    // Act
    const response = await handler(sqsEvent(records));

    // Assess
    expect(response.batchItemFailures).toEqual([
      { itemIdentifier: records[0]!.messageId },
      { itemIdentifier: records[1]!.messageId },
    ]);
    expect(await casesOf('f')).toEqual([]);
    expect(await casesOf('b')).toHaveLength(1);
  });

  it('moves a body that is not a Signal to the signals DLQ with the reason, and acknowledges it', async () => {
    // Prepare
    const body = JSON.stringify({ source: 'typeform', kind: 'survey' });
    const record = fifoRecord(body, 'group-1', 'dedupe-malformed');
    const { handler, counts } = detectHandler();

    // Act
    const response = await handler(sqsEvent([record, forAccount('a', 'resp-a')]));

    // Assess
    expect(response.batchItemFailures).toEqual([]);
    expect(counts).toMatchObject({ SignalsQuarantined: 1, CasesOpened: 1 });
    const { Messages } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlqUrl,
        MessageAttributeNames: ['All'],
        WaitTimeSeconds: 1,
      }),
    );
    expect(Messages).toHaveLength(1);
    expect(Messages?.[0]?.Body).toBe(body);
    const reason = Messages?.[0]?.MessageAttributes?.reason?.StringValue ?? '';
    expect(reason).toMatch(/^queue message is not a Signal; /);
    expect(reason).toContain('sourceEventId: ');
    expect(Messages?.[0]?.MessageAttributes?.quarantinedBy?.StringValue).toBe('detect');
  });

  it('reports a malformed record failed when the DLQ cannot take it', async () => {
    // Prepare
    const record = fifoRecord('not json', 'group-1');
    const { handler } = detectHandler({ dlq: `${fauxqs.endpoint()}/000000000000/missing.fifo` });

    // Act
    const response = await handler(sqsEvent([record]));

    // Assess
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: record.messageId }]);
  });
});
