import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../shared/errors.js';
import { csvRecordToInput, parseScoreLine } from '../../../../shared/scoring/input.js';

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
