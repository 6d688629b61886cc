import { parseCount, type Count } from './numbers.js';

/** One word of customer text, with its offsets into the text it came from. */
interface Token {
  /** Lower-cased, apostrophes straightened, chat shorthand expanded ("dont" -> "don't"). */
  readonly word: string;
  /** Porter stem of `word`, or of the keyword it is a misspelling of. */
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  /** Sentence number: a match never spans two sentences. */
  readonly sentence: number;
  /** Clause number inside the text: commas, colons, dashes and "but" start a new clause. */
  readonly clause: number;
  /** Written in capitals (two letters or more): shouting. */
  readonly shout: boolean;
  readonly count: Count | undefined;
}

// Hyphens split words ("re-explaining" is "re" + "explaining"); apostrophes inside a word do not.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const SENTENCE_BREAK = /[.!?;\n]/;
const CLAUSE_BREAK = /[,:()"“”–—]|\s-\s/;

/** Chat shorthand and apostrophe-less contractions, spelled out so one pattern covers both. */
const SHORTHAND: Readonly<Record<string, string>> = {
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
};

/**
 * Splits text into words with offsets. `stem` maps a normalized word to its stem; it is the
 * detector's (cached, misspelling-aware) stemmer, passed in so this function stays pure.
 */
const tokenize = (text: string, stem: (word: string) => string): Token[] => {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    if (tokens.length > 0 && SENTENCE_BREAK.test(gap)) {
      sentence += 1;
      clause += 1;
    } else if (tokens.length > 0 && CLAUSE_BREAK.test(gap)) {
      clause += 1;
    }
    const lower = raw.toLowerCase().replaceAll('’', "'");
    const word = SHORTHAND[lower] ?? lower;
    if (word === 'but' || word === 'although' || word === 'though') clause += 1;
    tokens.push({
      word,
      stem: stem(word),
      start,
      end: start + raw.length,
      sentence,
      clause,
      shout: raw.length >= 2 && raw !== lower && raw === raw.toUpperCase() && /\p{L}/u.test(raw),
      count: parseCount(word),
    });
    previousEnd = start + raw.length;
  }
  return tokens;
};

export { tokenize };
export type { Token };
