import { describe, expect, it } from 'vitest';
import type { SourcesConfig } from '../../../../shared/config/sources-schema.js';
import { UnauthorizedError } from '../../../../shared/errors.js';
import type { WebhookSourceName } from '../../../../shared/sources/adapter.js';
import { adapterFor } from '../../../../shared/sources/registry.js';
import { signRequest } from '../../../../shared/sources/signing.js';
import type { SourceSecret } from '../../../../shared/sources/source-secret.js';
import { exampleConfig } from '../../../helpers/config.js';
import {
  fixtureBytes,
  fixtureJson,
  NOW,
  qualtricsForm,
} from '../../../helpers/sources-fixtures.js';

const sources = (await exampleConfig()).sources;
const TOLERANCE = 300;

const secretOf = (signing: string[], extra: Partial<SourceSecret> = {}): SourceSecret => ({
  signing,
  apiKeys: [],
  ...extra,
});

const verify = (
  source: WebhookSourceName,
  request: { body: Buffer; headers: Record<string, string> },
  secret: SourceSecret,
  now = NOW,
  options: SourcesConfig[WebhookSourceName] = sources[source],
): void => {
  adapterFor(source).verify(request, { options, secret, now, toleranceSeconds: TOLERANCE });
};

const expectUnauthorized = (action: () => void): void => {
  expect(action).toThrow(UnauthorizedError);
};

// One signing secret per platform, in the form that platform issues it.
const CASES: [WebhookSourceName, string, Buffer][] = [
  ['typeform', 'tf_secret_Ω', fixtureBytes('typeform.json')],
  ['delighted', 'delighted-api-key-7f3a', fixtureBytes('delighted.json')],
  ['zendesk', 'dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==', fixtureBytes('zendesk.json')],
  ['intercom', 'intercom-client-secret', fixtureBytes('intercom-replied.json')],
  ['surveymonkey', 'sm-api-secret', fixtureBytes('surveymonkey-event.json')],
  [
    'qualtrics',
    'qualtrics-shared-key',
    Buffer.from(qualtricsForm(fixtureJson('qualtrics-msg.json'))),
  ],
  ['generic', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', fixtureBytes('generic-survey.json')],
];

describe.each(CASES)('%s signatures', (source, secret, body) => {
  const signed = signRequest(source, body, secret, NOW, { clientId: 'sm-client' });
  const secrets = secretOf([secret], { clientId: 'sm-client' });

  it('accepts the body signed as the platform signs it', () => {
    expect(() => {
      verify(source, signed, secrets);
    }).not.toThrow();
  });

  it('rejects a tampered body', () => {
    const tampered = Buffer.from(signed.body);
    // Flip one bit of the last non-ASCII byte: re-encoding bugs and edits both land here.
    const nonAscii = tampered.findLastIndex((byte) => byte > 0x7f);
    // Qualtrics' form body is URL-encoded ASCII: flip a byte inside MSG instead.
    const index = nonAscii === -1 ? Math.floor(tampered.length / 3) : nonAscii;
    tampered[index] = (tampered[index] ?? 0) ^ 0x01;

    expectUnauthorized(() => {
      verify(source, { ...signed, body: tampered }, secrets);
    });
  });

  it('rejects a body re-serialized after parsing (signatures cover the raw bytes)', () => {
    if (source === 'qualtrics') return; // Qualtrics signs the MSG field, not the body bytes.
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(signed.body.toString('utf8'))));

    expectUnauthorized(() => {
      verify(source, { ...signed, body: reserialized }, secrets);
    });
  });

  it('rejects a signature made with another secret', () => {
    const forged = signRequest(
      source,
      body,
      source === 'generic' ? 'whsec_b3RoZXItc2VjcmV0LW9mLTI0LWJ5dGVz' : 'wrong',
      NOW,
      {
        clientId: 'sm-client',
      },
    );

    expectUnauthorized(() => {
      verify(source, forged, secrets);
    });
  });

  it('accepts the previous secret during a rotation', () => {
    const rotated = secretOf(
      [
        source === 'generic' ? 'whsec_bmV3LXNlY3JldC1vZi1hdC1sZWFzdC0yNC1ieXRlcw==' : 'new-secret',
        secret,
      ],
      { clientId: 'sm-client' },
    );

    expect(() => {
      verify(source, signed, rotated);
    }).not.toThrow();
  });

  it('rejects a request without its signature', () => {
    const unsigned =
      source === 'qualtrics'
        ? { headers: signed.headers, body }
        : { headers: { 'content-type': 'application/json' }, body };

    expectUnauthorized(() => {
      verify(source, unsigned, secrets);
    });
  });

  it('rejects any signature when no secret is configured', () => {
    expectUnauthorized(() => {
      verify(source, signed, secretOf([], { clientId: 'sm-client' }));
    });
  });
});

describe.each<[WebhookSourceName, string]>([
  ['zendesk', 'zendesk-signing-secret'],
  ['generic', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
])('%s replay window', (source, secret) => {
  const body = fixtureBytes(source === 'zendesk' ? 'zendesk.json' : 'generic-survey.json');
  const signedAt = new Date(NOW.getTime());
  const signed = signRequest(source, body, secret, signedAt);
  const at = (seconds: number) => new Date(signedAt.getTime() + seconds * 1000);

  it.each([-299, 0, 299])('accepts a signature made %i seconds from now', (offset) => {
    expect(() => {
      verify(source, signed, secretOf([secret]), at(-offset));
    }).not.toThrow();
  });

  it('rejects a stale signature', () => {
    expect(() => {
      verify(source, signed, secretOf([secret]), at(TOLERANCE + 1));
    }).toThrow(new UnauthorizedError('signature timestamp outside the replay window'));
  });

  it('rejects a signature from the future', () => {
    expect(() => {
      verify(source, signed, secretOf([secret]), at(-(TOLERANCE + 1)));
    }).toThrow(new UnauthorizedError('signature timestamp outside the replay window'));
  });
});

describe('known answers', () => {
  it('matches the Standard Webhooks reference signature', () => {
    const body = '{"test": 2432232314}';
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const now = new Date(1614265330 * 1000);

    const signed = signRequest('generic', body, secret, now, {
      webhookId: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    });

    expect(signed.headers['webhook-signature']).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
    expect(() => {
      verify('generic', signed, secretOf([secret]), now);
    }).not.toThrow();
  });

  it('accepts any v1 entry of a multi-signature header and skips other versions', () => {
    const headers = {
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature':
        'v1a,bm90LWVkMjU1MTk= v1,AAAA v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    };

    expect(() => {
      verify(
        'generic',
        { headers, body: Buffer.from('{"test": 2432232314}') },
        secretOf(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw']),
        new Date(1614265330 * 1000),
      );
    }).not.toThrow();
  });

  it('verifies the Zendesk documentation example with the body+timestamp order only', () => {
    const request = {
      body: Buffer.from('{"say": "hello"}'),
      headers: {
        'x-zendesk-webhook-signature': 'tRDSF7URY8BLCDlaBcQ7FHu051Zk+aAB0NKMP53teMw=',
        'x-zendesk-webhook-signature-timestamp': '2021-07-25T10:00:00Z',
      },
    };
    const secret = secretOf(['HRkRd4BeOAoUkfZr-mhauJT64rvBASlJRoIyPsd3zeA=']);
    const now = new Date('2021-07-25T10:00:10Z');

    expect(() => {
      verify('zendesk', request, secret, now, {
        ...sources.zendesk,
        signedContent: 'body+timestamp',
      });
    }).not.toThrow();
    expectUnauthorized(() => {
      verify('zendesk', request, secret, now, {
        ...sources.zendesk,
        signedContent: 'timestamp+body',
      });
    });
  });
});

describe('source-specific checks', () => {
  it('rejects a SurveyMonkey request naming another client id', () => {
    const signed = signRequest('surveymonkey', fixtureBytes('surveymonkey-event.json'), 's', NOW, {
      clientId: 'intruder',
    });

    expectUnauthorized(() => {
      verify('surveymonkey', signed, secretOf(['s'], { clientId: 'sm-client' }));
    });
  });

  it('accepts a generic request with a configured x-api-key and rejects others', () => {
    const secret = secretOf([], { apiKeys: ['key-current', 'key-previous'] });
    const body = fixtureBytes('generic-survey.json');

    expect(() => {
      verify('generic', { body, headers: { 'x-api-key': 'key-previous' } }, secret);
    }).not.toThrow();
    expectUnauthorized(() => {
      verify('generic', { body, headers: { 'x-api-key': 'key-guessed' } }, secret);
    });
    expectUnauthorized(() => {
      verify(
        'generic',
        { body, headers: { 'x-api-key': 'key-current' } },
        secretOf(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw']),
      );
    });
  });

  it('rejects a Qualtrics body that is not a readable form as unauthenticated', () => {
    const body = Buffer.concat([Buffer.from('Topic=x&MSG=%7B%7D&HMAC=00'), Buffer.from([0xff])]);

    expectUnauthorized(() => {
      verify('qualtrics', { body, headers: {} }, secretOf(['qualtrics-shared-key']));
    });
  });

  it('rejects malformed signature encodings without throwing anything else', () => {
    const body = fixtureBytes('typeform.json');

    for (const value of ['sha256=', 'sha256=%%%', 'sha256=' + 'A'.repeat(10_000), 'md5=abc']) {
      expectUnauthorized(() => {
        verify('typeform', { body, headers: { 'typeform-signature': value } }, secretOf(['x']));
      });
    }
  });
});
