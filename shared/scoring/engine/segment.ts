/**
 * Splits a hashtag into the words it runs together: "WorstAirlineEver" at its capitals,
 * "worstcustomerservice" by the vocabulary it is given. Language only, no domain word: the
 * detector passes its vocabulary in.
 */

// A known word costs 1; an unknown stretch costs more the longer it is, so "deltanexttime" reads
// as "delta" + "next" + "time" rather than as one unknown word, and a tag with no known word
// at all stays whole.
const UNKNOWN_BASE = 2;
const UNKNOWN_PER_CHAR = 0.5;
const LONGEST_WORD = 20;

/** Offsets inside `raw` where its capitals start a new word ("TotalBS" -> [5]); [] when none. */
const camelBoundaries = (raw: string): number[] => {
  const boundaries: number[] = [];
  for (let index = 1; index < raw.length; index += 1) {
    const before = raw.charAt(index - 1);
    const here = raw.charAt(index);
    const lowerToUpper = /\p{Ll}/u.test(before) && /\p{Lu}/u.test(here);
    const letterDigit = /\p{L}/u.test(before) !== /\p{L}/u.test(here);
    if (lowerToUpper || letterDigit) boundaries.push(index);
  }
  return boundaries;
};

/**
 * The cheapest split of a lower-case run into words (dynamic programming over end offsets), as
 * inner boundary offsets; [] when the run is best left whole.
 */
const vocabularyBoundaries = (lower: string, isWord: (word: string) => boolean): number[] => {
  const length = lower.length;
  const cost = new Float64Array(length + 1).fill(Number.POSITIVE_INFINITY);
  const from = new Int32Array(length + 1).fill(-1);
  const known = new Uint8Array(length + 1);
  cost[0] = 0;
  for (let end = 1; end <= length; end += 1) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start += 1) {
      const before = cost[start] ?? Number.POSITIVE_INFINITY;
      if (!Number.isFinite(before)) continue;
      const piece = lower.slice(start, end);
      const isKnown = isWord(piece);
      const step = isKnown ? 1 : UNKNOWN_BASE + UNKNOWN_PER_CHAR * piece.length;
      if (before + step < (cost[end] ?? Number.POSITIVE_INFINITY)) {
        cost[end] = before + step;
        from[end] = start;
        known[end] = isKnown ? 1 : 0;
      }
    }
  }
  const boundaries: number[] = [];
  let anyKnown = false;
  for (let end = length; end > 0; end = from[end] ?? 0) {
    anyKnown ||= known[end] === 1;
    if ((from[end] ?? 0) > 0) boundaries.unshift(from[end] ?? 0);
  }
  return anyKnown ? boundaries : [];
};

/** Where a hashtag's words begin inside it: by its capitals when it has them, else by vocabulary. */
const hashtagBoundaries = (raw: string, isWord: (word: string) => boolean): number[] => {
  const camel = camelBoundaries(raw);
  if (camel.length > 0) return camel;
  // Shouted or lower-case alike: the words are found by the vocabulary.
  return vocabularyBoundaries(raw.toLowerCase(), isWord);
};

export { hashtagBoundaries };
