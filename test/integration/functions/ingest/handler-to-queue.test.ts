// Each signed fixture goes through the ingest handler to a real FIFO queue on fauxqs (the
// SNS/SQS emulator); SurveyMonkey's and Qualtrics' REST APIs, which no emulator covers, are
// served by a local node:http server.
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/ingest/handler.js';
import type { WebhookSourceName } from '../../../../shared/sources/adapter.js';
import { createFetchPlatformApi } from '../../../../shared/sources/platform-api.js';
import { parseQueueMessage, toQueueMessage } from '../../../../shared/sources/queue-message.js';
import { signRequest } from '../../../../shared/sources/signing.js';
import { SqsSignalQueue } from '../../../../shared/sources/sqs-signal-queue.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';
import {
  startPlatformApiServer,
  type PlatformApiServer,
} from '../../../helpers/sources-api-server.js';
import {
  fixtureBytes,
  fixtureJson,
  NOW,
  qualtricsForm,
} from '../../../helpers/sources-fixtures.js';
import { webhookEvent } from '../../../helpers/webhook-events.js';
import { ingestDeps, signingSecret } from '../../../helpers/webhook-ingest-deps.js';

const config = await exampleConfig();
const fauxqs = useFauxqs();
let api: PlatformApiServer;
let sqs: SQSClient;
let queueUrl: string;

beforeAll(async () => {
  sqs = fauxqs.sqs();
  queueUrl = await fauxqs.createQueue('signals-ingest-test.fifo');
  api = await startPlatformApiServer({
    '/v3/surveys/405912345/responses/11887766554/details': {
      body: fixtureJson('surveymonkey-response.json'),
    },
    '/v3/surveys/405912345/details': { body: fixtureJson('surveymonkey-survey.json') },
    '/API/v3/surveys/SV_3K7bP9xQwErTyUi/responses/R_1gYw7kLmNoPqRsT': {
      body: fixtureJson('qualtrics-response.json'),
    },
  });
});

afterAll(async () => {
  await api.close();
});

const handler = () => {
  const sources = {
    ...config.sources,
    surveymonkey: {
      ...config.sources.surveymonkey,
      apiBaseUrl: `${api.baseUrl}/v3`,
      ratingQuestions: { '667460001': 'nps' as const },
    },
    qualtrics: { ...config.sources.qualtrics, apiBaseUrl: `${api.baseUrl}/API/v3` },
  };
  return createHandler({
    ...ingestDeps(config),
    sources,
    queue: new SqsSignalQueue(sqs, queueUrl),
    api: createFetchPlatformApi({ timeoutMs: 2_000 }),
  });
};

/** Takes every message off the queue (fauxqs returns one per FIFO group per receive). */
const drain = async (): Promise<
  { body: string; groupId: string | undefined; dedupId: string | undefined }[]
> => {
  const received: { body: string; groupId: string | undefined; dedupId: string | undefined }[] = [];
  for (let empty = 0; empty < 3;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ['MessageGroupId', 'MessageDeduplicationId'],
      }),
    );
    empty = Messages.length === 0 ? empty + 1 : 0;
    for (const message of Messages) {
      received.push({
        body: message.Body ?? '',
        groupId: message.Attributes?.MessageGroupId,
        dedupId: message.Attributes?.MessageDeduplicationId,
      });
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }),
      );
    }
  }
  return received;
};

const BODIES: [WebhookSourceName, Buffer][] = [
  ['typeform', fixtureBytes('typeform.json')],
  ['delighted', fixtureBytes('delighted.json')],
  ['zendesk', fixtureBytes('zendesk.json')],
  ['intercom', fixtureBytes('intercom-replied.json')],
  ['surveymonkey', fixtureBytes('surveymonkey-event.json')],
  ['qualtrics', Buffer.from(qualtricsForm(fixtureJson('qualtrics-msg.json')))],
  ['generic', fixtureBytes('generic-survey.json')],
];

describe('ingest handler to the FIFO signals queue', () => {
  it.each(BODIES)(
    'enqueues the expected Signal of a signed %s webhook and answers 202',
    async (source, body) => {
      const signed = signRequest(source, body, signingSecret(source), NOW, {
        clientId: 'sm-client',
      });
      const expected = fixtureJson(`expected/${source}.json`);

      const response = await handler()(
        webhookEvent({ source, body: signed.body, headers: signed.headers }),
      );

      expect(response.statusCode).toBe(202);
      expect(JSON.parse(response.body ?? '{}')).toEqual({
        signalId: `${source}:${String(expected.sourceEventId)}`,
      });
      const messages = await drain();
      expect(messages).toHaveLength(1);
      expect(parseQueueMessage(messages[0]!.body)).toEqual(expected);
      const message = toQueueMessage(parseQueueMessage(messages[0]!.body));
      expect(messages[0]).toMatchObject({
        groupId: message.groupId,
        dedupId: message.deduplicationId,
      });
    },
  );

  it('enqueues a redelivered webhook once (deduplication on the source event id)', async () => {
    // A token of its own: the fixture's was enqueued above, inside SQS's 5-minute window.
    const body = fixtureJson<{ form_response: { token: string } }>('typeform.json');
    body.form_response.token = 'redelivered-0001';
    const signed = signRequest('typeform', JSON.stringify(body), signingSecret('typeform'), NOW);
    const event = webhookEvent({ source: 'typeform', body: signed.body, headers: signed.headers });

    const first = await handler()(event);
    const second = await handler()(event);

    expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
    expect(await drain()).toHaveLength(1);
  });

  it('answers 503 when the queue does not exist', async () => {
    const signed = signRequest(
      'typeform',
      fixtureBytes('typeform.json'),
      signingSecret('typeform'),
      NOW,
    );
    const broken = createHandler({
      ...ingestDeps(config),
      queue: new SqsSignalQueue(sqs, `${fauxqs.endpoint()}/000000000000/missing.fifo`),
    });

    const response = await broken(
      webhookEvent({ source: 'typeform', body: signed.body, headers: signed.headers }),
    );

    expect(response.statusCode).toBe(503);
  });
});

describe('functions/ingest/index.ts', () => {
  it('wires the handler from the environment at cold start (local stack variables)', async () => {
    // The local stack's variables: an emulator endpoint and per-source secrets, no Secrets Manager.
    process.env.ADVOCACY_AWS_ENDPOINT = fauxqs.endpoint();
    process.env.ADVOCACY_SIGNALS_QUEUE_URL = queueUrl;
    process.env.ADVOCACY_SECRET_GENERIC = signingSecret('generic');
    const { handler: coldStarted } = await import('../../../../functions/ingest/index.js');
    const body = fixtureJson<{ data: { response_id: string } }>('generic-survey.json');
    body.data.response_id = 'cold-start-0001';
    const signed = signRequest(
      'generic',
      JSON.stringify(body),
      signingSecret('generic'),
      new Date(),
    );

    const response = await coldStarted(
      webhookEvent({ source: 'generic', body: signed.body, headers: signed.headers }),
    );

    expect(response).toMatchObject({
      statusCode: 202,
      body: '{"signalId":"generic:cold-start-0001"}',
    });
    expect(await drain()).toHaveLength(1);
  });
});
