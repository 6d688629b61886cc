import {
  anchorDecides,
  anchorsOf,
  compilePattern,
  isClockTime,
  keyOf,
  matchAt,
  occursIn,
  programStoreOf,
  type Key,
  type Pattern,
} from './pattern.js';
import type { Token } from './tokenize.js';
import { createWordEntries, EMPTY_ENTRY } from './word-entries.js';

/**
 * What the matcher needs of a rule: a pattern and the conditions around it. It knows nothing of
 * what a rule means; callers extend this with their own fields and get their rule back in `spec`.
 */
interface MatchRule {
  readonly id: string;
  readonly pattern: string;
  /** The match is dropped when one of these patterns occurs in its clause (or sentence). */
  readonly unless?: string | readonly string[] | undefined;
  readonly unlessScope?: 'clause' | 'sentence' | undefined;
  /** The match counts only when this pattern also occurs in the same sentence. */
  readonly requires?: string | undefined;
}

/** A rule ready to run: its pattern and its sentence conditions, compiled once. */
interface CompiledRule<R extends MatchRule = MatchRule> {
  readonly spec: R;
  /** The caller's slot for the rule (e.g. its category): `find` skips settled slots. */
  readonly slot: number;
  readonly pattern: Pattern;
  /** Ids (in the index's condition list) of patterns that cancel a match. */
  readonly unless: readonly number[];
  /** Id of a pattern that must also occur in the sentence. */
  readonly requires: number | undefined;
  /** Whether the word the index finds the rule by surely starts a match (see anchorDecides). */
  readonly anchorDecides: boolean;
  /** One of these must occur in the text for the pattern to have a chance (see keyOf). */
  readonly key: Key | undefined;
}

/** A rule that matched tokens[start, end), with its conditions already checked. */
interface Match<R extends MatchRule = MatchRule> {
  readonly rule: CompiledRule<R>;
  readonly start: number;
  readonly end: number;
}

/** A match its conditions dropped: the `unless` pattern found in its clause, or `requires` missing. */
interface DroppedMatch<R extends MatchRule = MatchRule> extends Match<R> {
  readonly condition: string;
}

/** A condition written as one pattern or several. */
const listOf = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

/** Rules indexed by the stem (or exact word, or count) their pattern starts with. */
interface RuleIndex<R extends MatchRule = MatchRule> {
  /**
   * What the index needs of a word, computed once per distinct word (the word table keeps the
   * number): where its rule lists start in the index's own store, 0 for a word no rule or
   * condition mentions (most words).
   */
  readonly entryFor: (stem: string, word: string, counted: boolean, swear: boolean) => number;
  /**
   * Calls `onMatch` for each match in text order, skipping rules whose signal is already
   * settled (`settled[signal] === round`: one hit per category is all a decision needs, so long
   * transcripts stop early).
   */
  readonly find: (
    tokens: readonly Token[],
    settled: Uint32Array,
    round: number,
    onMatch: (match: Match<R>) => void,
    onDropped?: (dropped: DroppedMatch<R>) => void,
  ) => void;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

/** Compiles unless/requires patterns once each, into one list shared by all rules. */
const conditionList = (stem: (word: string) => string) => {
  const patterns: Pattern[] = [];
  const ids = new Map<string, number>();
  const idOf = (source: string): number => {
    const known = ids.get(source);
    if (known !== undefined) return known;
    patterns.push(compilePattern(source, stem));
    ids.set(source, patterns.length - 1);
    return patterns.length - 1;
  };
  return { patterns, idOf };
};

const compileRule = <R extends MatchRule>(
  spec: R,
  slot: number,
  stem: (word: string) => string,
  idOf: (source: string) => number,
): CompiledRule<R> => {
  const pattern = compilePattern(spec.pattern, stem);
  return {
    spec,
    slot,
    pattern,
    unless: listOf(spec.unless).map(idOf),
    requires: spec.requires === undefined ? undefined : idOf(spec.requires),
    key: keyOf(pattern),
    anchorDecides: anchorDecides(pattern),
  };
};

/** The sentence number of a token, or with `clause` its clause number; -1 past either end. */
const unitOf = (tokens: readonly Token[], index: number, clause: boolean): number => {
  const token = tokens[index];
  if (token === undefined) return -1;
  return clause ? token.clause : token.sentence;
};

/** Where the sentence (or, with `clause`, the clause) around token `at` starts. */
const unitStart = (tokens: readonly Token[], at: number, clause: boolean): number => {
  const own = unitOf(tokens, at, clause);
  let from = at;
  while (from > 0 && unitOf(tokens, from - 1, clause) === own) from -= 1;
  return from;
};

/** Where the sentence (or, with `clause`, the clause) around token `at` ends (exclusive). */
const unitEnd = (tokens: readonly Token[], at: number, clause: boolean): number => {
  const own = unitOf(tokens, at, clause);
  let to = at + 1;
  while (to < tokens.length && unitOf(tokens, to, clause) === own) to += 1;
  return to;
};

/**
 * The stamp after `stamp` for marks kept in `marks`; at the end of the 32-bit range the marks
 * are cleared and counting starts again, so an old mark never passes for a new one.
 */
const nextStamp = (stamp: number, marks: Uint32Array): number => {
  if (stamp < 0xffffffff) return stamp + 1;
  marks.fill(0);
  return 1;
};

/**
 * Compiles every rule once; `find` then looks at the few rules each word can start. `slotOf`
 * gives each rule the slot `find` checks against `settled` (0 when the caller never settles).
 */
const buildRuleIndex = <R extends MatchRule>(
  specs: readonly R[],
  stem: (word: string) => string,
  slotOf: (rule: R) => number = () => 0,
): RuleIndex<R> => {
  const conditions = conditionList(stem);
  const rules = specs.map((spec) => compileRule(spec, slotOf(spec), stem, conditions.idOf));
  const conditionStems = new Map<string, number[]>();
  const conditionWords = new Map<string, number[]>();
  // Conditions that start with a count can occur anywhere; the others only after their word.
  const unanchored = new Uint8Array(conditions.patterns.length);
  conditions.patterns.forEach((pattern, id) => {
    const anchors = anchorsOf(pattern);
    if (anchors.counted || anchors.swear) unanchored[id] = 1;
    for (const key of anchors.stems) push(conditionStems, key, id);
    for (const key of anchors.words) push(conditionWords, key, id);
  });
  // Stamps instead of fresh arrays per call (see find): rule `p`'s key occurs after the word
  // being looked at, in its sentence, when keyMarks[p] === sentenceStamp; a word of the unit
  // being checked can start condition `id` when conditionMarks[id] === unitStamp (see markUnit).
  // Invisible outside.
  const keyMarks = new Uint32Array(rules.length);
  const conditionMarks = new Uint32Array(conditions.patterns.length);
  let sentenceStamp = 0;
  const conditionPrograms = programStoreOf(conditions.patterns);
  // The words of tokens[markedFrom, markedTo) that can start a condition, marked with
  // `unitStamp` when a match's conditions are first checked there: most texts have no match
  // with conditions, and a clause has few words.
  let unitStamp = 0;
  let markedTokens: readonly Token[] | undefined;
  let markedFrom = 0;
  let markedTo = 0;
  const markUnit = (tokens: readonly Token[], from: number, to: number): void => {
    if (tokens === markedTokens && from === markedFrom && to === markedTo) return;
    markedTokens = tokens;
    markedFrom = from;
    markedTo = to;
    unitStamp = nextStamp(unitStamp, conditionMarks);
    const data = entries.data();
    for (let at = from; at < to; at += 1) {
      const entry = tokens[at]?.entry ?? EMPTY_ENTRY;
      if (entry === EMPTY_ENTRY) continue;
      const starts = entry + 3 + (data[entry] ?? 0) + (data[entry + 1] ?? 0);
      const end = starts + (data[entry + 2] ?? 0);
      for (let mark = starts; mark < end; mark += 1) conditionMarks[data[mark] ?? 0] = unitStamp;
    }
  };
  /** Whether condition `id` occurs in tokens[from, to), the unit last marked (see markUnit). */
  const occurs = (id: number, tokens: readonly Token[], from: number, to: number): boolean => {
    if (id >= conditions.patterns.length) return false;
    if (unanchored[id] === 0 && conditionMarks[id] !== unitStamp) return false;
    return occursIn(conditionPrograms, id, tokens, from, to);
  };
  /** The first of the rule's `unless` conditions found in tokens[from, to), or undefined. */
  const firstUnless = (
    rule: CompiledRule<R>,
    tokens: readonly Token[],
    from: number,
    to: number,
  ): number | undefined => {
    markUnit(tokens, from, to);
    for (const id of rule.unless) if (occurs(id, tokens, from, to)) return id;
    return undefined;
  };
  /** The condition that drops a match at `at` (its source text), or undefined when it holds. */
  const failedCondition = (
    rule: CompiledRule<R>,
    tokens: readonly Token[],
    at: number,
  ): string | undefined => {
    if (rule.unless.length > 0) {
      // `unless` speaks of the clause the phrase is in: "we're switching, we're not staying"
      // keeps its threat although "staying" would take back one in the same clause.
      const clause = rule.spec.unlessScope !== 'sentence';
      const from = unitStart(tokens, at, clause);
      const found = firstUnless(rule, tokens, from, unitEnd(tokens, at, clause));
      if (found !== undefined) return `unless "${conditions.patterns[found]?.source ?? ''}"`;
    }
    if (rule.requires === undefined) return undefined;
    const from = unitStart(tokens, at, false);
    const to = unitEnd(tokens, at, false);
    markUnit(tokens, from, to);
    return occurs(rule.requires, tokens, from, to)
      ? undefined
      : `requires "${conditions.patterns[rule.requires]?.source ?? ''}"`;
  };
  const byStem = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const counted: number[] = [];
  const swearing: number[] = [];
  rules.forEach((rule, position) => {
    const anchors = anchorsOf(rule.pattern);
    for (const key of anchors.stems) push(byStem, key, position);
    for (const key of anchors.words) push(byWord, key, position);
    if (anchors.counted) counted.push(position);
    if (anchors.swear) swearing.push(position);
  });
  const keyStems = new Map<string, number[]>();
  const keyWords = new Map<string, number[]>();
  // Rules without a key can always match.
  const keyless = new Uint8Array(rules.length);
  // Each rule's slot by position, so that a candidate is turned down without loading its rule;
  // its pattern is tried from the program store, the rule loaded only for a match.
  const slots = Uint32Array.from(rules, (rule) => rule.slot);
  const rulePrograms = programStoreOf(rules.map((rule) => rule.pattern));
  const decided = Uint8Array.from(rules, (rule) => (rule.anchorDecides ? 1 : 0));
  // Rules whose key is a class of words: any clock time, count or swear word marks them.
  const timeKeyed: number[] = [];
  const countKeyed: number[] = [];
  const swearKeyed: number[] = [];
  rules.forEach((rule, position) => {
    if (rule.key === undefined) keyless[position] = 1;
    for (const key of rule.key?.stems ?? []) push(keyStems, key, position);
    for (const key of rule.key?.words ?? []) push(keyWords, key, position);
    if (rule.key?.time === true) timeKeyed.push(position);
    if (rule.key?.counted === true) countKeyed.push(position);
    if (rule.key?.swear === true) swearKeyed.push(position);
  });
  const entries = createWordEntries();
  const entryFor = (stemmed: string, word: string, isCount: boolean, isSwear: boolean): number => {
    const anchored = new Set([
      ...(byStem.get(stemmed) ?? []),
      ...(byWord.get(word) ?? []),
      ...(isCount ? counted : []),
      ...(isSwear ? swearing : []),
    ]);
    const keyed = new Set([
      ...(keyStems.get(stemmed) ?? []),
      ...(keyWords.get(word) ?? []),
      ...(isClockTime(word) ? timeKeyed : []),
      ...(isCount ? countKeyed : []),
      ...(isSwear ? swearKeyed : []),
    ]);
    const starts = new Set([
      ...(conditionStems.get(stemmed) ?? []),
      ...(conditionWords.get(word) ?? []),
    ]);
    return entries.add(
      [...anchored].sort((a, b) => a - b),
      [...keyed],
      [...starts],
    );
  };
  // Candidates that passed the key filter, as pairs (token, rule position), gathered from the
  // last word back (see find); grown when a text has more.
  let pending = new Int32Array(64);
  const find = (
    tokens: readonly Token[],
    settled: Uint32Array,
    round: number,
    onMatch: (match: Match<R>) => void,
    onDropped?: (dropped: DroppedMatch<R>) => void,
  ): void => {
    // A rule's key is a required element after its first, and a match never crosses a
    // sentence: a match at word `at` needs a key word after it in its sentence. One pass from
    // the last word back tries each word's rules against the keys of the words after it (a new
    // stamp for each sentence), then marks its own keys; the candidates are then tried in text
    // order.
    markedTokens = undefined;
    const data = entries.data();
    let count = 0;
    let sentence = -1;
    for (let at = tokens.length - 1; at >= 0; at -= 1) {
      const token = tokens[at];
      if (token === undefined) continue;
      const { entry } = token;
      if (entry === EMPTY_ENTRY) continue;
      if (token.sentence !== sentence) {
        sentence = token.sentence;
        sentenceStamp = nextStamp(sentenceStamp, keyMarks);
      }
      const first = entry + 3;
      const from = first + (data[entry] ?? 0);
      // Gathered last to first, so that reading `pending` backwards gives text order.
      for (let candidate = from - 1; candidate >= first; candidate -= 1) {
        const position = data[candidate] ?? 0;
        if (keyless[position] === 0 && keyMarks[position] !== sentenceStamp) continue;
        if (count + 2 > pending.length) {
          const larger = new Int32Array(pending.length * 2);
          larger.set(pending);
          pending = larger;
        }
        pending[count] = at;
        pending[count + 1] = position;
        count += 2;
      }
      const to = from + (data[entry + 1] ?? 0);
      for (let mark = from; mark < to; mark += 1) keyMarks[data[mark] ?? 0] = sentenceStamp;
    }
    for (let next = count - 2; next >= 0; next -= 2) {
      const position = pending[next + 1] ?? 0;
      if (settled[slots[position] ?? 0] === round) continue;
      const at = pending[next] ?? 0;
      const end = matchAt(rulePrograms, position, tokens, at, decided[position] === 1);
      if (end <= at) continue;
      const rule = rules[position];
      if (rule === undefined) continue;
      const condition = failedCondition(rule, tokens, at);
      if (condition === undefined) onMatch({ rule, start: at, end });
      else onDropped?.({ rule, start: at, end, condition });
    }
  };
  return { entryFor, find };
};

export { buildRuleIndex, listOf, unitStart };
export type { CompiledRule, DroppedMatch, Match, MatchRule, RuleIndex };
