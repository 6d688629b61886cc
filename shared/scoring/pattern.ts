import type { Token } from './tokenize.js';

/**
 * A tiny phrase language over stemmed tokens, compiled once. Elements are separated by spaces:
 * - `cancel|terminate`: any of these words, compared by Porter stem (so "cancelling" matches);
 * - `=switching`: this exact word form, when the stem would be too broad ("switched" is past);
 * - `<time>`: a clock time ("6am"), `<n3>`: a count of at least 3 in digits or words, `<o3>` an ordinal of at least 3 ("4th",
 *   "fourth"), `*` any one word; alternatives mix freely (`<n3>|several`);
 * - a trailing `?` makes an element optional; `~N` skips up to N words.
 * A match never crosses a sentence. Plain phrases from the configuration are valid patterns.
 */
interface Element {
  readonly stems: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
  readonly minCount: number | undefined;
  readonly ordinalOnly: boolean;
  readonly any: boolean;
  readonly time: boolean;
  readonly optional: boolean;
  readonly gap: number;
}

interface Pattern {
  readonly source: string;
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

const parseElement = (part: string, stem: (word: string) => string): Element => {
  if (/^~\d+$/.test(part)) {
    const gap = Number(part.slice(1));
    return {
      stems: new Set(),
      words: new Set(),
      minCount: undefined,
      ordinalOnly: false,
      any: false,
      time: false,
      optional: true,
      gap,
    };
  }
  const optional = part.length > 1 && part.endsWith('?');
  const body = optional ? part.slice(0, -1) : part;
  const stems = new Set<string>();
  const words = new Set<string>();
  let minCount: number | undefined;
  let ordinalOnly = false;
  let any = false;
  let time = false;
  for (const alternative of body.toLowerCase().split('|')) {
    const klass = CLASS.exec(alternative);
    if (klass !== null) {
      minCount = Number(klass[2]);
      ordinalOnly = klass[1] === 'o';
    } else if (alternative === '<time>') time = true;
    else if (alternative === '*') any = true;
    else if (alternative.startsWith('=')) words.add(alternative.slice(1));
    else if (alternative !== '') stems.add(stem(alternative));
  }
  return { stems, words, minCount, ordinalOnly, any, time, optional, gap: 0 };
};

/** Compiles a pattern; `stem` must be the stemmer the tokens were made with. */
const compilePattern = (source: string, stem: (word: string) => string): Pattern => {
  const parts = source
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '');
  const elements = parts.map((part) => parseElement(part, stem));
  return { source, elements };
};

const accepts = (element: Element, token: Token): boolean => {
  if (element.any) return true;
  const { info } = token;
  if (element.stems.has(info.stem) || element.words.has(info.word)) return true;
  if (element.time && CLOCK.test(info.word)) return true;
  const { count } = info;
  if (element.minCount === undefined || count === undefined) return false;
  return count.value >= element.minCount && (!element.ordinalOnly || count.ordinal);
};

/** The exclusive end index of a match of `elements[from..]` at token `at`, or -1. */
const matchFrom = (
  elements: readonly Element[],
  from: number,
  tokens: readonly Token[],
  at: number,
  sentence: number,
): number => {
  const element = elements[from];
  if (element === undefined) return at;
  if (element.gap > 0) {
    for (let skip = 0; skip <= element.gap; skip += 1) {
      const skipped = tokens[at + skip - 1];
      if (skip > 0 && skipped?.sentence !== sentence) break;
      const end = matchFrom(elements, from + 1, tokens, at + skip, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (token?.sentence === sentence && accepts(element, token)) {
    const end = matchFrom(elements, from + 1, tokens, at + 1, sentence);
    if (end >= 0) return end;
  }
  return element.optional ? matchFrom(elements, from + 1, tokens, at, sentence) : -1;
};

/** Tries a pattern at one token; returns the exclusive end token index, or -1. */
const matchAt = (pattern: Pattern, tokens: readonly Token[], at: number): number => {
  const token = tokens[at];
  return token === undefined ? -1 : matchFrom(pattern.elements, 0, tokens, at, token.sentence);
};

/** Whether the pattern matches anywhere in tokens[from, to). */
const occursIn = (
  pattern: Pattern,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean => {
  for (let at = Math.max(0, from); at < Math.min(to, tokens.length); at += 1) {
    const end = matchAt(pattern, tokens, at);
    if (end >= 0 && end <= to) return true;
  }
  return false;
};

/** The keys under which a pattern is indexed by its first element (stems and exact words). */
const anchorsOf = (pattern: Pattern): { stems: string[]; words: string[]; counted: boolean } => {
  const first = pattern.elements[0];
  if (first === undefined || first.optional || first.any) {
    throw new Error(`pattern "${pattern.source}" must start with a required word or count`);
  }
  return {
    stems: [...first.stems],
    words: [...first.words],
    counted: first.minCount !== undefined,
  };
};

/**
 * The words of which at least one must appear for the pattern to match: the required element
 * (after the first) with the fewest alternatives. A cheap pre-check that skips most attempts.
 */
const keyOf = (
  pattern: Pattern,
): { stems: ReadonlySet<string>; words: ReadonlySet<string> } | undefined => {
  let best: Element | undefined;
  for (const element of pattern.elements.slice(1)) {
    if (element.optional || element.any || element.time || element.minCount !== undefined) continue;
    // A key that occurs in nearly every text ("the", "to") filters nothing.
    if ([...element.stems, ...element.words].some((word) => FUNCTION_WORDS.has(word))) continue;
    if (
      best === undefined ||
      element.stems.size + element.words.size < best.stems.size + best.words.size
    ) {
      best = element;
    }
  }
  return best === undefined ? undefined : { stems: best.stems, words: best.words };
};

export { anchorsOf, compilePattern, keyOf, matchAt, occursIn };
export type { Pattern };
