import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../../../shared/scoring/engine/numbers.js';
import { buildRuleIndex, type MatchRule } from '../../../../../shared/scoring/engine/matcher.js';
import { compilePattern, literalPattern } from '../../../../../shared/scoring/engine/pattern.js';
import { tokenize } from '../../../../../shared/scoring/engine/tokenize.js';
import { hashtagBoundaries } from '../../../../../shared/scoring/engine/segment.js';
import { createVocabulary } from '../../../../../shared/scoring/engine/vocabulary.js';
import {
  createStemmer,
  createWordTable,
  keywordsOf,
  porter,
} from '../../../../../shared/scoring/engine/word-table.js';
import { PatternError } from '../../../../../shared/errors.js';

// The engine on its own: a tokenizer and a matcher that know no word of the advocacy rules. Each
// test builds a real index from the patterns it names; nothing is stubbed.

/** The words of the first match of `pattern` in `text` (guards are the caller's business). */
const firstMatch = (pattern: string, text: string, options: Partial<MatchRule> = {}) => {
  const rules: MatchRule[] = [{ id: 'rule', pattern, ...options }];
  const keywords = new Set(rules.flatMap((rule) => keywordsOf(rule.pattern)));
  const index = buildRuleIndex(rules, porter);
  const isWord = createVocabulary(keywords);
  const table = createWordTable(createStemmer(keywords), index, isWord);
  const tokens = tokenize(text, table, (raw) => hashtagBoundaries(raw, isWord));
  const found: string[] = [];
  const dropped: string[] = [];
  index.find(
    tokens,
    new Uint32Array(1),
    1,
    ({ start, end }) => found.push(text.slice(tokens[start]?.start, tokens[end - 1]?.end)),
    ({ condition }) => dropped.push(condition),
  );
  return { match: found[0], dropped };
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
    ['cancel (my|our|the)? contract', 'cancel the contract', 'cancel the contract'],
    ['cancel (my|our|the)? contract', 'cancel contract', 'cancel contract'],
    ['^ terminating our contract', 'Terminating our contract today.', 'Terminating our contract'],
    ['total <swear>', 'Total BS, honestly', 'Total BS'],
    ['worst airline', 'stuck again #WorstAirline', 'WorstAirline'],
    ['worst customer service', '#worstcustomerservice', 'worstcustomerservice'],
    ['so bad', 'sooo baaad', 'sooo baaad'],
    ['complaint with the bbb', 'I filed a complaint with the BBB', 'complaint with the BBB'],
  ])('"%s" matches in "%s"', (pattern, text, evidence) => {
    expect(firstMatch(pattern, text).match).toBe(evidence);
  });

  it.each([
    ['=switching to', 'we switched to you'],
    ['<n3> calls', 'two calls'],
    ['cancel ~1 contract', 'cancel. Contract is fine'],
    ['<o3> person', 'the second person'],
    ['^ terminating our contract', 'We are terminating our contract.'],
    ['total <swear>', 'Total nonsense'],
    ['<n3> ~2 called', 'On XX/XX/23 I called them'],
  ])('"%s" does not match "%s"', (pattern, text) => {
    expect(firstMatch(pattern, text).match).toBeUndefined();
  });

  it('drops a match whose `unless` occurs in its clause, not in the next one', () => {
    const options = { unless: 'staying' };
    expect(firstMatch('=switching', "We're switching, we're not staying").match).toBe('switching');
    expect(firstMatch('=switching', "We're switching and staying", options).dropped).toEqual([
      'unless "staying"',
    ]);
    // An aside in brackets is part of its clause.
    expect(
      firstMatch('=switching', "We're switching (staying with the app) today", options).dropped,
    ).toEqual(['unless "staying"']);
    expect(
      firstMatch('=switching', "We're switching, then staying", {
        ...options,
        unlessScope: 'sentence',
      }).match,
    ).toBeUndefined();
  });

  it.each([
    ['my|our|the? contract', 'is ambiguous: write (my|our|the)? to make the list optional'],
    ['cancel|cancelling contract', '"cancelling" repeats "cancel" (same stem)'],
    ['cancel|=cancelling contract', '"=cancelling" repeats "cancel" (its stem already matches)'],
    ["can't|=cant work", 'repeats'],
    ['re-sign', 'is not a word or a class'],
    ['cancel ^ contract', 'may only start a pattern'],
  ])('rejects "%s"', (pattern, message) => {
    expect(() => compilePattern(pattern, porter)).toThrow(PatternError);
    expect(() => compilePattern(pattern, porter)).toThrow(message);
  });

  it('turns a configured name into exact words, never syntax', () => {
    expect(literalPattern('Acme Cloud')).toBe('=acme =cloud');
    expect(literalPattern('~2')).toBe('=2');
    expect(() => literalPattern('~~')).toThrow(PatternError);
  });
});

describe('tokenizer', () => {
  it('reads emoji and ASCII emoticons as words, and keeps offsets into the text', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const text = 'Awful :( and 😡 but fine :)';
    const words = tokenize(text, table).map((token) => text.slice(token.start, token.end));
    expect(words).toEqual(['Awful', ':(', 'and', '😡', 'but', 'fine', ':)']);
  });

  it('keeps a masked swear word whole and marks it', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const tokens = tokenize('What sh*t, f*** this. See note*, the loan*****i agreed', table);
    expect(tokens.filter((token) => token.info.profane).map((token) => token.info.word)).toEqual([
      'sh*t',
      'f***',
    ]);
  });

  it("ends a sentence at a period, not at a title's or (before a lower-case word) a company's", () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const text = 'I wrote to Acme Inc. twice. Then Mr. Lee called Acme Inc. Nobody answered.';
    const sentences = tokenize(text, table).map((token) => token.sentence);
    expect(sentences).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('reads a point or comma inside a number as part of it, not as a break', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const text = 'I paid {$1,200.50} on 12/05/2023, then I called. Twice.';
    const tokens = tokenize(text, table);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(
      'I paid 1 200 50 on 12/05/2023 then I called Twice'.split(' '),
    );
    expect(tokens.map((token) => token.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // Only the comma after the date breaks a clause.
    expect(tokens.map((token) => token.clause)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
  });

  it('tells apart spellings that share their length and last eight characters', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const text = 'recancellation decancellation recancellation Cancellation cancellation';
    const words = (): string[] => tokenize(text, table).map((token) => token.info.lower);
    const expected = [
      'recancellation',
      'decancellation',
      'recancellation',
      'cancellation',
      'cancellation',
    ];
    expect(words()).toEqual(expected);
    // Seen before: found in the table, not described again.
    expect(words()).toEqual(expected);
    expect(tokenize('Cancel CANCEL cancel', table).map((token) => token.info.lower)).toEqual([
      'cancel',
      'cancel',
      'cancel',
    ]);
  });

  it('marks capitals as shouting only in a text that also has lower case', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    expect(tokenize('this is AWFUL', table).map((token) => token.shout)).toEqual([
      false,
      false,
      true,
    ]);
    expect(tokenize('THIS IS AWFUL', table).some((token) => token.shout)).toBe(false);
  });

  it('reads a web or e-mail address as one word, whose periods end no sentence', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const text =
      'See www.consumer.ftc.gov or https://example.com/help?a=1, write to help@example.org. ' +
      'I called about.was told no';
    const tokens = tokenize(text, table);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'See',
      'www.consumer.ftc.gov',
      'or',
      'https://example.com/help?a=1',
      'write',
      'to',
      'help@example.org',
      'I',
      'called',
      'about',
      'was',
      'told',
      'no',
    ]);
    // The address's own periods break nothing; the one after it ends the sentence, and so does
    // a period between two words typed without a space.
    expect(tokens.map((token) => token.sentence)).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('reads an aside in brackets with the clause around it', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const tokens = tokenize('The warranty (which I paid for) is void, they said', table);
    expect(tokens.map((token) => token.clause)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it('spells out contractions typed without their apostrophe, and marks them as negators', () => {
    const table = createWordTable(porter, buildRuleIndex([], porter));
    const tokens = tokenize('I hadnt called and shouldnt have to, dont you think', table);
    expect(tokens.filter((token) => token.info.negator).map((token) => token.info.word)).toEqual([
      "hadn't",
      "shouldn't",
      "don't",
    ]);
  });
});

describe('parseCount', () => {
  it.each([
    ['5', 5, false],
    ['fifth', 5, true],
    ['5th', 5, true],
    ['several', 3, false],
    ['twenty', 20, false],
    ['100', 100, false],
  ])('reads "%s" as %d (ordinal %s)', (word, value, ordinal) => {
    expect(parseCount(word)).toEqual({ value, ordinal });
  });

  it('ignores words that are not numbers', () => {
    expect(parseCount('often')).toBeUndefined();
  });

  it('ignores years, amounts and codes such as a statute section', () => {
    expect(parseCount('2019')).toBeUndefined();
    expect(parseCount('611')).toBeUndefined();
  });
});
