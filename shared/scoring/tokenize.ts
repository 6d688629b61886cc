import type { Count } from './numbers.js';

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
  readonly count: Count | undefined;
  /** AFINN-165 valence, 0 when the word has none. */
  readonly valence: number;
  readonly negator: boolean;
  /** Indexes of the rules whose pattern starts with this word (see rule-index.ts). */
  readonly anchored: readonly number[];
  /** Indexes of the rules whose key (a word they cannot match without) this word is. */
  readonly keyed: readonly number[];
  /** Ids of the unless/requires patterns that start with this word. */
  readonly conditions: readonly number[];
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

const isWordChar = (char: number): boolean =>
  char < 0x250 ? LATIN[char] !== 0 : LETTER_OR_DIGIT.test(String.fromCharCode(char));

const isLetter = (char: number): boolean =>
  char < 0x250 ? LATIN[char] === 1 : char > 0 && LETTER.test(String.fromCharCode(char));

const SENTENCE_CHARS = new Set(Array.from('.!?;\n', (char) => char.charCodeAt(0)));
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

/**
 * Splits text into words with offsets. `lookup` maps a lower-cased word to what is known about
 * it (the detector's cached word table), passed in so this function stays pure.
 */
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

/**
 * Splits text into words with offsets. `lookup` maps a lower-cased word to what is known about
 * it (the detector's cached word table), passed in so this function stays pure.
 */
const tokenize = (text: string, lookup: WordLookup): Token[] => {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  const length = text.length;
  // Lower-casing the whole text once is cheaper than per word; some characters change length
  // when lower-cased ("İ"), and then offsets would shift, so that text takes the slow path.
  const folded = text.toLowerCase();
  const lowerText = folded.length === length ? folded : undefined;
  let index = 0;
  while (index < length) {
    if (!isWordChar(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const start = index;
    let hash = FNV_OFFSET;
    let ascii = true;
    let upper = false;
    let lowerCase = false;
    while (index < length) {
      let char = text.charCodeAt(index);
      if (!isWordChar(char)) {
        if (!(
          (char === 39 || char === 0x2019) &&
          index > start &&
          isLetter(text.charCodeAt(index + 1))
        )) {
          break;
        }
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
    // A single space between words (the common case) breaks nothing.
    const plainGap = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    if (tokens.length > 0 && start > previousEnd && !plainGap) {
      const kind = breakAt(text, previousEnd, start);
      if (kind === 2) sentence += 1;
      if (kind > 0) clause += 1;
    }
    // Small-integer keys stay unboxed in the word table's Map.
    const info = lookup(text, lowerText, start, index, ascii ? hash & 0x3fffffff : undefined);
    const { word } = info;
    if (word === 'but' || word === 'although' || word === 'though') clause += 1;
    let shout = upper && !lowerCase && index - start >= 2;
    if (!ascii) {
      const raw = text.slice(start, index);
      shout = raw !== info.lower && index - start >= 2 && raw === raw.toUpperCase();
    }
    tokens.push({
      info,
      start,
      end: index,
      sentence,
      clause,
      shout,
    });
    previousEnd = index;
  }
  return tokens;
};

/** The normal form of a lower-cased word: straight apostrophes, shorthand spelled out. */
const normalizeWord = (lower: string): string => {
  const straight = lower.includes('’') ? lower.replaceAll('’', "'") : lower;
  return SHORTHAND.get(straight) ?? straight;
};

export { normalizeWord, tokenize };
export type { Token, WordInfo, WordLookup };
