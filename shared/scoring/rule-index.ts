import { NEGATORS } from './guards.js';
import type { CompiledRule } from './lexicon.js';
import { anchorsOf, compilePattern, keyOf, matchAt, occursIn } from './pattern.js';
import type { RuleSpec } from './rules/rule.js';
import type { Token } from './tokenize.js';

/** A rule that matched tokens[start, end), with its sentence conditions already checked. */
interface Match {
  readonly rule: CompiledRule;
  readonly start: number;
  readonly end: number;
}

/** Rules indexed by the stem (or exact word, or count) their pattern starts with. */
interface RuleIndex {
  /** The rules (by index) a word can start: computed once per distinct word, in the word table. */
  readonly anchoredFor: (stem: string, word: string, counted: boolean) => number[];
  /** The rules (by index) whose key this word satisfies. */
  readonly keyedFor: (stem: string, word: string) => number[];
  readonly find: (tokens: readonly Token[]) => Match[];
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

const toList = (value: string | readonly string[] | undefined): readonly string[] =>
  value === undefined ? [] : typeof value === 'string' ? [value] : value;

const compileRule = (spec: RuleSpec, stem: (word: string) => string): CompiledRule => {
  const pattern = compilePattern(spec.pattern, stem);
  return {
    spec,
    pattern,
    unless: toList(spec.unless).map((source) => compilePattern(source, stem)),
    requires: spec.requires === undefined ? undefined : compilePattern(spec.requires, stem),
    negates: spec.pattern.split(/[\s|=]+/).some((word) => NEGATORS.has(word)),
    key: keyOf(pattern),
  };
};

/** Bounds of the sentence around token `at`. */
const sentenceBounds = (tokens: readonly Token[], at: number): [number, number] => {
  const sentence = tokens[at]?.sentence;
  let from = at;
  let to = at + 1;
  while (from > 0 && tokens[from - 1]?.sentence === sentence) from -= 1;
  while (to < tokens.length && tokens[to]?.sentence === sentence) to += 1;
  return [from, to];
};

const holds = (rule: CompiledRule, tokens: readonly Token[], at: number): boolean => {
  if (rule.unless.length === 0 && rule.requires === undefined) return true;
  const [from, to] = sentenceBounds(tokens, at);
  if (rule.unless.some((pattern) => occursIn(pattern, tokens, from, to))) return false;
  return rule.requires === undefined || occursIn(rule.requires, tokens, from, to);
};

/** Compiles every rule once; `find` then looks at the few rules each word can start. */
const buildRuleIndex = (specs: readonly RuleSpec[], stem: (word: string) => string): RuleIndex => {
  const rules = specs.map((spec) => compileRule(spec, stem));
  const byStem = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  const counted: number[] = [];
  rules.forEach((rule, position) => {
    const anchors = anchorsOf(rule.pattern);
    for (const key of anchors.stems) push(byStem, key, position);
    for (const key of anchors.words) push(byWord, key, position);
    if (anchors.counted) counted.push(position);
  });
  const keyStems = new Map<string, number[]>();
  const keyWords = new Map<string, number[]>();
  // Rules without a key can always match; a find starts from this template.
  const keyless = new Uint8Array(rules.length);
  rules.forEach((rule, position) => {
    if (rule.key === undefined) keyless[position] = 1;
    for (const key of rule.key?.stems ?? []) push(keyStems, key, position);
    for (const key of rule.key?.words ?? []) push(keyWords, key, position);
  });
  const keyedFor = (stemmed: string, word: string): number[] => [
    ...new Set([...(keyStems.get(stemmed) ?? []), ...(keyWords.get(word) ?? [])]),
  ];
  const anchoredFor = (stemmed: string, word: string, isCount: boolean): number[] =>
    [
      ...new Set([
        ...(byStem.get(stemmed) ?? []),
        ...(byWord.get(word) ?? []),
        ...(isCount ? counted : []),
      ]),
    ].sort((a, b) => a - b);
  const find = (tokens: readonly Token[]): Match[] => {
    const matches: Match[] = [];
    // One pass marks the rules whose key word occurs; only those are tried at their anchors.
    const possible = keyless.slice();
    for (const token of tokens) for (const position of token.info.keyed) possible[position] = 1;
    for (let at = 0; at < tokens.length; at += 1) {
      const anchored = tokens[at]?.info.anchored ?? [];
      for (const position of anchored) {
        const rule = rules[position];
        if (rule === undefined || possible[position] === 0) continue;
        const end = matchAt(rule.pattern, tokens, at);
        if (end > at && holds(rule, tokens, at)) matches.push({ rule, start: at, end });
      }
    }
    return matches;
  };
  return { anchoredFor, keyedFor, find };
};

export { buildRuleIndex };
export type { Match, RuleIndex };
