import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../shared/errors.js';
import { normalizeContactLens, parseAnalysisKey } from '../../../../shared/sources/contactlens.js';
import { generic } from '../../../../shared/sources/generic.js';
import { intercom } from '../../../../shared/sources/intercom.js';
import { exampleConfig } from '../../../helpers/config.js';
import { rejectionIssues } from '../../../helpers/validation.js';
import {
  fixtureBytes,
  fixtureJson,
  normalizeBody,
  NOW,
  signalOf,
} from '../../../helpers/sources-fixtures.js';

const sources = (await exampleConfig()).sources;

const run = normalizeBody;

describe('intercom', () => {
  it('maps a user reply to a transcript of comment parts with roles and times', async () => {
    const signal = await signalOf(
      run(intercom, sources.intercom, fixtureBytes('intercom-replied.json')),
    );

    expect(signal).toEqual(fixtureJson('expected/intercom.json'));
  });

  it('maps a rating to a csat survey keyed by conversation and rating time', async () => {
    const signal = await signalOf(
      run(intercom, sources.intercom, fixtureBytes('intercom-rating.json')),
    );

    expect(signal).toMatchObject({
      sourceEventId: '215467891234999:rating:1763719900',
      kind: 'survey',
      // No external id: Intercom's contact id identifies the person.
      customer: {
        id: '6579a1b2c3d4e5f609999999',
        email: 'lukasz@example.pl',
        name: 'Łukasz Żółć',
        accountId: 'acct_gdansk',
      },
      rating: { value: 1, scale: 'csat' },
      text: 'Nikt nie odpowiada od tygodnia. Tragedia.',
      turns: [],
      submittedAt: '2025-11-21T10:11:40.000Z',
    });
  });

  it('strips the HTML of older API versions', async () => {
    const body = fixtureJson<{ data: { item: { source: { body: string } } }; topic: string }>(
      'intercom-rating.json',
    );
    body.topic = 'conversation.user.created';
    body.data.item.source.body =
      '<p>Exports fail &amp; we&#39;re <b>blocked</b><br>since Monday</p>';

    const signal = await signalOf(run(intercom, sources.intercom, body));

    expect(signal.turns[0]?.text).toBe("Exports fail & we're blocked\nsince Monday");
  });

  it('answers ping without a signal', async () => {
    await expect(
      run(intercom, sources.intercom, fixtureBytes('intercom-ping.json')),
    ).resolves.toEqual({
      outcome: 'ignored',
      reason: 'topic ping carries no customer feedback',
    });
  });

  it('names the path inside data.item when the conversation is malformed', async () => {
    const body = fixtureJson<{ data: { item: { created_at: unknown } } }>('intercom-replied.json');
    body.data.item.created_at = 'yesterday';

    const error = await run(intercom, sources.intercom, body).catch((caught: unknown) => caught);

    expect((error as ValidationError).message).toBe(
      'Intercom notification data.item does not match the expected shape',
    );
    expect((error as ValidationError).issues).toEqual([
      { path: 'created_at', message: 'expected number, received string' },
    ]);
  });
});

describe('generic', () => {
  it('maps the survey variant', async () => {
    const signal = await signalOf(
      run(generic, sources.generic, fixtureBytes('generic-survey.json')),
    );

    expect(signal).toEqual(fixtureJson('expected/generic.json'));
  });

  it('maps the conversation variant', async () => {
    const signal = await signalOf(
      run(generic, sources.generic, fixtureBytes('generic-conversation.json')),
    );

    expect(signal).toEqual(fixtureJson('expected/generic-conversation.json'));
  });

  it('refuses a scale that differs from the metric', async () => {
    const body = fixtureJson<{ data: { rating: { scale_max: number } } }>('generic-survey.json');
    body.data.rating.scale_max = 10;

    const error = await run(generic, sources.generic, body).catch((caught: unknown) => caught);

    expect((error as ValidationError).issues[0]?.path).toBe('data.rating');
  });

  it("names the sender's own fields for a rating between two points and an identity too long for a key", async () => {
    // Prepare
    interface Body {
      data: { rating: { value: number }; respondent: { email: string } };
    }
    const between = fixtureJson<Body>('generic-survey.json');
    between.data.rating.value = 1.5;
    const long = fixtureJson<Body>('generic-survey.json');
    long.data.respondent.email = `${'e'.repeat(250)}@example.com`;

    // Act
    const issues = await Promise.all(
      [between, long].map((body) => rejectionIssues(run(generic, sources.generic, body))),
    );

    // Assess
    expect(issues).toEqual([
      [{ path: 'data.rating.value', message: 'rating value must be a whole point of its scale' }],
      [
        {
          path: 'data.respondent.email',
          message: 'Too big: expected string to have <=256 characters',
        },
      ],
    ]);
  });

  it('refuses an unknown event type naming the type field', async () => {
    const error = await run(generic, sources.generic, {
      type: 'survey.deleted',
      timestamp: '2026-11-21T16:05:00Z',
      data: {},
    }).catch((caught: unknown) => caught);

    expect((error as ValidationError).issues[0]?.path).toBe('type');
  });

  it('refuses a missing required field with its path', async () => {
    const body = fixtureJson<{ data: { response_id?: string } }>('generic-survey.json');
    delete body.data.response_id;

    const error = await run(generic, sources.generic, body).catch((caught: unknown) => caught);

    expect((error as ValidationError).issues).toEqual([
      { path: 'data.response_id', message: 'expected string, received undefined' },
    ]);
  });
});

describe('contactlens', () => {
  const key =
    'Analysis/Voice/Redacted/2026/11/21/0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90_analysis_redacted_2026-11-21T17:45:12Z.json';
  const attributes = {
    customerId: 'cus_4242',
    accountId: 'acct_harbour',
    email: 'caller@example.com',
  };

  it('maps turns by participant role, overall customer sentiment, categories and the key', () => {
    const signal = normalizeContactLens(
      fixtureBytes('contactlens-analysis.json'),
      key,
      attributes,
      sources.contactlens,
      NOW,
    );

    expect(signal).toEqual({ outcome: 'signal', signal: fixtureJson('expected/contactlens.json') });
  });

  it('reads older files whose ParticipantId is the role itself', async () => {
    const file = fixtureJson<{ Transcript: { ParticipantId: string }[] }>(
      'contactlens-analysis.json',
    );
    file.Transcript = file.Transcript.map((turn) => ({
      ...turn,
      ParticipantId: turn.ParticipantId.endsWith('customer') ? 'CUSTOMER' : 'AGENT',
    }));

    const signal = await signalOf(
      normalizeContactLens(
        Buffer.from(JSON.stringify(file)),
        key,
        attributes,
        sources.contactlens,
        NOW,
      ),
    );

    expect(signal.turns.map((turn) => turn.role)).toEqual([
      'agent',
      'customer',
      'agent',
      'customer',
    ]);
  });

  it('skips a job that is not COMPLETED', () => {
    const file = { ...fixtureJson('contactlens-analysis.json'), JobStatus: 'FAILED' };

    expect(
      normalizeContactLens(
        Buffer.from(JSON.stringify(file)),
        key,
        attributes,
        sources.contactlens,
        NOW,
      ),
    ).toEqual({
      outcome: 'ignored',
      reason: 'job status FAILED',
    });
  });

  it('takes customer attributes by their configured names', async () => {
    const options = {
      ...sources.contactlens,
      attributeNames: { customerId: 'crmId', email: 'mail', accountId: 'org', segment: 'tier' },
    };

    const signal = await signalOf(
      normalizeContactLens(
        fixtureBytes('contactlens-analysis.json'),
        key,
        { crmId: 'c-1', tier: 'strategic' },
        options,
        NOW,
      ),
    );

    expect(signal.customer).toEqual({ id: 'c-1', segment: 'strategic' });
  });

  it('parses contact ids from the configured variant only', () => {
    const original =
      'Analysis/Voice/2026/11/21/0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90_analysis_2026-11-21T17:45:12Z.json';

    expect(parseAnalysisKey(key, 'redacted')?.contactId).toBe(
      '0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90',
    );
    expect(parseAnalysisKey(original, 'redacted')).toBeUndefined();
    expect(parseAnalysisKey(original, 'original')?.analysedAt).toEqual(
      new Date('2026-11-21T17:45:12Z'),
    );
    expect(
      parseAnalysisKey('Analysis/Voice/Redacted/2026/11/21/x_analysis_redacted_t.wav', 'redacted'),
    ).toBeUndefined();
  });

  it('refuses a key that is not an analysis file with the reason', () => {
    let caught: unknown;
    try {
      normalizeContactLens(
        fixtureBytes('contactlens-analysis.json'),
        'notes.json',
        attributes,
        sources.contactlens,
        NOW,
      );
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).message).toBe(
      'not a Contact Lens voice analysis file of the configured variant',
    );
    expect((caught as ValidationError).issues[0]?.path).toBe('key');
  });
});
