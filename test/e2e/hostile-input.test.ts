import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { SELF_CONTAINED_SOURCES, samplePayload } from '../../infra/local/samples.js';
import { signRequest } from '../../shared/sources/signing.js';
import { useLocalStack } from '../helpers/local-stack.js';

const local = useLocalStack();

/** One hostile request: where it goes, what it carries, and why it is hostile. */
interface HostileRequest {
  readonly kind: string;
  readonly path: string;
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

const SOURCES = [...SELF_CONTAINED_SOURCES, 'surveymonkey', 'qualtrics'] as const;

/** Signed with the stack's own secret, so the request passes verification and meets the parsers. */
const signedRequest = (
  kind: string,
  source: (typeof SOURCES)[number],
  body: Buffer,
  now = new Date(),
): HostileRequest => {
  const signed = signRequest(source, body, developmentSecret(source), now);
  return { kind, path: `/webhooks/${source}`, body: signed.body, headers: signed.headers };
};

const nested = (depth: number, open: string, close: string): string =>
  `${open.repeat(depth)}${close.repeat(depth)}`;

const validOutage = (source: (typeof SELF_CONTAINED_SOURCES)[number], at = new Date()): string =>
  samplePayload(
    source,
    { id: 'u-h', email: 'h@example.com', name: 'H', accountId: 'acct-hostile', accountName: 'H' },
    { responseId: `hostile-${at.getTime()}`, nps: 0, comment: 'We cannot work, fix it now.', at },
  );

const source = fc.constantFrom(...SOURCES);

// Each arbitrary is one family of hostile input. Bodies signed with the right secret pass the
// signature check and meet the platform parsers. Stale timestamps are at least 600 s off: the
// 300 s tolerance plus the time between generating a request and sending it.
const families: fc.Arbitrary<HostileRequest>[] = [
  fc
    .tuple(source, fc.jsonValue())
    .map(([name, value]) =>
      signedRequest('signed wrong types', name, Buffer.from(JSON.stringify(value))),
    ),
  fc
    .tuple(source, fc.integer({ min: 1_000, max: 100_000 }), fc.boolean())
    .map(([name, depth, arrays]) =>
      signedRequest(
        'signed deep nesting',
        name,
        Buffer.from(
          arrays ? nested(depth, '[', ']') : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
        ),
      ),
    ),
  fc
    .tuple(source, fc.uint8Array({ minLength: 1, maxLength: 2_000 }))
    .map(([name, bytes]) =>
      signedRequest(
        'signed invalid UTF-8',
        name,
        Buffer.concat([Buffer.from('{"comment":"'), Buffer.from([0xc3, 0x28, 0xff]), bytes]),
      ),
    ),
  fc
    .tuple(source, fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 5 }))
    .map(([name, extra]) =>
      signedRequest(
        'signed __proto__ keys',
        name,
        Buffer.from(
          `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":${JSON.stringify(extra)}}`,
        ),
      ),
    ),
  fc
    .tuple(
      fc.constantFrom(...SELF_CONTAINED_SOURCES),
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'image/png',
      ),
    )
    .map(([name, type]) => {
      const request = signedRequest('wrong content type', name, Buffer.from(validOutage(name)));
      return { ...request, headers: { ...request.headers, 'content-type': type } };
    }),
  fc
    .tuple(fc.constantFrom(...SELF_CONTAINED_SOURCES), fc.string({ maxLength: 120 }))
    .map(([name, garbage]) => {
      const request = signedRequest('bad signature', name, Buffer.from(validOutage(name)));
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([header, value]) => [
          header,
          header === 'content-type' ? value : `${value.slice(0, 8)}${garbage}`,
        ]),
      );
      return { ...request, headers };
    }),
  fc
    .tuple(
      fc.constantFrom('generic' as const, 'zendesk' as const),
      fc.integer({ min: 600, max: 86_400 * 30 }),
      fc.boolean(),
    )
    .map(([name, skew, past]) => {
      const at = new Date(Date.now() + (past ? -skew : skew) * 1000);
      return signedRequest(
        'stale or future timestamp',
        name,
        Buffer.from(validOutage(name, at)),
        at,
      );
    }),
  fc
    .tuple(fc.stringMatching(/^[a-z]{1,12}$/), fc.jsonValue())
    .filter(([name]) => !(SOURCES as readonly string[]).includes(name) && name !== 'contactlens')
    .map(([name, value]) => ({
      kind: 'unknown source',
      path: `/webhooks/${name}`,
      body: Buffer.from(JSON.stringify(value as unknown)),
      headers: { 'content-type': 'application/json' },
    })),
];

const send = async (request: HostileRequest): Promise<{ status: number; reason: string }> => {
  const response = await fetch(`${local.stack().apiUrl}${request.path}`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, reason: await response.text() };
};

describe('hostile input over real HTTP', () => {
  it('answers at least 1,000 generated hostile requests with a 4xx and a reason, and stays up', async () => {
    // Prepare
    const requests = fc.sample(fc.oneof(...families), { numRuns: 1_100, seed: 20261122 });
    const huge = Buffer.alloc(local.stack().config.ingest.maxBodyBytes + 1, 'a');
    requests.push(signedRequest('huge signed body', 'generic', huge), {
      kind: 'body over API Gateway limit',
      path: '/webhooks/typeform',
      body: Buffer.alloc(11 * 1024 * 1024, 'x'),
      headers: { 'content-type': 'application/json' },
    });

    // Act
    const answers: { kind: string; status: number; reason: string }[] = [];
    for (let start = 0; start < requests.length; start += 16) {
      const chunk = requests.slice(start, start + 16);
      const results = await Promise.all(chunk.map(send));
      results.forEach((result, index) =>
        answers.push({ kind: chunk[index]?.kind ?? '', ...result }),
      );
    }
    const health = await fetch(`${local.stack().apiUrl}/local/alerts`);

    // Assess
    expect(answers.length).toBeGreaterThanOrEqual(1_000);
    const wrong = answers.filter(
      (answer) => answer.status < 400 || answer.status > 499 || answer.reason.trim() === '',
    );
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(new Set(answers.map((answer) => answer.kind)).size).toBe(families.length + 2);
    expect(health.status).toBe(200);
    expect(await local.queueDepth(local.stack().resources.signalsQueueUrl)).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
