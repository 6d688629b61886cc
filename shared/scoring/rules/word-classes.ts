import type { Token } from '../engine/tokenize.js';

/**
 * Word lists (or tests of a word, such as "a verb in the simple past") that the guards and hit
 * checks consult for the words around every match ("if", "told", "still"...). Each class is one
 * bit of a word's `classes` (see WordInfo), worked out once per distinct word by the word table:
 * a check near a match is then one AND on a token instead of a set lookup by string. Classes are
 * registered when their module loads, before any detector describes a word.
 */
const tests: ((word: string) => boolean)[] = [];

// `classes` is a 32-bit integer; the sign bit is left alone.
const MAX_CLASSES = 31;

/** Registers a class of words by a test of the word; returns its bit. */
const wordClassWhere = (test: (word: string) => boolean): number => {
  if (tests.length === MAX_CLASSES)
    throw new Error(`more than ${String(MAX_CLASSES)} word classes`);
  tests.push(test);
  return 1 << (tests.length - 1);
};

/** Registers a word list; returns its bit. */
const wordClass = (words: Iterable<string>): number => {
  const list = new Set(words);
  return wordClassWhere((word) => list.has(word));
};

/** The bits of every registered list that contains `word` (normalized, as WordInfo.word). */
const classesOf = (word: string): number => {
  let classes = 0;
  tests.forEach((test, bit) => {
    if (test(word)) classes |= 1 << bit;
  });
  return classes;
};

/**
 * Whether the word at `index` is in the list `wordClass`; false past either end of `tokens`
 * (tested first before the start: tokens[-1] is a slow property lookup, not an element read).
 */
const isA = (tokens: readonly Token[], index: number, wordClass: number): boolean =>
  index >= 0 && ((tokens[index]?.info.classes ?? 0) & wordClass) !== 0;

export { classesOf, isA, wordClass, wordClassWhere };
