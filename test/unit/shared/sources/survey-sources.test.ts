import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../shared/config/load.js';
import type { SourcesConfig } from '../../../../shared/config/sources-schema.js';
import { UnprocessableError, ValidationError } from '../../../../shared/errors.js';
import { delighted } from '../../../../shared/sources/delighted.js';
import { typeform } from '../../../../shared/sources/typeform.js';
import { zendesk } from '../../../../shared/sources/zendesk.js';
import { exampleConfig } from '../../../helpers/config.js';
import { rejectionIssues } from '../../../helpers/validation.js';
import {
  fixtureBytes,
  fixtureJson,
  normalizeBody,
  signalOf,
} from '../../../helpers/sources-fixtures.js';

const sources = (await exampleConfig()).sources;

const run = normalizeBody;

describe('typeform', () => {
  it('maps token, hidden fields, the configured rating, text answers and submitted_at', async () => {
    const signal = await signalOf(run(typeform, sources.typeform, fixtureBytes('typeform.json')));

    expect(signal).toEqual(fixtureJson('expected/typeform.json'));
  });

  it('takes the scale of a rating field from configuration by its ref', async () => {
    const body = fixtureJson<{ form_response: { answers: { field: { ref: string } }[] } }>(
      'typeform.json',
    );
    body.form_response.answers[0]!.field.ref = 'csat_score';

    const signal = await signalOf(run(typeform, sources.typeform, body));

    expect(signal.rating).toEqual({ value: 1, scale: 'csat' });
  });

  it('leaves a rating field of unknown ref unrated when defaultScale is null', async () => {
    const body = fixtureJson<{ form_response: { answers: { field: { ref: string } }[] } }>(
      'typeform.json',
    );
    body.form_response.answers[0]!.field.ref = 'mystery';

    const signal = await signalOf(run(typeform, { ...sources.typeform, defaultScale: null }, body));

    expect(signal.rating).toBeNull();
  });

  it('acknowledges a partial response without a signal', async () => {
    const body = fixtureJson('typeform.json');
    body.event_type = 'form_response_partial';

    await expect(run(typeform, sources.typeform, body)).resolves.toEqual({
      outcome: 'ignored',
      reason: 'event type form_response_partial is not a completed response',
    });
  });

  it('answers an event type it ignores as one visible line, however the sender wrote it', async () => {
    const body = fixtureJson('typeform.json');
    body.event_type = `\u001b]8;;https://evil.example\u0007partial\r\n${'x'.repeat(300)}`;

    const outcome = await run(typeform, sources.typeform, body);

    expect(outcome).toMatchObject({ outcome: 'ignored' });
    const { reason } = outcome as { reason: string };
    expect(reason).toMatch(/^event type \]8;;https:\/\/evil\.example partial x+…$/);
    expect(reason).toHaveLength(200);
  });

  it('refuses a response naming no customer with 422', async () => {
    const body = fixtureJson<{ form_response: { hidden?: unknown; answers: unknown[] } }>(
      'typeform.json',
    );
    delete body.form_response.hidden;
    body.form_response.answers = body.form_response.answers.slice(0, 2);

    await expect(run(typeform, sources.typeform, body)).rejects.toThrow(
      new UnprocessableError('no customer id, email or account id: the signal cannot be routed'),
    );
  });

  it('names the field path of a wrongly typed answer', async () => {
    const body = fixtureJson<{ form_response: { answers: { number?: unknown }[] } }>(
      'typeform.json',
    );
    body.form_response.answers[0]!.number = 'ten';

    const error = await run(typeform, sources.typeform, body).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: 'form_response.answers[0].number', message: 'expected number, received string' },
    ]);
  });

  it('refuses a rating outside its configured scale with the Signal path', async () => {
    const body = fixtureJson<{ form_response: { answers: { number?: number }[] } }>(
      'typeform.json',
    );
    body.form_response.answers[0]!.number = 11;

    const error = await run(typeform, sources.typeform, body).catch((caught: unknown) => caught);

    expect((error as ValidationError).issues).toEqual([
      { path: 'signal.rating.value', message: 'rating value outside its scale' },
    ]);
  });

  it('refuses a rating between two points of its scale, and an identity too long for a key', async () => {
    const between = fixtureJson<{ form_response: { answers: { number?: number }[] } }>(
      'typeform.json',
    );
    between.form_response.answers[0]!.number = 1.5;
    const long = fixtureJson<{ form_response: { hidden: Record<string, string> } }>(
      'typeform.json',
    );
    long.form_response.hidden.customer_id = 'c'.repeat(257);

    const issues = await Promise.all(
      [between, long].map((body) => rejectionIssues(run(typeform, sources.typeform, body))),
    );

    expect(issues).toEqual([
      [{ path: 'signal.rating.value', message: 'rating value must be a whole point of its scale' }],
      [
        {
          path: 'signal.customer.id',
          message: 'Too big: expected string to have <=256 characters',
        },
      ],
    ]);
  });
});

describe('delighted', () => {
  it('maps event id, person, person_properties, score, comment and extra answers', async () => {
    const signal = await signalOf(
      run(delighted, sources.delighted, fixtureBytes('delighted.json')),
    );

    expect(signal).toEqual(fixtureJson('expected/delighted.json'));
  });

  it('keeps the comment but no rating for an unmapped survey type', async () => {
    const body = fixtureJson<{ event_data: { survey_type: string } }>('delighted.json');
    body.event_data.survey_type = 'smileys';

    const signal = await signalOf(run(delighted, sources.delighted, body));

    expect(signal.rating).toBeNull();
    expect(signal.metadata).toMatchObject({ unmappedSurveyType: true, surveyType: 'smileys' });
  });

  it('identifies by email when person_properties is null', async () => {
    const body = fixtureJson<{ event_data: { person_properties: unknown } }>('delighted.json');
    body.event_data.person_properties = null;

    const signal = await signalOf(run(delighted, sources.delighted, body));

    expect(signal.customer).toEqual({
      email: 'søren.kierkegaard@example.dk',
      name: 'Søren Kierkegaard',
    });
  });

  it('acknowledges unsubscribe events without a signal', async () => {
    const body = { event_type: 'unsubscribe.created', event_id: 'e1', event_data: { person: {} } };

    await expect(run(delighted, sources.delighted, body)).resolves.toMatchObject({
      outcome: 'ignored',
    });
  });
});

describe('zendesk', () => {
  const timestamp = { 'x-zendesk-webhook-signature-timestamp': '2026-11-21T17:59:30Z' };

  it('maps ticket, requester, organization, score and comment', async () => {
    const signal = await signalOf(
      run(zendesk, sources.zendesk, fixtureBytes('zendesk.json'), timestamp),
    );

    // The golden file was signed at NOW; this delivery 30 s earlier.
    expect(signal).toEqual({
      ...fixtureJson('expected/zendesk.json'),
      submittedAt: '2026-11-21T17:59:30.000Z',
    });
  });

  it('treats unfilled placeholders as absent', async () => {
    const body = fixtureJson<{
      requester: Record<string, string>;
      organization: Record<string, string>;
    }>('zendesk.json');
    body.requester.external_id = '';
    body.organization = { name: '', external_id: '' };

    const signal = await signalOf(run(zendesk, sources.zendesk, body, timestamp));

    expect(signal.customer).toEqual({ email: 'josé.núñez@example.es', name: 'José Núñez' });
  });

  it('reads a body broken by a quoted, multi-line comment field by field and flags it', async () => {
    const raw = fixtureBytes('zendesk.json')
      .toString('utf8')
      .replace('Nadie me ayudó.', 'Nadie me "ayudó",\n  de verdad.');

    const signal = await signalOf(run(zendesk, sources.zendesk, Buffer.from(raw), timestamp));

    expect(signal.text).toBe(
      'Nadie me "ayudó",\n  de verdad. Si no lo arreglan hoy, cancelamos el contrato.',
    );
    expect(signal.customer.accountId).toBe('acct_nunez');
    expect(signal.metadata).toMatchObject({ lenientParse: true, ticketId: '48211' });
  });

  it('refuses a body that is not our template', async () => {
    const error = await run(zendesk, sources.zendesk, { ticket: { id: '1' } }).catch(
      (caught: unknown) => caught,
    );

    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([
      'schema',
      'score',
    ]);
  });
});

describe('customer fields', () => {
  it('follows configured custom field names', async () => {
    const config = parseConfig({
      ...(await exampleConfig()),
      sources: {
        typeform: { enabled: true, customerFields: { customerId: 'cid', accountId: 'org' } },
      },
    });
    const body = fixtureJson<{ form_response: { hidden: Record<string, string> } }>(
      'typeform.json',
    );
    body.form_response.hidden = { cid: 'cus_renamed', org: 'acct_renamed' };
    const options: SourcesConfig['typeform'] = config.sources.typeform;

    const signal = await signalOf(run(typeform, options, body));

    expect(signal.customer).toMatchObject({ id: 'cus_renamed', accountId: 'acct_renamed' });
  });
});
