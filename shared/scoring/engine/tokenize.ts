import type { Count } from './numbers.js';
import { EMOTICONS_BY_FIRST } from './symbols.js';
import { NEGATORS } from './vocabulary.js';

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
  /** Bits of the caller's word lists this word is in (see createWordTable's `classesOf`). */
  readonly classes: number;
  /** A title ("Mr") or company suffix ("Inc") whose period may not end the sentence. */
  readonly abbreviation: 'title' | 'suffix' | undefined;
  /** A word that turns the next rated word up ("very") or down ("slightly"). */
  readonly emphasis: 'boost' | 'dampen' | undefined;
}

/** An ASCII word as written: what it means, and what its capitals say (see casingOf). */
interface Spelling {
  readonly info: WordInfo;
  readonly shout: boolean;
  /** Has a lower-case letter: the text is not all capitals. */
  readonly lower: boolean;
  /**
   * `info.entry`, and whether the word opens a clause ("but"): what emitting a token needs of
   * the word, at hand here so that tokenizing never has to load the WordInfo itself.
   */
  readonly entry: number;
  readonly opensClause: boolean;
}

/** What the tokenizer asks the word table (the detector's cache) for each word. */
interface WordLookup {
  /**
   * The ASCII word text[start, end) as written (the common case, looked up without allocating
   * or lower-casing), by the FNV-1a hash of its characters and its last eight characters packed
   * four to an integer, a byte each: `last` holds the final four, `before` the four before them
   * (zeros for a shorter word). Those and its length are the whole word when it has at most
   * eight characters, most words: the table need not compare its characters again.
   */
  readonly spelled: (
    text: string,
    start: number,
    end: number,
    hash: number,
    last: number,
    before: number,
  ) => Spelling;
  /** Any other word (accented, an emoji, a piece of a hashtag), lower-cased. */
  readonly word: (lower: string) => WordInfo;
}

/** One word of customer text, with its offsets into the text it came from. */
interface Token {
  readonly start: number;
  readonly end: number;
  /** Sentence number: a match never spans two sentences. */
  readonly sentence: number;
  /**
   * Clause number inside the text: commas, colons, dashes, quotation marks and "but" start a new
   * clause; brackets do not.
   */
  readonly clause: number;
  /** Written in capitals (two letters or more): shouting. */
  readonly shout: boolean;
  readonly info: WordInfo;
  /** `info.entry`, at hand in the token: the rule search reads it for every word, twice. */
  readonly entry: number;
}

// Words are runs of letters and digits; an apostrophe followed by a letter stays inside a word
// ("don't"), hyphens split ("re-explaining" is "re" + "explaining"). A hand-written scanner:
// the equivalent Unicode regular expression was a fifth of the detector's time.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

// Character classes below U+0250 by table lookup (1 letter, 2 digit); above it, Unicode.
const LATIN = new Uint8Array(0x250);
for (let char = 0; char < 0x250; char += 1) {
  const text = String.fromCharCode(char);
  if (/\p{L}/u.test(text)) LATIN[char] = 1;
  else if (/\p{N}/u.test(text) && char < 128) LATIN[char] = 2;
}

/**
 * ASCII letters and digits, which a word hashes as written (its spelling's casing is worked out
 * once, by the word table): nothing but a hash step per character. Tested by range, not by a
 * table: a table at module level is a `var` once bundled, loaded and checked on every character.
 * `char | 32` lower-cases an ASCII letter; `>>> 0` turns a code below the range into a large one.
 */
const isAsciiWordChar = (char: number): boolean =>
  ((char | 32) - 97) >>> 0 < 26 || (char - 48) >>> 0 < 10;

const isWordChar = (char: number): boolean =>
  char < 0x250 ? LATIN[char] !== 0 : LETTER_OR_DIGIT.test(String.fromCharCode(char));

const isLetter = (char: number): boolean =>
  char < 0x250 ? LATIN[char] === 1 : char > 0 && LETTER.test(String.fromCharCode(char));

// What a character between two words says, by code below 128 (a table: gaps are looked at
// between most words); the few wider clause characters by set.
const SENTENCE_END = 2;
const CLAUSE_BREAK = 1;
const DASH = 3;
// The two characters an amount may carry between its digits (character codes).
const PERIOD = 46;
const COMMA = 44;
const GAP_KINDS = new Uint8Array(128);
for (const char of '/.!?;\n') GAP_KINDS[char.charCodeAt(0)] = SENTENCE_END;
// Brackets break nothing: an aside is read with its clause ("the warranty (which I paid for) is
// void" keeps the warranty in the clause of "void"; in the tune split, breaking at brackets
// lost several times more exceptions that applied across one than it kept that did not).
for (const char of ',:"') GAP_KINDS[char.charCodeAt(0)] = CLAUSE_BREAK;
GAP_KINDS[45] = DASH;
const WIDE_CLAUSE_CHARS = new Set(Array.from('“”–—', (char) => char.charCodeAt(0)));

/**
 * Chat shorthand and apostrophe-less contractions, spelled out so one pattern covers both. Every
 * negating contraction of the vocabulary is among them typed without its apostrophe ("didnt",
 * "hadnt"), so a negator typed that way negates too.
 */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ...[...NEGATORS]
    .filter((word) => word.length > 3 && word.endsWith("n't"))
    .map((word): [string, string] => [word.replace("'", ''), word]),
  ...Object.entries({
    im: "i'm",
    ive: "i've",
    cannot: "can't",
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
]);

// A digit, or the X with which redacted amounts are written ("{$XXXX.00}").
const isFigure = (char: number): boolean => (char >= 48 && char <= 57) || char === 88;

/**
 * Inside an amount a period or comma is a decimal point or a thousands separator ("{$170.00}",
 * "1,200"), not the end of a sentence or a clause. (A date is one word already.)
 */
const insideNumber = (text: string, index: number): boolean =>
  isFigure(text.charCodeAt(index - 1)) && isFigure(text.charCodeAt(index + 1));

/** Whether the gap text[from, to) between two words ends a sentence (2), a clause (1) or neither. */
const breakAt = (text: string, from: number, to: number): 0 | 1 | 2 => {
  let found: 0 | 1 | 2 = 0;
  for (let index = from; index < to; index += 1) {
    const char = text.charCodeAt(index);
    const kind = char < 128 ? GAP_KINDS[char] : WIDE_CLAUSE_CHARS.has(char) ? CLAUSE_BREAK : 0;
    if (kind === SENTENCE_END) {
      if (char !== PERIOD || !insideNumber(text, index)) return 2;
    } else if (kind === CLAUSE_BREAK) {
      if (char !== COMMA || !insideNumber(text, index)) found = 1;
    }
    // A dash between spaces separates clauses; one inside a word ("re-explain") does not.
    else if (kind === DASH && text.charCodeAt(index - 1) === 32) found = 1;
  }
  return found;
};

/** Whether a character is white space, as \s matches it (by code for ASCII). */
const isSpace = (char: number): boolean =>
  char < 128
    ? char === 32 || (char >= 9 && char <= 13)
    : WHITE_SPACE.test(String.fromCharCode(char));

/** Whether text[from, to) is all white space (as String.prototype.trim sees it), without a copy. */
const isBlank = (text: string, from: number, to: number): boolean => {
  for (let index = from; index < to; index += 1) {
    if (!isSpace(text.charCodeAt(index))) return false;
  }
  return true;
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
  // Emoticons start with "," or ";" too: most such characters end a word and are turned down
  // here, by code, before any lookup.
  if (index > 0 && !isSpace(text.charCodeAt(index - 1))) return index;
  const candidates = EMOTICONS_BY_FIRST.get(text.charCodeAt(index));
  if (candidates === undefined) return index;
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
// The characters trim() removes: white space and line terminators, as \s matches them.
const WHITE_SPACE = /\s/;
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

const SLASH = 47;
const isDateChar = (code: number): boolean =>
  (code >= 48 && code <= 57) || code === 88 || code === 120;

/**
 * Whether the slash at `index` joins the parts of a date begun at `start` ("XX/XX/23",
 * "5/12/2023", "24/7"): digits or redaction X's on both sides. A date is one word, so its year
 * ("23") is never read as a count ("on XX/XX/23 I called" is not 23 calls).
 */
const continuesDate = (text: string, start: number, index: number): boolean => {
  if (!isDateChar(text.charCodeAt(index + 1))) return false;
  for (let at = start; at < index; at += 1) {
    const code = text.charCodeAt(at);
    if (!isDateChar(code) && code !== SLASH) return false;
  }
  return true;
};

// A web or e-mail address, in printable ASCII: "www.example.gov", "https://example.com/help",
// "help@example.org", "example.com". A name without "www." or a scheme ends in one of the common
// suffixes only: "called them.Us" is two words typed without a space.
const ADDRESS =
  /^(?:(?:https?:\/\/|www\.)[!-~]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|gov|edu)(?:[/?#][!-~]*)?)$/i;
// What may end an address but is the sentence's: "write to help@example.org." or "(example.com)".
const ADDRESS_TRAILING = /[.,;:!?)\]}"'>]+$/;

/**
 * Where the web or e-mail address begun at `start` ends, or -1 when the word there starts none.
 * An address is one word: its periods end no sentence ("www.ftc.gov" is not the FTC, followed by
 * two sentences), and no rule reads the names inside it. A period between words typed without a
 * space ("about.was") starts no address. The scan keeps the last answer, so that each piece of
 * one address does not look for it again.
 */
const addressEnd = (scan: Scan, start: number): number => {
  if (start === scan.addressStart) return scan.addressStop;
  const { text } = scan;
  scan.addressStart = start;
  scan.addressStop = -1;
  let end = start;
  while (end < text.length) {
    const char = text.charCodeAt(end);
    if (char <= 32 || char > 126 || char === 40 || char === 60) break;
    end += 1;
  }
  const run = text.slice(start, end).replace(ADDRESS_TRAILING, '');
  if (ADDRESS.test(run)) scan.addressStop = start + run.length;
  return scan.addressStop;
};

/**
 * Joins the word text[start, end) to the word before when the two are pieces of one address
 * glued by its punctuation ("www" "." "ftc"): the last token then spans both; whether it did.
 * Called only for a gap that is not a plain space, before that gap can end a sentence.
 */
const gluesAddress = (scan: Scan, start: number, end: number): boolean => {
  const { text, tokens } = scan;
  for (let at = scan.previousEnd; at < start; at += 1) {
    const char = text.charCodeAt(at);
    if (char <= 32 || char >= 127) return false;
  }
  const last = tokens[tokens.length - 1];
  if (last === undefined || addressEnd(scan, last.start) < end) return false;
  const info = scan.lookup.word(text.slice(last.start, end).toLowerCase());
  tokens[tokens.length - 1] = { ...last, info, end, shout: false, entry: info.entry };
  scan.previousEnd = end;
  return true;
};

/** Where a tokenize call stands; one object per call rather than a closure per call. */
interface Scan {
  readonly text: string;
  readonly tokens: Token[];
  readonly lookup: WordLookup;
  sentence: number;
  clause: number;
  previousEnd: number;
  lowerCase: boolean;
  /** The start of the last word looked at as an address (see addressEnd), and where it ends. */
  addressStart: number;
  addressStop: number;
}

// Words whose period is an abbreviation's: after a title it never ends a sentence ("Mr. Lee");
// after a company suffix only when a capital follows ("Acme Inc. twice" goes on, "Inc. Then" ends).
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'vs', 'approx', 'dept', 'acct']);
const SUFFIXES = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'etc']);

/** Whether a period after `word` (a normalized word) may be an abbreviation's. */
const abbreviationOf = (word: string): WordInfo['abbreviation'] =>
  TITLES.has(word) ? 'title' : SUFFIXES.has(word) ? 'suffix' : undefined;

/** Whether the gap before the word at `start` is only an abbreviation's period and spaces. */
const abbreviated = (scan: Scan, start: number): boolean => {
  const { text, previousEnd } = scan;
  if (text.charCodeAt(previousEnd) !== 46 || !isBlank(text, previousEnd + 1, start)) return false;
  // The word's own field, set once per distinct word: no set lookup by its text per period.
  const previous = scan.tokens[scan.tokens.length - 1]?.info.abbreviation;
  if (previous === 'title') return true;
  const first = text.charAt(start);
  return previous === 'suffix' && first !== first.toUpperCase();
};

/** Adds the word text[start, end) to the scan, after the sentence and clause breaks before it. */
const emit = (scan: Scan, start: number, end: number, spelling: Spelling): void => {
  const { text, tokens } = scan;
  if (spelling.lower) scan.lowerCase = true;
  // A single space between words (the common case) breaks nothing.
  const { previousEnd } = scan;
  const plainGap = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
  if (tokens.length > 0 && start > previousEnd && !plainGap) {
    // The pieces of a web or e-mail address, glued by its punctuation, are one word.
    if (text.charCodeAt(start - 1) !== 32 && gluesAddress(scan, start, end)) return;
    // An abbreviation's period would end the sentence: it is looked for only then.
    const kind = breakAt(text, previousEnd, start);
    const endsSentence = kind === 2 && !abbreviated(scan, start);
    if (endsSentence) scan.sentence += 1;
    if (endsSentence || kind === 1) scan.clause += 1;
  }
  if (spelling.opensClause) scan.clause += 1;
  const { sentence, clause } = scan;
  const { info, shout, entry } = spelling;
  tokens.push({ info, start, end, sentence, clause, shout, entry });
  scan.previousEnd = end;
};

/**
 * Emits the emoji or emoticon at `index`, if one starts there; returns where the scan goes on.
 * The rare paths of tokenize live in functions of their own, which keeps its hot loop small.
 */
const skipSymbol = (scan: Scan, index: number, lookup: WordLookup): number => {
  const { text } = scan;
  const code = text.charCodeAt(index);
  const symbolEnd =
    code >= 0xa9
      ? emojiEnd(text, index)
      : EMOTICON_START[code] === 1
        ? emoticonEnd(text, index)
        : index;
  if (symbolEnd <= index) return index + 1;
  const symbol = lookup.word(text.slice(index, symbolEnd).toLowerCase());
  emit(scan, index, symbolEnd, spellingOf(symbol, false, false));
  return symbolEnd;
};

/**
 * Whether `char`, the character at `index` and neither an ASCII letter nor a digit, continues the
 * word begun at `start`: a letter or digit beyond ASCII, an apostrophe before a letter ("don't"),
 * an asterisk masking letters ("sh*t") or a date's slash ("5/12/2023").
 */
const continuesWord = (text: string, start: number, index: number, char: number): boolean => {
  if (char > 127 && isWordChar(char)) return true;
  if (char === 39 || char === 0x2019) return index > start && isLetter(text.charCodeAt(index + 1));
  if (char === ASTERISK) return isMasking(text, start, index);
  return char === SLASH && continuesDate(text, start, index);
};

/**
 * Emits a word that is not looked up as written: with letters beyond ASCII, or a hashtag's run
 * split at `inner` (offsets inside it), each piece a word of its own sharing the run's casing.
 */
const emitPieces = (
  scan: Scan,
  start: number,
  end: number,
  inner: readonly number[],
  ascii: boolean,
  lookup: WordLookup,
): void => {
  const { text } = scan;
  const raw = text.slice(start, end);
  const { shout, lower } = ascii ? casingOf(raw) : unicodeCasingOf(raw);
  let from = start;
  for (const offset of [...inner, end - start]) {
    const piece = lookup.word(text.slice(from, start + offset).toLowerCase());
    emit(scan, from, start + offset, spellingOf(piece, shout, lower));
    from = start + offset;
  }
};

/**
 * Splits text into words with offsets. `lookup` maps a word to what is known about it (the
 * detector's cached word table), passed in so this function stays pure. Emoji and ASCII
 * emoticons are words too. `hashtag`, when given, says where the words of a run such as
 * "#WorstAirlineEver" begin (offsets inside it); each becomes a word of its own.
 */
const tokenize = (
  text: string,
  lookup: WordLookup,
  hashtag?: (raw: string) => readonly number[],
): Token[] => {
  const length = text.length;
  const scan: Scan = {
    text,
    tokens: [],
    lookup,
    sentence: 0,
    clause: 0,
    previousEnd: 0,
    lowerCase: false,
    addressStart: -1,
    addressStop: -1,
  };
  // FNV-1a's constants live here, not at module level: bundling turns a module's `const` into
  // `var`, which V8 then loads and converts to an integer again for every character.
  const fnvOffset = 0x811c9dc5 | 0;
  const fnvPrime = 0x01000193;
  // Where a word right after a "#" would start: every "#" before a word passes through the
  // symbol branch below, so the character before a word is never read again.
  let afterHash = -1;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    // Most gaps are a single space.
    if (code === 32) {
      index += 1;
      continue;
    }
    // Most words start with an ASCII letter or digit, known by range without the table.
    if (!isAsciiWordChar(code) && !isWordChar(code)) {
      if (code === 35) afterHash = index + 1;
      index = skipSymbol(scan, index, lookup);
      continue;
    }
    const start = index;
    let hash = fnvOffset;
    let last = 0;
    let before = 0;
    let ascii = true;
    // The character that ends the word, most often a space.
    let char = 0;
    while (index < length) {
      char = text.charCodeAt(index);
      // ASCII letters and digits, nearly every character of a word, skip straight to the hash.
      if (!isAsciiWordChar(char)) {
        if (!continuesWord(text, start, index, char)) break;
        if (char > 127) ascii = false;
      }
      hash = Math.imul(hash ^ char, fnvPrime);
      before = (before << 8) | (last >>> 24);
      last = (last << 8) | char;
      index += 1;
    }
    const inner =
      hashtag !== undefined && start === afterHash
        ? hashtag(text.slice(start, index))
        : NO_BOUNDARIES;
    if (inner.length === 0 && ascii) {
      // 30 bits of the hash: a small integer, kept as is in a plain array.
      const spelling = lookup.spelled(text, start, index, hash & 0x3fffffff, last, before);
      emit(scan, start, index, spelling);
      // A space after a word is passed here, not read again by the loop.
      if (char === 32) index += 1;
      continue;
    }
    emitPieces(scan, start, index, inner, ascii, lookup);
  }
  // Capitals are shouting only against lower case: a message typed all in capitals is not.
  const { tokens } = scan;
  return scan.lowerCase
    ? tokens
    : tokens.map((token) => (token.shout ? { ...token, shout: false } : token));
};

/**
 * What the capitals of an ASCII word say: all capitals (two letters or more) is shouting; any
 * lower-case letter shows the text is not typed all in capitals.
 */
const casingOf = (raw: string): { shout: boolean; lower: boolean } => {
  let upper = false;
  let lower = false;
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw.charCodeAt(index);
    if (char >= 65 && char <= 90) upper = true;
    else if (char >= 97 && char <= 122) lower = true;
  }
  return { shout: upper && !lower && raw.length >= 2, lower };
};

/** casingOf for a word with letters beyond ASCII, by Unicode's case mappings. */
const unicodeCasingOf = (raw: string): { shout: boolean; lower: boolean } => ({
  shout: raw !== raw.toLowerCase() && raw.length >= 2 && raw === raw.toUpperCase(),
  lower: raw !== raw.toUpperCase(),
});

/** A word as written: what it is, its casing, and what emitting it needs (see Spelling). */
const spellingOf = (info: WordInfo, shout: boolean, lower: boolean): Spelling => ({
  info,
  shout,
  lower,
  entry: info.entry,
  opensClause: info.contrast && CLAUSE_WORDS.has(info.word),
});

/** The normal form of a lower-cased word: straight apostrophes, shorthand spelled out. */
const normalizeWord = (lower: string): string => {
  const straight = lower.includes('’') ? lower.replaceAll('’', "'") : lower;
  return SHORTHAND.get(straight) ?? straight;
};

export { abbreviationOf, casingOf, normalizeWord, spellingOf, tokenize };
export type { Spelling, Token, WordInfo, WordLookup };
