import { NEGATORS } from './guards.js';
import type { CompiledRule } from './lexicon.js';
import { anchorsOf, compilePattern, matchAt, occursIn } from './pattern.js';
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

/** Compiles every rule once; `find` then costs a map lookup or two per token. */
const buildRuleIndex = (specs: readonly RuleSpec[], stem: (word: string) => string): RuleIndex => {
  const byStem = new Map<string, CompiledRule[]>();
  const byWord = new Map<string, CompiledRule[]>();
  const counted: CompiledRule[] = [];
  for (const spec of specs) {
    const rule = compileRule(spec, stem);
    const anchors = anchorsOf(rule.pattern);
    for (const key of anchors.stems) push(byStem, key, rule);
    for (const key of anchors.words) push(byWord, key, rule);
    if (anchors.counted) counted.push(rule);
  }
  const holds = (rule: CompiledRule, tokens: readonly Token[], at: number): boolean => {
    if (rule.unless.length === 0 && rule.requires === undefined) return true;
    const [from, to] = sentenceBounds(tokens, at);
    if (rule.unless.some((pattern) => occursIn(pattern, tokens, from, to))) return false;
    return rule.requires === undefined || occursIn(rule.requires, tokens, from, to);
  };
  const find = (tokens: readonly Token[]): Match[] => {
    const matches: Match[] = [];
    const tryRules = (rules: readonly CompiledRule[] | undefined, at: number): void => {
      if (rules === undefined) return;
      for (const rule of rules) {
        const end = matchAt(rule.pattern, tokens, at);
        if (end > at && holds(rule, tokens, at)) matches.push({ rule, start: at, end });
      }
    };
    tokens.forEach((token, at) => {
      tryRules(byStem.get(token.stem), at);
      const exact = byWord.get(token.word);
      if (exact !== undefined) tryRules(exact, at);
      if (token.count !== undefined) tryRules(counted, at);
    });
    return matches;
  };
  return { find };
};

export { buildRuleIndex };
export type { Match, RuleIndex };
