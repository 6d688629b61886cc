import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { parseCount } from './numbers.js';
import { REAL_WORDS } from './real-words.js';
import type { RuleIndex } from './matcher.js';
import { wordIdOf } from './pattern.js';
import { emphasisOf, isContrast, valenceOf } from './sentiment.js';
import { symbolValence } from './symbols.js';
import { isProfane, NEGATORS, undrawn } from './vocabulary.js';
import {
  abbreviationOf,
  casingOf,
  normalizeWord,
  spellingOf,
  type Spelling,
  type WordInfo,
  type WordLookup,
} from './tokenize.js';

// Misspellings are looked for only in words long enough for a typo to be unambiguous (real words
// that sit within typo distance of a keyword keep their own meaning: see real-words.ts).
const FUZZY_MIN_LENGTH = 6;
const FUZZY_MIN_SIMILARITY = 0.95;
const WORD_TABLE_LIMIT = 100_000;
const INITIAL_CAPACITY = 4096;

// Porter's stemmer runs a dozen regular expressions per word, and compiling the rules stems the
// same few hundred words thousands of times: memoized (bounded), it is most of a cold start saved.
const STEM_CACHE_LIMIT = 50_000;
const stems = new Map<string, string>();

const porter = (word: string): string => {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stem = /['\d]/.test(word) ? word : PorterStemmer.stem(word);
  if (stems.size < STEM_CACHE_LIMIT) stems.set(word, stem);
  return stem;
};

const letterCounts = new Int32Array(26);

/**
 * Whether two lower-case a-z words can reach FUZZY_MIN_SIMILARITY at all, without computing it.
 * Jaro-Winkler (prefix scale 0.1, at most 4 letters) is at most 0.6 * jaro + 0.4, and Jaro is at
 * most (c/a + c/b + 1) / 3 where c counts the letters the words share: most keyword comparisons
 * of a new word end here, and every word of a cold start's vocabulary makes a few dozen.
 */
const mayBeSimilar = (word: string, keyword: string): boolean => {
  letterCounts.fill(0);
  for (let index = 0; index < word.length; index += 1) {
    const letter = word.charCodeAt(index) - 97;
    letterCounts[letter] = (letterCounts[letter] ?? 0) + 1;
  }
  let shared = 0;
  for (let index = 0; index < keyword.length; index += 1) {
    const letter = keyword.charCodeAt(index) - 97;
    const left = letterCounts[letter] ?? 0;
    if (left > 0) {
      letterCounts[letter] = left - 1;
      shared += 1;
    }
  }
  const jaro = (shared / word.length + shared / keyword.length + 1) / 3;
  // The margin keeps rounding from ever skipping a pair the exact measure would accept.
  return 0.6 * jaro + 0.4 >= FUZZY_MIN_SIMILARITY - 1e-9;
};

/**
 * A stemmer that also maps likely misspellings of keywords ("cancle", "supervisr") to the
 * keyword's stem, using Jaro-Winkler similarity (the word table memoizes it). `realWords` keep
 * their own stem however near a keyword they are.
 */
const createStemmer = (
  keywords: ReadonlySet<string>,
  realWords: ReadonlySet<string> = REAL_WORDS,
): ((word: string) => string) => {
  const knownStems = new Set([...keywords].map(porter));
  const byInitial = new Map<string, string[]>();
  for (const keyword of keywords) {
    if (keyword.length < FUZZY_MIN_LENGTH || /[^a-z]/.test(keyword)) continue;
    const list = byInitial.get(keyword.charAt(0)) ?? [];
    list.push(keyword);
    byInitial.set(keyword.charAt(0), list);
  }
  return (word: string): string => {
    const stem = porter(word);
    if (knownStems.has(stem) || word.length < FUZZY_MIN_LENGTH) return stem;
    if (realWords.has(word)) return stem;
    if (valenceOf(word) !== 0 || /[^a-z]/.test(word)) return stem;
    for (const keyword of byInitial.get(word.charAt(0)) ?? []) {
      if (Math.abs(keyword.length - word.length) > 2 || !mayBeSimilar(word, keyword)) continue;
      if (jaroWinklerDistance(word, keyword) >= FUZZY_MIN_SIMILARITY) return porter(keyword);
    }
    return stem;
  };
};

/**
 * The detector's word table: everything about a lower-cased word, computed on first sight and
 * memoized (bounded, so a long-lived Lambda cannot grow without limit). Memoizing changes no
 * result; it is what keeps throughput high.
 */
const createWordTable = (
  stem: (word: string) => string,
  index: Pick<RuleIndex, 'entryFor'>,
  isWord: (word: string) => boolean = () => false,
  classesOf: (word: string) => number = () => 0,
): WordLookup => {
  // ASCII words are found as written, by the hash the tokenizer computed while scanning, in an
  // open-addressing table (a Map of numbers cost a sixth of tokenizing), compared in place: no
  // slice, no lower-casing, no string hashing for a spelling seen before. "The" and "the" are
  // two spellings of one word: each keeps its casing, both share the word's WordInfo. A slot is
  // SLOT_SIZE integers side by side, so a probe reads one cache line and, for most words, no
  // characters at all; the characters of longer spellings sit in one byte array.
  // The table's constants are declared here, not at module level, where bundling would make
  // them `var`s that V8 loads and checks again on every probe.
  // A free slot of the spelling table.
  const EMPTY = -1;
  // A slot of the spelling table: length (EMPTY when free), the last eight characters (see
  // WordLookup.spelled) and the spelling's number.
  const SLOT_SIZE = 4;
  // A spelling no longer than this is identified by its length and last eight characters alone.
  const PACKED_LENGTH = 8;
  let slots = new Int32Array(INITIAL_CAPACITY * SLOT_SIZE).fill(EMPTY);
  let mask = INITIAL_CAPACITY - 1;
  let characters = new Uint8Array(INITIAL_CAPACITY * 8);
  let charactersUsed = 0;
  const spellings: Spelling[] = [];
  // Where each spelling longer than PACKED_LENGTH starts in `characters`, by spelling number.
  const offsets: number[] = [];
  const byText = new Map<string, WordInfo>();
  const describe = (lower: string): WordInfo => {
    const meant = undrawn(lower, isWord);
    const word = normalizeWord(meant ?? lower);
    const stemmed = stem(word);
    const count = parseCount(word);
    const profane = isProfane(word);
    return {
      lower,
      word,
      stem: stemmed,
      stemId: wordIdOf(stemmed),
      wordId: wordIdOf(word),
      count,
      valence: symbolValence(word) ?? valenceOf(word),
      negator: NEGATORS.has(word),
      contrast: isContrast(word),
      profane,
      elongated: meant !== undefined,
      entry: index.entryFor(stemmed, word, count !== undefined, profane),
      classes: classesOf(word),
      abbreviation: abbreviationOf(word),
      emphasis: emphasisOf(word),
    };
  };
  const word = (lower: string): WordInfo => {
    const known = byText.get(lower);
    if (known !== undefined) return known;
    const info = describe(lower);
    if (byText.size < WORD_TABLE_LIMIT) byText.set(lower, info);
    return info;
  };
  // Each spelling's hash, by number: growing the table places every slot again.
  const hashes: number[] = [];
  const place = (number: number, length: number, last: number, before: number): void => {
    let slot = (hashes[number] ?? 0) & mask;
    while (slots[slot * SLOT_SIZE] !== EMPTY) slot = (slot + 1) & mask;
    const at = slot * SLOT_SIZE;
    slots[at] = length;
    slots[at + 1] = last;
    slots[at + 2] = before;
    slots[at + 3] = number;
  };
  const grow = (): void => {
    const old = slots;
    slots = new Int32Array(old.length * 2).fill(EMPTY);
    mask = slots.length / SLOT_SIZE - 1;
    for (let at = 0; at < old.length; at += SLOT_SIZE) {
      const length = old[at] ?? EMPTY;
      if (length !== EMPTY) place(old[at + 3] ?? 0, length, old[at + 1] ?? 0, old[at + 2] ?? 0);
    }
  };
  /** Copies the ASCII text[start, end) into `characters`; returns where it starts. */
  const store = (text: string, start: number, end: number): number => {
    const offset = charactersUsed;
    charactersUsed += end - start;
    if (charactersUsed > characters.length) {
      const larger = new Uint8Array(Math.max(characters.length * 2, charactersUsed));
      larger.set(characters);
      characters = larger;
    }
    for (let at = start; at < end; at += 1) characters[offset + at - start] = text.charCodeAt(at);
    return offset;
  };
  /** A spelling seen for the first time: described, and kept while the table has room. */
  const learn: WordLookup['spelled'] = (text, start, end, hash, last, before) => {
    const raw = text.slice(start, end);
    const { shout, lower } = casingOf(raw);
    const spelling = spellingOf(word(raw.toLowerCase()), shout, lower);
    const number = spellings.length;
    if (number < WORD_TABLE_LIMIT) {
      // Kept at most half full, so a probe ends at an empty slot within a step or two.
      if ((number + 1) * 2 * SLOT_SIZE > slots.length) grow();
      spellings.push(spelling);
      hashes.push(hash);
      const unpacked = end - start - PACKED_LENGTH;
      offsets.push(unpacked > 0 ? store(text, start, end - PACKED_LENGTH) : 0);
      place(number, end - start, last, before);
    }
    return spelling;
  };
  // The probe alone, the rare first sight in `learn`: small enough for V8 to inline it into
  // the tokenizer's loop.
  const spelled: WordLookup['spelled'] = (text, start, end, hash, last, before) => {
    const length = end - start;
    // A longer spelling agrees on its last eight characters; the ones before are compared here.
    const unpacked = length - PACKED_LENGTH;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_SIZE;
      const known = slots[at];
      if (known === EMPTY) break;
      if (known !== length || slots[at + 1] !== last || slots[at + 2] !== before) continue;
      const number = slots[at + 3] ?? 0;
      if (unpacked <= 0 || sameAt(characters, offsets[number] ?? 0, text, start, unpacked)) {
        const spelling = spellings[number];
        if (spelling !== undefined) return spelling;
      }
    }
    return learn(text, start, end, hash, last, before);
  };
  return { spelled, word };
};

/** Whether the `length` ASCII characters at `from` in `stored` occur in `text` at `start`. */
const sameAt = (
  stored: Uint8Array,
  from: number,
  text: string,
  start: number,
  length: number,
): boolean => {
  for (let offset = 0; offset < length; offset += 1) {
    if (stored[from + offset] !== text.charCodeAt(start + offset)) return false;
  }
  return true;
};

/** The plain words of a pattern, for the stemmer's typo matching and the vocabulary. */
const keywordsOf = (pattern: string): string[] =>
  pattern
    .split(/[\s|]+/)
    .map((part) => part.replace(/^=|\?$/g, '').toLowerCase())
    .filter((part) => /^[a-z][a-z'-]*$/.test(part));

export { createStemmer, createWordTable, keywordsOf, porter };
