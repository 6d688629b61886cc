import { describe, expect, it } from 'vitest';
import { caseItem } from '../../../../shared/cases/dynamo-items.js';
import {
  decodePositions,
  encodePositions,
  startKeyAfter,
  type PagedPartition,
} from '../../../../shared/cases/dynamo-page-cursor.js';
import { openCase } from '../../../../shared/cases/intake.js';
import { ValidationError } from '../../../../shared/errors.js';
import { assessment, routing, surveySignal } from '../../../fixtures/cases/signals.js';

const item = caseItem(
  openCase({
    caseId: 'c1',
    signal: surveySignal(),
    assessment: assessment(),
    routing: routing(),
    now: new Date('2026-11-20T10:00:00.000Z'),
  }).case,
);

// A tier's queue as listQueue reads it: its own cases and those escalated to it.
const queueSources: readonly PagedPartition[] = [
  { index: 'queue', partition: 'QUEUE#advocates#open' },
  { index: 'escalated', partition: 'QUEUE#advocates#open' },
];

const genuineKey = startKeyAfter(item, { index: 'queue', partition: 'QUEUE#advocates#open' });

const cursorOf = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** The error decoding `cursor` for the queue fails with. */
const refusal = (cursor: string): ValidationError => {
  try {
    decodePositions(cursor, queueSources);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected the cursor to be refused');
};

describe('startKeyAfter', () => {
  it("takes exactly the table's and the index's keys of the item", () => {
    expect(genuineKey).toEqual({
      pk: 'CASE#c1',
      sk: 'CASE',
      gsi1pk: 'QUEUE#advocates#open',
      gsi1sk: '2026-11-20T10:00:00.000Z#c1',
    });
  });
});

describe('decodePositions', () => {
  it('reads back the positions a page ended on', () => {
    // Prepare
    const cursor = encodePositions([genuineKey, null]);

    // Act
    const positions = decodePositions(cursor, queueSources);

    // Assess
    expect(positions).toEqual([genuineKey, null]);
  });

  it('starts every source when there is no cursor, and gives none once all are exhausted', () => {
    expect(decodePositions(undefined, queueSources)).toEqual([undefined, undefined]);
    expect(encodePositions([null, null])).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', '%%%'],
    ['a position for another number of sources', cursorOf([1])],
    ['a key where the position list belongs', cursorOf({ pk: 1 })],
    ['an empty key', 'W3t9LDFd'],
    ['a key with only some attributes', cursorOf([{ pk: 'x' }, 1])],
    ['a key with one attribute more', cursorOf([{ ...genuineKey, entity: 'case' }, 1])],
    ['a key with a number', cursorOf([{ ...genuineKey, sk: 1 }, 1])],
    ['a key of another partition', cursorOf([{ ...genuineKey, gsi1pk: 'QUEUE#senior#open' }, 1])],
    [
      "another index's key",
      cursorOf([startKeyAfter(item, { index: 'customer', partition: 'QUEUE#advocates#open' }), 1]),
    ],
    ['a key of no case', cursorOf([{ ...genuineKey, pk: 'SIGNAL#c1' }, 1])],
    ['a key of a case item other than the case', cursorOf([{ ...genuineKey, sk: 'OPEN' }, 1])],
    ['a sort key of another case', cursorOf([{ ...genuineKey, gsi1sk: '2026-11-20#c2' }, 1])],
    ['a sort key of no instant', cursorOf([{ ...genuineKey, gsi1sk: '#c1' }, 1])],
    [
      'a sort key longer than DynamoDB allows',
      cursorOf([{ ...genuineKey, gsi1sk: `${'9'.repeat(1022)}#c1` }, 1]),
    ],
  ])('refuses %s as a ValidationError at cursor', (_label, cursor) => {
    // Act
    const error = refusal(cursor);

    // Assess
    expect(error.message).toBe('invalid cursor');
    expect(error.issues).toEqual([
      { path: 'cursor', message: 'expected a cursor returned by a previous page' },
    ]);
  });

  it('takes a sort key of exactly the length DynamoDB allows', () => {
    // Prepare
    const longest = { ...genuineKey, gsi1sk: `${'9'.repeat(1021)}#c1` };

    // Act
    const positions = decodePositions(cursorOf([longest, 0]), queueSources);

    // Assess
    expect(positions).toEqual([longest, null]);
  });
});
