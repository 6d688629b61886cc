// SurveyMonkey and Qualtrics webhooks carry ids only; the adapters fetch the response through the
// platform's REST API. No emulator exists for those APIs, so a local node:http server on an
// ephemeral port serves responses shaped as the vendors document them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DependencyError, UnprocessableError } from '../../../../shared/errors.js';
import type {
  NormalizeContext,
  Normalized,
  SourceAdapter,
} from '../../../../shared/sources/adapter.js';
import { createFetchPlatformApi } from '../../../../shared/sources/platform-api.js';
import { qualtrics } from '../../../../shared/sources/qualtrics.js';
import type { SourceSecret } from '../../../../shared/sources/source-secret.js';
import { surveymonkey } from '../../../../shared/sources/surveymonkey.js';
import { exampleConfig } from '../../../helpers/config.js';
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

const sources = (await exampleConfig()).sources;
const api = createFetchPlatformApi({ timeoutMs: 500 });
const secret: SourceSecret = { signing: ['s'], apiKeys: [], apiToken: 'token-abc-123' };

const SM_RESPONSE = '/v3/surveys/405912345/responses/11887766554/details';
const SM_SURVEY = '/v3/surveys/405912345/details';
const QX_RESPONSE = '/API/v3/surveys/SV_3K7bP9xQwErTyUi/responses/R_1gYw7kLmNoPqRsT';

let server: PlatformApiServer;

beforeAll(async () => {
  server = await startPlatformApiServer({
    [SM_RESPONSE]: { body: fixtureJson('surveymonkey-response.json') },
    [SM_SURVEY]: { body: fixtureJson('surveymonkey-survey.json') },
    [QX_RESPONSE]: { body: fixtureJson('qualtrics-response.json') },
  });
});

afterAll(async () => {
  await server.close();
});

const run = <O>(
  adapter: SourceAdapter<O>,
  options: O,
  body: Buffer,
  withSecret: SourceSecret | undefined = secret,
): Promise<Normalized> => {
  const context: NormalizeContext<O> = { options, receivedAt: NOW, api, secret: withSecret };
  return Promise.resolve().then(() => adapter.normalize({ headers: {}, body }, context));
};

const surveymonkeyOptions = () => ({
  ...sources.surveymonkey,
  apiBaseUrl: `${server.baseUrl}/v3`,
  ratingQuestions: { '667460001': 'nps' as const },
});

const qualtricsOptions = () => ({ ...sources.qualtrics, apiBaseUrl: `${server.baseUrl}/API/v3` });

describe('surveymonkey', () => {
  it('fetches the response and the rating choice, then maps every field', async () => {
    const result = await run(
      surveymonkey,
      surveymonkeyOptions(),
      fixtureBytes('surveymonkey-event.json'),
    );

    expect(result).toEqual({
      outcome: 'signal',
      signal: {
        source: 'surveymonkey',
        sourceEventId: '10009876543',
        kind: 'survey',
        customer: {
          id: 'cus_5150',
          email: 'ingrid.bergstrom@example.se',
          name: 'Ingrid Bergström',
          accountId: 'acct_malmö',
        },
        rating: { value: 1, scale: 'nps' },
        text: 'Leveransen är tre veckor sen och ingen återkommer. Vi kan inte sälja någonting.',
        turns: [],
        submittedAt: '2026-11-21T08:30:05+00:00',
        receivedAt: NOW.toISOString(),
        metadata: {
          eventType: 'response_completed',
          surveyId: '405912345',
          responseId: '11887766554',
          collectorId: '431234567',
        },
      },
    });
    const calls = server.requests.filter((request) => request.path.startsWith('/v3/'));
    expect(calls.map((request) => request.path)).toEqual([SM_RESPONSE, SM_SURVEY]);
    expect(calls[0]?.headers.authorization).toBe('Bearer token-abc-123');
  });

  it('ignores events that carry no answers', async () => {
    const event = { ...fixtureJson('surveymonkey-event.json'), event_type: 'collector_created' };

    await expect(
      run(surveymonkey, surveymonkeyOptions(), Buffer.from(JSON.stringify(event))),
    ).resolves.toEqual({
      outcome: 'ignored',
      reason: 'event type collector_created carries no answers',
    });
  });

  it('needs an apiToken in the secret (503 until an admin adds it)', async () => {
    await expect(
      run(surveymonkey, surveymonkeyOptions(), fixtureBytes('surveymonkey-event.json'), {
        signing: ['s'],
        apiKeys: [],
      }),
    ).rejects.toThrow(
      new DependencyError('the surveymonkey secret has no apiToken to fetch the response with'),
    );
  });

  it('refuses a response that no longer exists with 422', async () => {
    const event = { ...fixtureJson('surveymonkey-event.json'), object_id: 'deleted-1' };

    await expect(
      run(surveymonkey, surveymonkeyOptions(), Buffer.from(JSON.stringify(event))),
    ).rejects.toThrow(UnprocessableError);
  });
});

describe('qualtrics', () => {
  it('fetches the response and maps embedded data, rating and comment questions', async () => {
    const body = Buffer.from(qualtricsForm(fixtureJson('qualtrics-msg.json')));

    const result = await run(qualtrics, qualtricsOptions(), body);

    expect(result).toEqual({
      outcome: 'signal',
      signal: {
        source: 'qualtrics',
        sourceEventId: 'R_1gYw7kLmNoPqRsT',
        kind: 'survey',
        customer: {
          id: 'cus_2024',
          email: 'jürgen.weiß@example.de',
          name: 'Jürgen Weiß',
          accountId: 'acct_köln',
          segment: 'strategic',
        },
        rating: { value: 0, scale: 'nps' },
        text: 'Seit zwei Wochen können wir keine Rechnungen erstellen. Das ist geschäftsschädigend – wir prüfen rechtliche Schritte.',
        turns: [],
        submittedAt: '2026-11-21T14:02:31.000Z',
        receivedAt: NOW.toISOString(),
        metadata: {
          surveyId: 'SV_3K7bP9xQwErTyUi',
          responseId: 'R_1gYw7kLmNoPqRsT',
          ratingQuestion: 'QID1',
        },
      },
    });
    const call = server.requests.find((request) => request.path === QX_RESPONSE);
    expect(call?.headers['x-api-token']).toBe('token-abc-123');
  });

  it('ignores topics other than completed responses', async () => {
    const body = Buffer.from(
      qualtricsForm(
        fixtureJson('qualtrics-msg.json'),
        'acmebrand.surveyengine.partialResponse.SV_1',
      ),
    );

    await expect(run(qualtrics, qualtricsOptions(), body)).resolves.toEqual({
      outcome: 'ignored',
      reason: 'topic is not a completed response',
    });
  });
});

describe('platform API client', () => {
  it('turns a slow platform into a DependencyError after the timeout', async () => {
    server.route('/slow', { delayMs: 2_000, body: {} });

    await expect(api.getJson(`${server.baseUrl}/slow`, {})).rejects.toThrow(
      new DependencyError(
        '127.0.0.1:' + new URL(server.baseUrl).port + ' did not answer within 500 ms',
      ),
    );
  });

  it.each([
    [500, DependencyError],
    [429, DependencyError],
    [401, DependencyError],
    [404, UnprocessableError],
    [410, UnprocessableError],
  ])('maps HTTP %i to %o', async (status, type) => {
    server.route(`/status-${status}`, { status, body: { error: 'x' } });

    await expect(api.getJson(`${server.baseUrl}/status-${status}`, {})).rejects.toThrow(type);
  });

  it('turns a body that is not JSON into a DependencyError', async () => {
    server.route('/html', { body: '<html>maintenance</html>' });

    await expect(api.getJson(`${server.baseUrl}/html`, {})).rejects.toThrow(
      /answered with a body that is not JSON/,
    );
  });

  it('turns a refused connection into a DependencyError', async () => {
    await expect(api.getJson('http://127.0.0.1:9/x', {})).rejects.toThrow(DependencyError);
  });
});
