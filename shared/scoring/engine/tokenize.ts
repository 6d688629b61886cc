import type { Count } from './numbers.js';
import { EMOTICONS_BY_FIRST } from './symbols.js';

/**
 * What the detector knows about one distinct word, computed once per detector and shared by
 * every occurrence: the tokenizer does one lookup per word instead of one per fact.
 */
interface WordInfo {
  /** The word as written, lower-cased. */
  readonly lower: string;
  /** Lower-cased, apostrophes straightened, chat shorthand expanded ("dont" -> "don't"). */
  readonly word: string;
  readonly stem: string;
  /** Ids of `stem` and `word` among the words patterns name (see pattern.ts), -1 when none. */
  readonly stemId: number;
  readonly wordId: number;
  readonly count: Count | undefined;
  /** AFINN-165 valence, 0 when the word has none. */
  readonly valence: number;
  readonly negator: boolean;
  /** A contrast that can hold a complaint back ("but", "unfortunately"). */
  readonly contrast: boolean;
  /** A swear word (from a maintained profanity list), or its chat shorthand ("bs", "wtf"). */
  readonly profane: boolean;
  /** Written with a letter drawn out ("sooo", "worrrst"): the word is emphasised. */
  readonly elongated: boolean;
  /** Where the rule index keeps this word's rule lists (see word-entries.ts); 0 when none. */
  readonly entry: number;
}

/**
 * Finds the WordInfo of text[start, end). `hash` is the FNV-1a hash of the lower-cased word,
 * given when the word is pure ASCII (the common case, looked up without allocating);
 * `lowerText` is the whole text lower-cased, when that keeps every offset.
 */
type WordLookup = (
  text: string,
  lowerText: string | undefined,
  start: number,
  end: number,
  hash: number | undefined,
) => WordInfo;

/** One word of customer text, with its offsets into the text it came from. */
interface Token {
  readonly start: number;
  readonly end: number;
  /** Sentence number: a match never spans two sentences. */
  readonly sentence: number;
  /** Clause number inside the text: commas, colons, dashes and "but" start a new clause. */
  readonly clause: number;
  /** Written in capitals (two letters or more): shouting. */
  readonly shout: boolean;
  readonly info: WordInfo;
}

// Words are runs of letters and digits; an apostrophe followed by a letter stays inside a word
// ("don't"), hyphens split ("re-explaining" is "re" + "explaining"). A hand-written scanner:
// the equivalent Unicode regular expression was a fifth of the detector's time.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// Character classes below U+0250 by table lookup (1 letter, 2 digit); above it, Unicode.
const LATIN = new Uint8Array(0x250);
for (let char = 0; char < 0x250; char += 1) {
  const text = String.fromCharCode(char);
  if (/\p{L}/u.test(text)) LATIN[char] = 1;
  else if (/\p{N}/u.test(text) && char < 128) LATIN[char] = 2;
}

// ASCII letters and digits as they hash (letters lower-cased); 0 for every other character.
const ASCII_FOLD = new Uint8Array(128);
for (let char = 48; char < 123; char += 1) {
  if (char <= 57 || char >= 97) ASCII_FOLD[char] = char;
  else if (char >= 65 && char <= 90) ASCII_FOLD[char] = char + 32;
}

const isWordChar = (char: number): boolean =>
  char < 0x250 ? LATIN[char] !== 0 : LETTER_OR_DIGIT.test(String.fromCharCode(char));

const isLetter = (char: number): boolean =>
  char < 0x250 ? LATIN[char] === 1 : char > 0 && LETTER.test(String.fromCharCode(char));

const SENTENCE_CHARS = new Set(Array.from('../.!?;\n', (char) => char.charCodeAt(0)));
const CLAUSE_CHARS = new Set(Array.from(',:()"“”–—', (char) => char.charCodeAt(0)));

/** Chat shorthand and apostrophe-less contractions, spelled out so one pattern covers both. */
const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    im: "i'm",
    ive: "i've",
    dont: "don't",
    cant: "can't",
    cannot: "can't",
    wont: "won't",
    didnt: "didn't",
    doesnt: "doesn't",
    isnt: "isn't",
    wasnt: "wasn't",
    arent: "aren't",
    werent: "weren't",
    havent: "haven't",
    hasnt: "hasn't",
    couldnt: "couldn't",
    wouldnt: "wouldn't",
    youve: "you've",
    weve: "we've",
    theyre: "they're",
    u: 'you',
    ur: 'your',
    ppl: 'people',
    pls: 'please',
    plz: 'please',
    thru: 'through',
    cuz: 'because',
    bc: 'because',
    tmrw: 'tomorrow',
    ya: 'you',
  }),
);

/** Whether the gap text[from, to) between two words ends a sentence (2), a clause (1) or neither. */
const breakAt = (text: string, from: number, to: number): 0 | 1 | 2 => {
  let found: 0 | 1 | 2 = 0;
  for (let index = from; index < to; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 32) continue;
    if (SENTENCE_CHARS.has(char)) return 2;
    if (CLAUSE_CHARS.has(char)) found = 1;
    // A dash between spaces separates clauses; one inside a word ("re-explain") does not.
    else if (char === 45 && text.charCodeAt(index - 1) === 32) found = 1;
  }
  return found;
};

/** An emoji (one pictographic code point, with its variation selector) starting at `index`. */
const emojiEnd = (text: string, index: number): number => {
  const point = text.codePointAt(index);
  if (point === undefined || !PICTOGRAPHIC.test(String.fromCodePoint(point))) return index;
  let end = index + (point > 0xffff ? 2 : 1);
  if (text.charCodeAt(end) === 0xfe0f) end += 1;
  return end;
};

/** An ASCII emoticon (":(", ">:-(") standing alone at `index`; its end, or `index` when none. */
const emoticonEnd = (text: string, index: number): number => {
  const candidates = EMOTICONS_BY_FIRST.get(text.charCodeAt(index));
  if (candidates === undefined || (index > 0 && !/\s/.test(text.charAt(index - 1)))) return index;
  for (const emoticon of candidates) {
    if (!text.startsWith(emoticon, index)) continue;
    const after = text.charAt(index + emoticon.length);
    if (after === '' || /[\s.,!?]/.test(after)) return index + emoticon.length;
  }
  return index;
};

// Contrasts that open a clause of their own: "good food but awful service".
const CLAUSE_WORDS = new Set(['but', 'although', 'though']);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// ASCII characters an emoticon can start with, looked up by code before any string work.
const EMOTICON_START = new Uint8Array(128);
for (const first of EMOTICONS_BY_FIRST.keys()) if (first < 128) EMOTICON_START[first] = 1;
const ASTERISK = 42;
const NO_BOUNDARIES: readonly number[] = [];

/**
 * Whether the asterisk at `index` masks letters of the word begun at `start` ("sh*t", "f***"):
 * after a letter, either followed by a letter or one of two or more ("word*" is a footnote).
 */
const isMasking = (text: string, start: number, index: number): boolean => {
  let from = index;
  while (from > start && text.charCodeAt(from - 1) === ASTERISK) from -= 1;
  if (from === start || !isLetter(text.charCodeAt(from - 1))) return false;
  let end = index;
  while (text.charCodeAt(end) === ASTERISK) end += 1;
  return isLetter(text.charCodeAt(end)) || end - from >= 2;
};

/** Where a tokenize call stands; one object per call rather than a closure per call. */
interface Scan {
  readonly text: string;
  readonly lowerText: string | undefined;
  readonly lookup: WordLookup;
  readonly tokens: Token[];
  sentence: number;
  clause: number;
  previousEnd: number;
  lowerCase: boolean;
}

// Words whose period is an abbreviation's: after a title it never ends a sentence ("Mr. Lee");
// after a company suffix only when a capital follows ("Acme Inc. twice" goes on, "Inc. Then" ends).
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'approx', 'dept', 'acct']);
const SUFFIXES = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'etc']);

/** Whether the gap before the word at `start` is only an abbreviation's period and spaces. */
const abbreviated = (scan: Scan, start: number): boolean => {
  const { text, previousEnd } = scan;
  if (text.charCodeAt(previousEnd) !== 46 || text.slice(previousEnd + 1, start).trim() !== '') {
    return false;
  }
  const previous = scan.tokens[scan.tokens.length - 1]?.info.word ?? '';
  if (TITLES.has(previous)) return true;
  const first = text.charAt(start);
  return SUFFIXES.has(previous) && first !== first.toUpperCase();
};

/** Adds the word text[start, end) to the scan, after the sentence and clause breaks before it. */
const emit = (
  scan: Scan,
  start: number,
  end: number,
  hash: number | undefined,
  shout: boolean,
  lower: boolean,
): void => {
  const { text, tokens } = scan;
  if (lower) scan.lowerCase = true;
  // A single space between words (the common case) breaks nothing.
  const { previousEnd } = scan;
  const plainGap = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
  if (tokens.length > 0 && start > previousEnd && !plainGap) {
    const kind = abbreviated(scan, start) ? 0 : breakAt(text, previousEnd, start);
    if (kind === 2) scan.sentence += 1;
    if (kind > 0) scan.clause += 1;
  }
  const info = scan.lookup(text, scan.lowerText, start, end, hash);
  if (info.contrast && CLAUSE_WORDS.has(info.word)) scan.clause += 1;
  tokens.push({ info, start, end, sentence: scan.sentence, clause: scan.clause, shout });
  scan.previousEnd = end;
};

/**
 * Splits text into words with offsets. `lookup` maps a lower-cased word to what is known about
 * it (the detector's cached word table), passed in so this function stays pure. Emoji and ASCII
 * emoticons are words too. `hashtag`, when given, says where the words of a run such as
 * "#WorstAirlineEver" begin (offsets inside it); each becomes a word of its own.
 */
const tokenize = (
  text: string,
  lookup: WordLookup,
  hashtag?: (raw: string) => readonly number[],
): Token[] => {
  const length = text.length;
  // Lower-casing the whole text once is cheaper than per word; some characters change length
  // when lower-cased ("İ"), and then offsets would shift, so that text takes the slow path.
  const folded = text.toLowerCase();
  const scan: Scan = {
    text,
    lowerText: folded.length === length ? folded : undefined,
    lookup,
    tokens: [],
    sentence: 0,
    clause: 0,
    previousEnd: 0,
    lowerCase: false,
  };
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (!isWordChar(code)) {
      const symbolEnd =
        code >= 0xa9
          ? emojiEnd(text, index)
          : EMOTICON_START[code] === 1
            ? emoticonEnd(text, index)
            : index;
      if (symbolEnd > index) emit(scan, index, symbolEnd, undefined, false, false);
      index = Math.max(index + 1, symbolEnd);
      continue;
    }
    const start = index;
    let hash = FNV_OFFSET;
    let ascii = true;
    let upper = false;
    let lowerCase = false;
    while (index < length) {
      let char = text.charCodeAt(index);
      // ASCII letters and digits, nearly every character of a word, take one table lookup.
      const folded = char < 128 ? (ASCII_FOLD[char] ?? 0) : 0;
      if (folded !== 0) {
        if (folded !== char) upper = true;
        else if (char >= 97) lowerCase = true;
        hash = Math.imul(hash ^ folded, FNV_PRIME);
        index += 1;
        continue;
      }
      if (!isWordChar(char)) {
        const apostrophe =
          (char === 39 || char === 0x2019) && index > start && isLetter(text.charCodeAt(index + 1));
        if (!apostrophe && !(char === ASTERISK && isMasking(text, start, index))) break;
        if (char === 0x2019) ascii = false;
      }
      if (char >= 65 && char <= 90) {
        upper = true;
        char += 32;
      } else if (char >= 97 && char <= 122) lowerCase = true;
      else if (char > 127) ascii = false;
      hash = Math.imul(hash ^ char, FNV_PRIME);
      index += 1;
    }
    let shout = upper && !lowerCase && index - start >= 2;
    let lower = lowerCase;
    if (!ascii) {
      const raw = text.slice(start, index);
      shout = raw !== raw.toLowerCase() && index - start >= 2 && raw === raw.toUpperCase();
      lower = raw !== raw.toUpperCase();
    }
    const inner =
      hashtag !== undefined && start > 0 && text.charCodeAt(start - 1) === 35
        ? hashtag(text.slice(start, index))
        : NO_BOUNDARIES;
    if (inner.length === 0) {
      // 30 bits: a small integer, never negative (the word table marks empty slots with -1).
      emit(scan, start, index, ascii ? hash & 0x3fffffff : undefined, shout, lower);
      continue;
    }
    let from = start;
    for (const offset of [...inner, index - start]) {
      emit(scan, from, start + offset, undefined, shout, lower);
      from = start + offset;
    }
  }
  // Capitals are shouting only against lower case: a message typed all in capitals is not.
  const { tokens } = scan;
  return scan.lowerCase
    ? tokens
    : tokens.map((token) => (token.shout ? { ...token, shout: false } : token));
};

/** The normal form of a lower-cased word: straight apostrophes, shorthand spelled out. */
const normalizeWord = (lower: string): string => {
  const straight = lower.includes('’') ? lower.replaceAll('’', "'") : lower;
  return SHORTHAND.get(straight) ?? straight;
};

export { normalizeWord, tokenize };
export type { Token, WordInfo, WordLookup };
