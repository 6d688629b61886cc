import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/ingest/handler.js';
import { parseConfig } from '../../../../shared/config/load.js';
import type { WebhookSourceName } from '../../../../shared/sources/adapter.js';
import { parseQueueMessage } from '../../../../shared/sources/queue-message.js';
import { signRequest } from '../../../../shared/sources/signing.js';
import { EnvSecretProvider } from '../../../../shared/sources/source-secret.js';
import { exampleConfig } from '../../../helpers/config.js';
import { fixtureBytes, fixtureJson, NOW } from '../../../helpers/sources-fixtures.js';
import { webhookEvent } from '../../../helpers/webhook-events.js';
import { ingestDeps, signingSecret } from '../../../helpers/webhook-ingest-deps.js';

const config = await exampleConfig();

const signed = (source: WebhookSourceName, body: Buffer | string, base64 = false) => {
  const request = signRequest(source, body, signingSecret(source), NOW, { clientId: 'sm-client' });
  return webhookEvent({ source, body: request.body, headers: request.headers, base64 });
};

const answer = async (
  deps: ReturnType<typeof ingestDeps>,
  event: ReturnType<typeof webhookEvent>,
) => {
  const response = await createHandler(deps)(event);
  return {
    status: response.statusCode,
    body:
      response.body === undefined
        ? undefined
        : (JSON.parse(response.body) as Record<string, unknown>),
  };
};

describe('ingest handler', () => {
  it.each<[WebhookSourceName, string, string]>([
    ['typeform', 'typeform.json', 'typeform:a3a12ec67a1365927098a606107fac15'],
    [
      'delighted',
      'delighted.json',
      'delighted:5c6ea7f3d2b1a0e9f8c7b6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5',
    ],
    ['zendesk', 'zendesk.json', 'zendesk:48211:bad'],
    ['intercom', 'intercom-replied.json', 'intercom:notif_8a7b6c5d-4e3f-2a1b-0c9d-8e7f6a5b4c3d'],
    ['generic', 'generic-survey.json', 'generic:resp_2026_0042'],
  ])(
    'answers a signed %s fixture 202 with the signal id after enqueueing it',
    async (source, fixture, signalId) => {
      const deps = ingestDeps(config);

      const response = await answer(deps, signed(source, fixtureBytes(fixture)));

      expect(response).toEqual({ status: 202, body: { signalId } });
      expect(deps.metrics.counts).toEqual(new Map([['SignalsReceived', 1]]));
      expect(deps.queue.messages).toHaveLength(1);
      const signal = parseQueueMessage(deps.queue.messages[0]!.body);
      expect(`${signal.source}:${signal.sourceEventId}`).toBe(signalId);
    },
  );

  it('verifies a base64-encoded body on its decoded bytes', async () => {
    const deps = ingestDeps(config);

    const response = await answer(deps, signed('typeform', fixtureBytes('typeform.json'), true));

    expect(response.status).toBe(202);
  });

  it('answers an unknown source 404', async () => {
    const response = await answer(
      ingestDeps(config),
      webhookEvent({ source: 'mailchimp', body: '{}' }),
    );

    expect(response).toEqual({
      status: 404,
      body: { error: 'not_found', detail: 'unknown source "mailchimp"' },
    });
  });

  it('answers a disabled source 404', async () => {
    const disabled = parseConfig({
      ...config,
      sources: { ...config.sources, delighted: { enabled: false } },
    });

    const response = await answer(
      ingestDeps(disabled),
      signed('delighted', fixtureBytes('delighted.json')),
    );

    expect(response.status).toBe(404);
  });

  it('answers a bad signature 401 without detail, never 404 or 410', async () => {
    const event = signed('typeform', fixtureBytes('typeform.json'));
    event.headers['typeform-signature'] = 'sha256=AAAA';
    const deps = ingestDeps(config);

    const response = await answer(deps, event);

    expect(response).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(deps.queue.messages).toHaveLength(0);
    expect(deps.metrics.counts.get('SignatureRejected')).toBe(1);
    expect(deps.metrics.published).toBe(1);
  });

  it('answers malformed JSON 400 with the reason', async () => {
    const response = await answer(
      ingestDeps(config),
      signed('intercom', '{"type": "notification_event",'),
    );

    expect(response).toEqual({
      status: 400,
      body: {
        error: 'invalid_request',
        detail: 'body is not valid JSON',
        issues: [{ path: '(root)', message: 'expected JSON' }],
      },
    });
  });

  it('answers a schema violation 400 naming the field path', async () => {
    const body = fixtureJson<{ data: { rating: { value: unknown } } }>('generic-survey.json');
    body.data.rating.value = 'one';

    const response = await answer(ingestDeps(config), signed('generic', JSON.stringify(body)));

    expect(response.status).toBe(400);
    expect(response.body?.issues).toEqual([
      { path: 'data.rating.value', message: 'expected number, received string' },
    ]);
  });

  it('answers a body over the limit 413 before checking anything else', async () => {
    const limited = parseConfig({ ...config, ingest: { maxBodyBytes: 1024 } });

    const response = await answer(
      ingestDeps(limited),
      webhookEvent({ source: 'typeform', body: 'x'.repeat(1025) }),
    );

    expect(response).toEqual({
      status: 413,
      body: { error: 'payload_too_large', detail: 'body exceeds 1024 bytes' },
    });
  });

  it('answers a wrong content type 415', async () => {
    const event = signed('typeform', fixtureBytes('typeform.json'));
    event.headers['content-type'] = 'text/xml';

    const response = await answer(ingestDeps(config), event);

    expect(response).toEqual({
      status: 415,
      body: {
        error: 'unsupported_media_type',
        detail: 'content type must be application/json or +json',
      },
    });
  });

  it('accepts vendor JSON media types with parameters', async () => {
    const event = signed('typeform', fixtureBytes('typeform.json'));
    event.headers['content-type'] = 'application/vnd.example+json; charset=UTF-8';

    expect((await answer(ingestDeps(config), event)).status).toBe(202);
  });

  it('answers a signal without customer 422 with the reason', async () => {
    const body = fixtureJson<{ data: { respondent: object; account: object } }>(
      'generic-survey.json',
    );
    body.data.respondent = {};
    body.data.account = {};

    const response = await answer(ingestDeps(config), signed('generic', JSON.stringify(body)));

    expect(response).toEqual({
      status: 422,
      body: {
        error: 'unprocessable',
        detail: 'no customer id, email or account id: the signal cannot be routed',
      },
    });
  });

  it('answers 503 when the queue cannot be reached, so the platform retries', async () => {
    const deps = ingestDeps(config);
    deps.queue.failing = true;

    const response = await answer(deps, signed('typeform', fixtureBytes('typeform.json')));

    expect(response.status).toBe(503);
  });

  it('answers 503 while a source has no secret yet', async () => {
    const deps = ingestDeps(config, {
      secrets: new EnvSecretProvider({}, (source) => `ADVOCACY_SECRET_${source.toUpperCase()}`),
    });

    const response = await answer(deps, signed('typeform', fixtureBytes('typeform.json')));

    expect(response.status).toBe(503);
  });

  it('re-reads a secret rotated since it was cached, once, before refusing', async () => {
    const refreshed: string[] = [];
    const rotating = (fresh: string | undefined) => ({
      get: () => Promise.resolve({ signing: ['stale-secret'], apiKeys: [] }),
      refresh: (source: string) => {
        refreshed.push(source);
        return Promise.resolve(fresh === undefined ? undefined : { signing: [fresh], apiKeys: [] });
      },
    });
    const event = signed('typeform', fixtureBytes('typeform.json'));

    const accepted = await answer(
      ingestDeps(config, { secrets: rotating(signingSecret('typeform')) }),
      event,
    );
    const refused = await answer(ingestDeps(config, { secrets: rotating(undefined) }), event);

    expect([accepted.status, refused.status]).toEqual([202, 401]);
    expect(refreshed).toEqual(['typeform', 'typeform']);
  });

  it('answers Intercom ping 200 without enqueueing', async () => {
    const deps = ingestDeps(config);

    const response = await answer(deps, signed('intercom', fixtureBytes('intercom-ping.json')));

    expect(response).toEqual({
      status: 200,
      body: { ignored: 'topic ping carries no customer feedback' },
    });
    expect(deps.queue.messages).toHaveLength(0);
  });

  it('answers the HEAD check of SurveyMonkey 200 without a signature', async () => {
    const response = await createHandler(ingestDeps(config))(
      webhookEvent({ source: 'surveymonkey', method: 'HEAD' }),
    );

    expect(response.statusCode).toBe(200);
  });

  it('answers other methods 405', async () => {
    const response = await answer(
      ingestDeps(config),
      webhookEvent({ source: 'typeform', method: 'DELETE' }),
    );

    expect(response.status).toBe(405);
  });

  it('logs neither the body nor personal data', async () => {
    const deps = ingestDeps(config);
    const tampered = signed('zendesk', fixtureBytes('zendesk.json'));
    tampered.body = (tampered.body ?? '').replace('48211', '48212');

    await answer(deps, signed('zendesk', fixtureBytes('zendesk.json')));
    await answer(deps, tampered);
    await answer(
      deps,
      signed('zendesk', '{"schema": "advocacy.zendesk.csat.v1", "requester": {"email": "x@y.z"}}'),
    );

    const logs = deps.logs();
    expect(logs).toContain('zendesk:48211:bad');
    for (const secret of ['josé', 'Nadie me ayudó', 'Núñez', 'x@y.z', 'cus_3310'])
      expect(logs).not.toContain(secret);
  });
});
