import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { createWordTable } from '../../../../shared/scoring/lexicon.js';
import { parseCount } from '../../../../shared/scoring/numbers.js';
import { compilePattern, matchAt } from '../../../../shared/scoring/pattern.js';
import { tokenize } from '../../../../shared/scoring/tokenize.js';

const stem = (word: string): string => (/['\d]/.test(word) ? word : PorterStemmer.stem(word));

const matches = (pattern: string, text: string): string | undefined => {
  const compiled = compilePattern(pattern, stem);
  const tokens = tokenize(
    text,
    createWordTable(stem, { anchoredFor: () => [], keyedFor: () => [], conditionsFor: () => [] }),
  );
  for (let at = 0; at < tokens.length; at += 1) {
    const end = matchAt(compiled, tokens, at);
    const first = tokens[at];
    const last = tokens[end - 1];
    if (end > at && first !== undefined && last !== undefined)
      return text.slice(first.start, last.end);
  }
  return undefined;
};

describe('pattern language', () => {
  it.each([
    [
      'cancel ~2 contract',
      'We are cancelling the whole contract now',
      'cancelling the whole contract',
    ],
    ['=switching to', 'I am switching to them', 'switching to'],
    ['spoke to ~2 <n3> people', 'spoke to like 5 ppl', 'spoke to like 5 ppl'],
    ['<o3> person', 'the fourth person today', 'fourth person'],
    ['since ~1 this? <time>', 'down since 6am', 'since 6am'],
    ["can't work", 'I cant work', 'cant work'],
  ])('"%s" matches in "%s"', (pattern, text, evidence) => {
    expect(matches(pattern, text)).toBe(evidence);
  });

  it.each([
    ['=switching to', 'we switched to you'],
    ['<n3> calls', 'two calls'],
    ['cancel ~1 contract', 'cancel. Contract is fine'],
    ['<o3> person', 'the second person'],
  ])('"%s" does not match "%s"', (pattern, text) => {
    expect(matches(pattern, text)).toBeUndefined();
  });
});

describe('parseCount', () => {
  it.each([
    ['5', 5, false],
    ['fifth', 5, true],
    ['5th', 5, true],
    ['several', 3, false],
    ['twenty', 20, false],
  ])('reads "%s" as %d (ordinal %s)', (word, value, ordinal) => {
    expect(parseCount(word)).toEqual({ value, ordinal });
  });

  it('ignores words that are not numbers', () => {
    expect(parseCount('often')).toBeUndefined();
  });
});
