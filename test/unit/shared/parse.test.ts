import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/errors.js';
import { parseJsonText, parseJsonWith } from '../../../shared/parse.js';

const Schema = z.object({ rating: z.number() });
const messages = { notJson: 'message is not JSON', invalid: 'message is not a rating' };

const failure = (run: () => unknown): ValidationError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('parseJsonWith', () => {
  it('reports a whole input from its root: the text itself, then its fields', () => {
    const notJson = failure(() => parseJsonWith(Schema, '{', messages));
    const invalid = failure(() => parseJsonWith(Schema, '{"rating":"ten"}', messages));

    expect(notJson.message).toBe('message is not JSON');
    expect(notJson.issues).toEqual([{ path: '(root)', message: 'expected JSON' }]);
    expect(invalid.message).toBe('message is not a rating');
    expect(invalid.issues).toEqual([
      { path: 'rating', message: 'expected number, received string' },
    ]);
  });

  it('reports a part of a larger input under its name', () => {
    const at = { at: 'MSG' };

    expect(failure(() => parseJsonWith(Schema, '{', messages, at)).issues).toEqual([
      { path: 'MSG', message: 'expected JSON' },
    ]);
    expect(failure(() => parseJsonWith(Schema, '[]', messages, at)).issues).toEqual([
      { path: 'MSG', message: 'expected object, received array' },
    ]);
    expect(failure(() => parseJsonWith(Schema, '{}', messages, at)).issues).toEqual([
      { path: 'MSG.rating', message: 'expected number, received undefined' },
    ]);
  });
});

describe('parseJsonText', () => {
  it('makes every string well formed: half a surrogate pair becomes U+FFFD, whole pairs stay', () => {
    // Act
    const value = parseJsonText(
      String.raw`{"name":"Acme \ud83d Corp","ok":"\ud83d\ude00","list":["\udc00"]}`,
      'not JSON',
    );
    // Assess
    expect(value).toEqual({ name: 'Acme \uFFFD Corp', ok: '😀', list: ['\uFFFD'] });
  });
});
