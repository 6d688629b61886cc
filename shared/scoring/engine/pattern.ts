import { PatternError } from '../../errors.js';
import { normalizeWord, type Token } from './tokenize.js';

/**
 * A small phrase language over stemmed tokens, compiled once (the README's "Writing a rule"
 * documents it with examples). Elements are separated by spaces:
 * - `cancel`: a word compared by Porter stem, so "cancelling" and "cancelled" match too;
 * - `=switching`: this exact word form, for when the stem is too broad ("switched" is past);
 * - `cancel|terminate`: any one of these alternatives (stems and exact forms mix freely);
 * - `<n3>`: a count of at least 3 in digits or words; `<o3>`: an ordinal of at least 3
 *   ("4th", "fourth"); `<time>`: a clock time ("6am"); `<swear>`: a swear word; `*`: any one word;
 * - `word?` or `(a|b)?`: an optional element; a list must be grouped to be optional, because
 *   `a|b?` could mean either "a, or an optional b" or "optionally a or b";
 * - `~N`: skips up to N words;
 * - `^` (first only): the match must start a sentence ("^ terminating our contract").
 * Compiling rejects an ambiguous optional list and an alternative that repeats another (two
 * words with one stem, or an exact form the stem already matches). A match never crosses a
 * sentence. A configured phrase of plain words is a valid pattern.
 */
interface Element {
  readonly stems: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  /** The same stems and words as ids (see wordIdOf), compared with a token's by integer. */
  readonly stemIds: readonly number[];
  readonly wordIds: readonly number[];
  /** One bit per id (id mod 32) of each list: most words are turned down by one AND. */
  readonly stemBits: number;
  readonly wordBits: number;
  readonly minCount: number | undefined;
  readonly ordinalOnly: boolean;
  readonly any: boolean;
  readonly time: boolean;
  readonly swear: boolean;
  readonly optional: boolean;
  readonly gap: number;
}

interface Pattern {
  readonly source: string;
  /** Set by a leading `^`: the match must begin at the first word of a sentence. */
  readonly sentenceStart: boolean;
  readonly elements: readonly Element[];
}

const CLASS = /^<([no])(\d+)>$/;
const FUNCTION_WORDS = new Set(
  (
    'the a an to of i we you my our your this that it is are in on for with me and or at be ' +
    "by from was were have has had do did not no so just it's that's i'm we're"
  ).split(' '),
);
// "6am", "9pm", "14h", or a bare hour ("since 9").
const CLOCK = /^\d{1,2}(?:am|pm|h)?$/;
/** Whether a word is a clock time, as the `<time>` class reads it. */
const isClockTime = (word: string): boolean => CLOCK.test(word);
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’]*$/u;
const GAP = /^~(\d+)$/;

// Every stem and word a pattern names gets a small integer, once per process (a bounded set:
// the rules' and the configuration's words). The word table looks up a word's ids once, so a
// pattern attempt compares integers instead of making two string-set lookups per element.
const WORD_IDS = new Map<string, number>();
const NO_ID = -1;

const internWord = (text: string): number => {
  const known = WORD_IDS.get(text);
  if (known !== undefined) return known;
  WORD_IDS.set(text, WORD_IDS.size);
  return WORD_IDS.size - 1;
};

const bitsOf = (ids: readonly number[]): number =>
  ids.reduce((bits, id) => bits | (1 << (id & 31)), 0);

/** The id of a stem or word some compiled pattern names; NO_ID for any other. */
const wordIdOf = (text: string): number => WORD_IDS.get(text) ?? NO_ID;

const gapElement = (gap: number): Element => ({
  stems: new Set(),
  words: new Set(),
  stemIds: [],
  wordIds: [],
  stemBits: 0,
  wordBits: 0,
  minCount: undefined,
  ordinalOnly: false,
  any: false,
  time: false,
  swear: false,
  optional: true,
  gap,
});

/** Splits `(a|b)?`, `a|b` or `a?` into its alternatives and whether it is optional. */
const unwrap = (part: string, source: string): { body: string; optional: boolean } => {
  const grouped = /^\((.+)\)(\??)$/.exec(part);
  if (grouped?.[1] !== undefined) return { body: grouped[1], optional: grouped[2] === '?' };
  if (part.length > 1 && part.endsWith('?')) {
    const body = part.slice(0, -1);
    if (body.includes('|')) {
      throw new PatternError(
        `"${part}" is ambiguous: write (${body})? to make the list optional`,
        source,
      );
    }
    return { body, optional: true };
  }
  return { body: part, optional: false };
};

const parseElement = (part: string, stem: (word: string) => string, source: string): Element => {
  const gap = GAP.exec(part);
  if (gap?.[1] !== undefined) return gapElement(Number(gap[1]));
  const { body, optional } = unwrap(part, source);
  const stems = new Set<string>();
  const words = new Set<string>();
  const seen = new Map<string, string>();
  let minCount: number | undefined;
  let ordinalOnly = false;
  let any = false;
  let time = false;
  let swear = false;
  // Written as the tokenizer will see it: "cant" and "cannot" both read as "can't".
  const alternatives = body.toLowerCase().split('|');
  for (const written of alternatives) {
    const alternative = written.startsWith('=')
      ? `=${normalizeWord(written.slice(1))}`
      : normalizeWord(written);
    const klass = CLASS.exec(alternative);
    if (klass !== null) {
      minCount = Number(klass[2]);
      ordinalOnly = klass[1] === 'o';
    } else if (alternative === '<time>') time = true;
    else if (alternative === '*') any = true;
    else if (alternative === '<swear>') swear = true;
    else if (alternative.startsWith('=') && WORD.test(alternative.slice(1))) {
      const word = alternative.slice(1);
      if (words.has(word)) throw new PatternError(`"${written}" repeats "=${word}"`, source);
      words.add(word);
    } else if (WORD.test(alternative)) {
      const stemmed = stem(alternative);
      const earlier = seen.get(stemmed);
      if (earlier !== undefined) {
        throw new PatternError(`"${written}" repeats "${earlier}" (same stem)`, source);
      }
      seen.set(stemmed, written);
      stems.add(stemmed);
    } else throw new PatternError(`"${alternative}" in "${part}" is not a word or a class`, source);
  }
  for (const word of words) {
    const covering = seen.get(stem(word));
    if (covering !== undefined) {
      throw new PatternError(`"=${word}" repeats "${covering}" (its stem already matches)`, source);
    }
  }
  const stemIds = [...stems].map(internWord);
  const wordIds = [...words].map(internWord);
  return {
    stems,
    words,
    stemIds,
    wordIds,
    stemBits: bitsOf(stemIds),
    wordBits: bitsOf(wordIds),
    minCount,
    ordinalOnly,
    any,
    time,
    swear,
    optional,
    gap: 0,
  };
};

/**
 * A pattern matching exactly the words of `text`, whatever else it contains: configured names
 * ("Acme Cloud", "~2") go through this, so none of their characters act as pattern syntax.
 */
const literalPattern = (text: string): string => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  if (words.length === 0) throw new PatternError('names no word to match', text);
  return words.map((word) => `=${word}`).join(' ');
};

/** Compiles a pattern; `stem` must be the stemmer the tokens were made with. */
const compilePattern = (source: string, stem: (word: string) => string): Pattern => {
  const parts = source
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  const sentenceStart = parts[0] === '^';
  const rest = sentenceStart ? parts.slice(1) : parts;
  if (rest.length === 0) throw new PatternError('is empty', source);
  if (rest.includes('^')) throw new PatternError('"^" may only start a pattern', source);
  const elements = rest.map((part) => parseElement(part, stem, source));
  return { source, sentenceStart, elements };
};

// A pattern is matched from a program: its elements as integers, in one Int32Array shared by
// every pattern of a rule index (see programOf and ProgramStore). An attempt then reads a few
// neighbouring integers instead of an Element object, two id arrays and its fields scattered
// over the heap: waiting for those loads was most of an attempt's time.
// Program: [sentenceStart (0 or 1), ...elements]. Element: [flags, gap, minCount, stemBits,
// wordBits, stemCount, wordCount, ...stemIds, ...wordIds].
// Fields and flag bits as const enums: esbuild writes their values into the code, where
// module-level constants become `var`s once bundled, loaded again on every read of a program.
const enum Field {
  Flags = 0,
  GapSize = 1,
  MinCount = 2,
  StemBits = 3,
  WordBits = 4,
  StemCount = 5,
  WordCount = 6,
  Ids = 7,
}
const enum Flag {
  Any = 1,
  Time = 2,
  Swear = 4,
  Optional = 8,
  Counted = 16,
  OrdinalOnly = 32,
}
// Counts never pass 1,000,000 (see numbers.ts): a larger minimum, which no count reaches, is
// stored as the largest 32-bit one, which none reaches either.
const MAX_MIN_COUNT = 0x7fffffff;

/** The flag bits of an element (see Field.Flags). */
const flagsOf = (element: Element): number =>
  (element.any ? Flag.Any : 0) |
  (element.time ? Flag.Time : 0) |
  (element.swear ? Flag.Swear : 0) |
  (element.optional ? Flag.Optional : 0) |
  (element.minCount === undefined ? 0 : Flag.Counted) |
  (element.ordinalOnly ? Flag.OrdinalOnly : 0);

/** A pattern as a program (see above), to be placed in a ProgramStore. */
const programOf = (pattern: Pattern): number[] => [
  pattern.sentenceStart ? 1 : 0,
  ...pattern.elements.flatMap((element) => [
    flagsOf(element),
    element.gap,
    Math.min(element.minCount ?? 0, MAX_MIN_COUNT),
    element.stemBits,
    element.wordBits,
    element.stemIds.length,
    element.wordIds.length,
    ...element.stemIds,
    ...element.wordIds,
  ]),
];

/** Patterns compiled into one program array; pattern `n` is code[starts[n], ends[n]). */
interface ProgramStore {
  readonly code: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

const programStoreOf = (patterns: readonly Pattern[]): ProgramStore => {
  const code: number[] = [];
  const starts = new Int32Array(patterns.length);
  const ends = new Int32Array(patterns.length);
  patterns.forEach((pattern, index) => {
    starts[index] = code.length;
    code.push(...programOf(pattern));
    ends[index] = code.length;
  });
  return { code: Int32Array.from(code), starts, ends };
};

/** Where the element after the one at `at` starts. */
const nextElement = (code: Int32Array, at: number): number =>
  at + Field.Ids + (code[at + Field.StemCount] ?? 0) + (code[at + Field.WordCount] ?? 0);

/** Whether `id` is among the `count` ids at `from`, whose bits are `bits`; NO_ID never is. */
const includes = (
  code: Int32Array,
  from: number,
  count: number,
  bits: number,
  id: number,
): boolean => {
  if (id === NO_ID || ((bits >>> (id & 31)) & 1) === 0) return false;
  for (let at = from; at < from + count; at += 1) if (code[at] === id) return true;
  return false;
};

/** Whether the element at `at` accepts the token. */
const accepts = (code: Int32Array, at: number, token: Token): boolean => {
  const flags = code[at + Field.Flags] ?? 0;
  if ((flags & Flag.Any) !== 0) return true;
  const { info } = token;
  const stems = code[at + Field.StemCount] ?? 0;
  if (
    includes(code, at + Field.Ids, stems, code[at + Field.StemBits] ?? 0, info.stemId) ||
    includes(
      code,
      at + Field.Ids + stems,
      code[at + Field.WordCount] ?? 0,
      code[at + Field.WordBits] ?? 0,
      info.wordId,
    )
  ) {
    return true;
  }
  if ((flags & Flag.Time) !== 0 && isClockTime(info.word)) return true;
  if ((flags & Flag.Swear) !== 0 && info.profane) return true;
  const { count } = info;
  if ((flags & Flag.Counted) === 0 || count === undefined) return false;
  return (
    count.value >= (code[at + Field.MinCount] ?? 0) &&
    ((flags & Flag.OrdinalOnly) === 0 || count.ordinal)
  );
};

/** The exclusive end index of a match of the elements code[at, end) at token `index`, or -1. */
const matchFrom = (
  code: Int32Array,
  at: number,
  end: number,
  tokens: readonly Token[],
  index: number,
  sentence: number,
): number => {
  if (at >= end) return index;
  const next = nextElement(code, at);
  const gap = code[at + Field.GapSize] ?? 0;
  if (gap > 0) {
    // Most places in a gap fail at the word after it: a required word is tested here, before
    // a call (the same answer the call would give).
    const testNext =
      next < end &&
      ((code[next + Field.Flags] ?? 0) & Flag.Optional) === 0 &&
      code[next + Field.GapSize] === 0;
    for (let skip = 0; skip <= gap; skip += 1) {
      const position = index + skip;
      if (skip > 0 && tokens[position - 1]?.sentence !== sentence) break;
      if (testNext) {
        const token = tokens[position];
        if (token?.sentence !== sentence || !accepts(code, next, token)) continue;
      }
      const found = matchFrom(code, next, end, tokens, position, sentence);
      if (found >= 0) return found;
    }
    return -1;
  }
  const token = tokens[index];
  if (token?.sentence === sentence && accepts(code, at, token)) {
    const found = matchFrom(code, next, end, tokens, index + 1, sentence);
    if (found >= 0) return found;
  }
  return ((code[at + Field.Flags] ?? 0) & Flag.Optional) !== 0
    ? matchFrom(code, next, end, tokens, index, sentence)
    : -1;
};

/**
 * Tries pattern `n` of the store at one token; returns the exclusive end token index, or -1.
 * `anchored`: the caller vouches that the first element accepts the token, so the match goes
 * on from the second.
 */
const matchAt = (
  store: ProgramStore,
  n: number,
  tokens: readonly Token[],
  index: number,
  anchored = false,
): number => {
  const token = tokens[index];
  if (token === undefined) return -1;
  const { code } = store;
  const start = store.starts[n] ?? 0;
  const end = store.ends[n] ?? 0;
  // At the first word there is no word before (and tokens[-1] is a slow property lookup).
  const sentenceStart = code[start] === 1;
  if (sentenceStart && index > 0 && tokens[index - 1]?.sentence === token.sentence) return -1;
  const first = start + 1;
  return anchored
    ? matchFrom(code, nextElement(code, first), end, tokens, index + 1, token.sentence)
    : matchFrom(code, first, end, tokens, index, token.sentence);
};

/**
 * Whether pattern `n` of the store matches anywhere in tokens[from, to). The pattern must start
 * with a required word or count, as anchorsOf demands of every indexed pattern: most words are
 * turned down by that first element alone, before an attempt.
 */
const occursIn = (
  store: ProgramStore,
  n: number,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean => {
  const first = (store.starts[n] ?? 0) + 1;
  // Bounds by comparison: V8 types Math.max and Math.min as floats, and `at` would be a double.
  const start = from > 0 ? from : 0;
  const last = to < tokens.length ? to : tokens.length;
  for (let at = start; at < last; at += 1) {
    const token = tokens[at];
    if (token === undefined || !accepts(store.code, first, token)) continue;
    const end = matchAt(store, n, tokens, at, true);
    if (end >= 0 && end <= to) return true;
  }
  return false;
};

/** The keys under which a pattern is indexed by its first element (stems and exact words). */
const anchorsOf = (
  pattern: Pattern,
): { stems: string[]; words: string[]; counted: boolean; swear: boolean } => {
  const first = pattern.elements[0];
  if (first === undefined || first.optional || first.any) {
    throw new PatternError('must start with a required word or count', pattern.source);
  }
  return {
    stems: [...first.stems],
    words: [...first.words],
    counted: first.minCount !== undefined,
    swear: first.swear,
  };
};

/**
 * Whether every word indexed under the pattern's anchors (see anchorsOf) is accepted by its first
 * element: true unless that element counts, when the index lists the pattern under every number
 * and the value must still be compared.
 */
const anchorDecides = (pattern: Pattern): boolean => pattern.elements[0]?.minCount === undefined;

/** The words one element of a key stands for (see keyOf). */
interface Key {
  readonly stems: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  /** Whether any clock time ("6am"), any count or any swear word is a key word too. */
  readonly time: boolean;
  readonly counted: boolean;
  readonly swear: boolean;
}

/** Whether an element accepts a word by its class rather than by its text. */
const byClass = (element: Element): boolean =>
  element.time || element.swear || element.minCount !== undefined;

/**
 * The words of which at least one must appear for the pattern to match: the required element
 * (after the first) with the fewest alternatives. A cheap pre-check that skips most attempts;
 * being after the first element, a key word of a match comes after the word it starts at.
 * An element that accepts a class of words (clock times, counts, swear words) is the key only
 * of a pattern with no other: a class stands for many words.
 */
const keyOf = (pattern: Pattern): Key | undefined => {
  let best: Element | undefined;
  for (const element of pattern.elements.slice(1)) {
    if (element.optional || element.any) continue;
    // A key that occurs in nearly every text ("the", "to") filters nothing.
    if ([...element.stems, ...element.words].some((word) => FUNCTION_WORDS.has(word))) continue;
    const better =
      best === undefined ||
      (byClass(best) && !byClass(element)) ||
      (byClass(best) === byClass(element) &&
        element.stems.size + element.words.size < best.stems.size + best.words.size);
    if (better) best = element;
  }
  if (best === undefined) return undefined;
  return {
    stems: best.stems,
    words: best.words,
    time: best.time,
    counted: best.minCount !== undefined,
    swear: best.swear,
  };
};

export {
  anchorDecides,
  anchorsOf,
  compilePattern,
  isClockTime,
  keyOf,
  literalPattern,
  matchAt,
  occursIn,
  programStoreOf,
  wordIdOf,
};
export type { Key, Pattern, ProgramStore };
