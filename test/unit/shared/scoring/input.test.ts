import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../shared/errors.js';
import {
  csvRecordToInput,
  parseScoreLine,
  plainScoreLine,
  ScoreLineSchema,
} from '../../../../shared/scoring/input.js';

// Values each field may take, valid or not, so that generated lines land on both sides of the
// schema and on its edges (an empty id, a rating at the end of its scale, a null text).
const anything = fc.constantFrom<unknown>(undefined, null, '', 0, true, [], {});
// Mostly plausible values, so that many generated lines take the plain path.
const field = (...values: unknown[]) =>
  fc.oneof(
    { arbitrary: anything, weight: 1 },
    { arbitrary: fc.constantFrom(...values), weight: 12 },
  );
const lineValue = fc.record(
  {
    id: field('a', 'r-1'),
    source: field('typeform'),
    sourceEventId: field('evt-1', ''),
    kind: field('survey', 'transcript', 'review'),
    text: field('Terrible, cancel it.', 'fine'),
    rating: fc.oneof(
      anything,
      fc.record({
        value: fc.oneof(fc.integer({ min: -6, max: 11 }), fc.double(), anything),
        scale: field('nps', 'csat', 'ces', 'ten', 'binary', 'sentiment', 'stars'),
      }),
    ),
    turns: fc.oneof(
      anything,
      fc.array(
        fc.oneof(
          anything,
          fc.record(
            {
              role: field('customer', 'agent', 'bot'),
              text: field('hello'),
              at: field('2026-11-20T10:00:00Z', 'yesterday'),
              extra: field('kept out'),
            },
            { requiredKeys: [] },
          ),
        ),
        { maxLength: 3 },
      ),
    ),
    expect: fc.oneof(
      anything,
      fc.record({
        openCase: field(true, false),
        urgent: field(true, false),
        triggers: fc.oneof(
          anything,
          fc.array(field('churn_threat', 'legal_threat', 'churn'), { maxLength: 3 }),
        ),
      }),
    ),
    extra: field('ignored'),
  },
  { requiredKeys: [] },
);

describe('parseScoreLine', () => {
  it('accepts a Signal as is and names it source:sourceEventId', () => {
    // Prepare
    const signal = {
      source: 'typeform',
      sourceEventId: 'evt-1',
      kind: 'survey',
      customer: { email: 'a@example.com' },
      rating: { value: 0, scale: 'nps' },
      text: 'Terrible',
      turns: [],
      submittedAt: '2026-11-20T10:00:00Z',
    };
    // Act
    const { input, expect: labels } = parseScoreLine(JSON.stringify(signal));
    // Assess
    expect(input).toEqual({
      id: 'typeform:evt-1',
      kind: 'survey',
      text: 'Terrible',
      rating: { value: 0, scale: 'nps' },
      turns: [],
    });
    expect(labels).toBeUndefined();
  });

  it('takes the plain path for exactly the lines the schema accepts untimed, with the same result', () => {
    fc.assert(
      fc.property(lineValue, (value) => {
        // Prepare
        const json: unknown = JSON.parse(JSON.stringify(value));
        // Act
        const plain = plainScoreLine(json);
        const schema = ScoreLineSchema.safeParse(json);
        // Assess
        if (plain === undefined) {
          // Only a timestamped turn sends a valid line to the schema.
          const timed = schema.data?.turns.some((turn) => turn.at !== undefined) ?? false;
          expect(schema.success && !timed).toBe(false);
          return;
        }
        expect(schema.success).toBe(true);
        const {
          id,
          source,
          sourceEventId,
          kind,
          text,
          rating,
          turns,
          expect: labels,
        } = schema.data ?? ({} as never);
        expect(plain).toEqual({
          input: {
            id: id ?? `${source ?? 'signal'}:${sourceEventId ?? ''}`,
            kind,
            text,
            rating,
            turns,
          },
          expect: labels,
        });
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the plain path for an ordinary valid line', () => {
    // Act
    const plain = plainScoreLine({
      id: 'a',
      kind: 'transcript',
      rating: { value: 1, scale: 'csat' },
      turns: [{ role: 'customer', text: 'Still down.' }],
      expect: { openCase: true, urgent: true, triggers: ['business_impact'] },
    });
    // Assess
    expect(plain?.input.turns).toEqual([{ role: 'customer', text: 'Still down.' }]);
    expect(plain?.expect?.triggers).toEqual(['business_impact']);
  });

  it('rejects a rating outside its scale, naming the path', () => {
    // Act
    const act = () =>
      parseScoreLine('{"id":"x","kind":"survey","rating":{"value":9,"scale":"csat"}}');
    // Assess
    expect(act).toThrow(ValidationError);
    expect(act).toThrow('rating.value: rating value outside its scale');
  });
});

describe('csvRecordToInput', () => {
  it.each([
    [{ comment: 'ok', score: '' }, null],
    [
      { comment: 'ok', score: '7' },
      { value: 7, scale: 'nps' },
    ],
  ])('reads %o as rating %o', (record, rating) => {
    // Act
    const input = csvRecordToInput(
      record,
      { textColumn: 'comment', ratingColumn: 'score', scale: 'nps' },
      4,
    );
    // Assess
    expect(input).toEqual({ id: 'row-4', kind: 'survey', text: 'ok', rating, turns: [] });
  });

  it('names a missing text column', () => {
    // Act
    const act = () => csvRecordToInput({ text: 'x' }, { textColumn: 'comment', scale: 'nps' }, 1);
    // Assess
    expect(act).toThrow('no column "comment"');
  });
});
