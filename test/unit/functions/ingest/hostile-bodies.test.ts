import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/ingest/handler.js';
import type { WebhookSourceName } from '../../../../shared/sources/adapter.js';
import { signRequest } from '../../../../shared/sources/signing.js';
import { exampleConfig } from '../../../helpers/config.js';
import { fixtureJson, NOW } from '../../../helpers/sources-fixtures.js';
import { webhookEvent } from '../../../helpers/webhook-events.js';
import { ingestDeps, signingSecret } from '../../../helpers/webhook-ingest-deps.js';

const config = await exampleConfig();
const deps = ingestDeps(config);
const handler = createHandler(deps);

type Path = readonly string[];

/** Per source: its fixture and required fields, each with a kind the field must have. */
const REQUIRED: Record<string, { fixture: string; fields: [Path, 'string' | 'number'][] }> = {
  typeform: {
    fixture: 'typeform.json',
    fields: [
      [['event_id'], 'string'],
      [['form_response', 'token'], 'string'],
      [['form_response', 'submitted_at'], 'string'],
    ],
  },
  delighted: {
    fixture: 'delighted.json',
    fields: [
      [['event_id'], 'string'],
      [['event_data', 'created_at'], 'number'],
      [['event_type'], 'string'],
    ],
  },
  zendesk: {
    fixture: 'zendesk.json',
    fields: [
      [['schema'], 'string'],
      [['score'], 'string'],
      [['ticket', 'id'], 'string'],
    ],
  },
  intercom: {
    fixture: 'intercom-replied.json',
    fields: [
      [['id'], 'string'],
      [['created_at'], 'number'],
      [['data', 'item', 'id'], 'string'],
    ],
  },
  generic: {
    fixture: 'generic-survey.json',
    fields: [
      [['timestamp'], 'string'],
      [['data', 'response_id'], 'string'],
      [['data', 'rating', 'value'], 'number'],
    ],
  },
};
const SOURCES = Object.keys(REQUIRED) as WebhookSourceName[];

const parentOf = (root: Record<string, unknown>, path: Path): Record<string, unknown> => {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  return node;
};

/** A value of any JSON type except `kind` (and never a valid enum value for strings). */
const wrongType = (kind: 'string' | 'number') =>
  fc.oneof(
    kind === 'string' ? fc.double({ noNaN: true }) : fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  );

/** Bodies that must all be refused with a 4xx: each arbitrary yields [source, raw bytes]. */
const hostile = fc.oneof(
  // Wrong type in a required field.
  fc.constantFrom(...SOURCES).chain((source) =>
    fc
      .tuple(fc.constant(source), fc.constantFrom(...REQUIRED[source]!.fields))
      .chain(([name, [path, kind]]) =>
        wrongType(kind).map((value) => {
          const body = fixtureJson(REQUIRED[name]!.fixture);
          parentOf(body, path)[path.at(-1)!] = value;
          return [name, Buffer.from(JSON.stringify(body))] as const;
        }),
      ),
  ),
  // A required field removed and smuggled back as an own `__proto__` key of its object: a
  // naive merge or lookup through the prototype chain would accept it.
  fc.constantFrom(...SOURCES).chain((source) =>
    fc.constantFrom(...REQUIRED[source]!.fields).map(([path]) => {
      const body = fixtureJson(REQUIRED[source]!.fixture);
      const parent = parentOf(body, path);
      const key = path.at(-1)!;
      const smuggled = { [key]: parent[key] };
      Reflect.deleteProperty(parent, key);
      Object.defineProperty(parent, '__proto__', { value: smuggled, enumerable: true });
      return [source, Buffer.from(JSON.stringify(body))] as const;
    }),
  ),
  // Deep nesting.
  fc
    .tuple(
      fc.constantFrom(...SOURCES),
      fc.integer({ min: 1_000, max: 50_000 }),
      fc.constantFrom('[', '{"a":'),
    )
    .map(([source, depth, open]) => {
      const close = open === '[' ? ']' : '}';
      return [source, Buffer.from(`${open.repeat(depth)}1${close.repeat(depth)}`)] as const;
    }),
  // Huge strings, over the 256 KB limit.
  fc
    .tuple(fc.constantFrom(...SOURCES), fc.integer({ min: 262_145, max: 400_000 }))
    .map(
      ([source, size]) =>
        [source, Buffer.from(`{"comment":"${'é'.repeat(Math.ceil(size / 2))}"}`)] as const,
    ),
  // Invalid UTF-8 (a lone continuation byte or truncated sequence inside otherwise valid JSON).
  fc
    .tuple(
      fc.constantFrom(...SOURCES),
      fc.constantFrom([0x80], [0xc3], [0xff, 0xfe], [0xed, 0xa0, 0x80]),
    )
    .map(
      ([source, bytes]) =>
        [
          source,
          Buffer.concat([Buffer.from('{"event_id":"'), Buffer.from(bytes), Buffer.from('"}')]),
        ] as const,
    ),
  // A time no Date holds, where a platform sends Unix seconds.
  fc
    .tuple(
      fc.constantFrom(
        ['delighted.json', 'delighted', ['event_data', 'updated_at']] as const,
        ['intercom-replied.json', 'intercom', ['created_at']] as const,
        ['intercom-replied.json', 'intercom', ['data', 'item', 'created_at']] as const,
      ),
      fc.constantFrom(1e300, -1, 2 ** 53 + 2, 8.64e12 + 1),
    )
    .map(([[fixture, source, path], seconds]) => {
      const body = fixtureJson(fixture);
      parentOf(body, path)[path.at(-1)!] = seconds;
      return [source, Buffer.from(JSON.stringify(body))] as const;
    }),
  // Free-form metadata nested deeper than a sender needs, inside an otherwise valid body.
  fc.integer({ min: 9, max: 40_000 }).map((depth) => {
    const body = fixtureJson('generic-survey.json');
    Reflect.deleteProperty(body.data as object, 'metadata');
    const text = JSON.stringify(body);
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    return [
      'generic',
      Buffer.from(text.replace('"data":{', `"data":{"metadata":{"k":${nested}},`)),
    ] as const;
  }),
  // An identity longer than a DynamoDB key holds, inside an otherwise valid body.
  fc
    .tuple(
      fc.constantFrom(
        ['account', 'name'],
        ['account', 'id'],
        ['respondent', 'email'],
        ['respondent', 'id'],
      ),
      fc.integer({ min: 257, max: 5_000 }),
    )
    .map(([[part, field], length]) => {
      const body = fixtureJson('generic-survey.json');
      const data = body.data as Record<string, Record<string, unknown>>;
      data[part] = { ...data[part], [field]: `${'n'.repeat(length - 12)}@example.com` };
      return ['generic', Buffer.from(JSON.stringify(body))] as const;
    }),
  // Anything at all that JSON can say, in place of the whole body.
  fc
    .tuple(fc.constantFrom(...SOURCES), fc.jsonValue({ maxDepth: 4 }))
    .map(([source, value]) => [source, Buffer.from(JSON.stringify(value))] as const),
  // Not JSON at all.
  fc
    .tuple(fc.constantFrom(...SOURCES), fc.string({ maxLength: 200 }))
    .filter(([, text]) => {
      try {
        JSON.parse(text);
        return false;
      } catch {
        return true;
      }
    })
    .map(([source, text]) => [source, Buffer.from(text)] as const),
);

describe('ingest handler under hostile bodies', () => {
  it('answers every signed hostile body with a 4xx and a reason, and enqueues none', async () => {
    let runs = 0;
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async ([source, body], base64) => {
        runs += 1;
        const signed = signRequest(source, body, signingSecret(source), NOW);
        const response = await handler(
          webhookEvent({
            source,
            body: signed.body,
            headers: signed.headers,
            // API Gateway base64-encodes bodies that are not text; as a string they would be altered.
            base64: base64 || !isUtf8(signed.body),
          }),
        );
        statuses.add(response.statusCode ?? 0);
        const answer = JSON.parse(response.body ?? '{}') as {
          error?: unknown;
          detail?: unknown;
          issues?: { path?: unknown }[];
        };

        expect(response.statusCode).toBeGreaterThanOrEqual(400);
        expect(response.statusCode).toBeLessThan(500);
        // Correctly signed: the refusal comes from parsing, so it always says why.
        expect(response.statusCode).not.toBe(401);
        expect(typeof answer.error).toBe('string');
        expect(typeof answer.detail).toBe('string');
        // A 400 names where the body is wrong: at least one field path (`(root)` for all of it).
        if (response.statusCode === 400) {
          expect(answer.issues?.length).toBeGreaterThan(0);
          for (const issue of answer.issues ?? []) expect(typeof issue.path).toBe('string');
        }
      }),
      { numRuns: 1_200 },
    );

    expect(runs).toBeGreaterThanOrEqual(1_200);
    expect([...statuses].sort()).toEqual([400, 413]);
    expect(deps.queue.messages).toHaveLength(0);
  }, 60_000);
});
