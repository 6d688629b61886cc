import type { DetectionConfig } from '../config/detection-schema.js';
import { PatternError } from '../errors.js';
import { keywordsOf, porter } from './engine/word-table.js';
import { listOf } from './engine/matcher.js';
import { anchorsOf, compilePattern, literalPattern } from './engine/pattern.js';
import { BUILT_IN_RULES } from './rules/index.js';
import type { RuleSignal, RuleSpec } from './rules/rule.js';

type Configurable = Pick<
  DetectionConfig,
  'phrases' | 'disabledPhrases' | 'competitors' | 'products'
>;

const BUILT_IN_IDS: ReadonlySet<string> = new Set(BUILT_IN_RULES.map((rule) => rule.id));

/** Rules generated from the configuration: extra phrases, competitor and product names. */
const configuredRules = (detection: Configurable): RuleSpec[] => {
  const specs: RuleSpec[] = [];
  for (const [category, phrases] of Object.entries(detection.phrases)) {
    phrases.forEach((pattern, position) => {
      specs.push({
        id: `config.phrases.${category}.${String(position)}`,
        signal: category as RuleSignal,
        pattern,
      });
    });
  }
  detection.competitors.forEach((name, position) => {
    specs.push({
      id: `config.competitors.${String(position)}`,
      signal: 'churn_threat',
      pattern: `switch|move|go|migrate|=leave|=leaving|jump ~3 to|for|with ${literalPattern(name)}`,
    });
  });
  detection.products.forEach((name, position) => {
    specs.push({
      id: `config.products.${String(position)}`,
      signal: 'business_impact',
      pattern: `${literalPattern(name)} ~3 down|offline|unavailable|unreachable|crashed|broken|=dead`,
    });
  });
  return specs;
};

/** The built-in rules less those switched off by id, plus the configured ones. */
const enabledRules = (detection: Configurable): RuleSpec[] => {
  const disabled = new Set(detection.disabledPhrases);
  return [
    ...BUILT_IN_RULES.filter((rule) => !disabled.has(rule.id)),
    ...configuredRules(detection),
  ];
};

/**
 * Every plain word the rules name, in patterns, exceptions and requirements: the stemmer's typo
 * matching reads a near miss of one as that word. A word an exception names is a keyword too:
 * otherwise "warranty", named only in an exception, would be read as a misspelling of the keyword
 * "warrant" and never match it.
 */
const keywordsOfRules = (specs: readonly RuleSpec[]): Set<string> =>
  new Set(
    specs.flatMap((spec) =>
      [spec.pattern, ...listOf(spec.unless), ...listOf(spec.requires)].flatMap(keywordsOf),
    ),
  );

/** A problem in the `detection` section; `path` is relative to it. */
interface DetectionIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const problemOf = (error: unknown): string =>
  error instanceof PatternError ? error.message : String(error);

/**
 * The configuration's detection problems, each naming its path: phrases that do not compile,
 * names with no word in them, disabled ids that name no built-in rule. `config check` and every
 * load report them, so nothing fails later at a cold start.
 */
const detectionIssues = (detection: Configurable): DetectionIssue[] => {
  const issues: DetectionIssue[] = [];
  for (const [category, phrases] of Object.entries(detection.phrases)) {
    phrases.forEach((phrase, position) => {
      try {
        anchorsOf(compilePattern(phrase, porter));
      } catch (error) {
        issues.push({ path: ['phrases', category, position], message: problemOf(error) });
      }
    });
  }
  for (const key of ['competitors', 'products'] as const) {
    detection[key].forEach((name, position) => {
      try {
        literalPattern(name);
      } catch (error) {
        issues.push({ path: [key, position], message: problemOf(error) });
      }
    });
  }
  detection.disabledPhrases.forEach((id, position) => {
    if (!BUILT_IN_IDS.has(id)) {
      issues.push({
        path: ['disabledPhrases', position],
        message: `"${id}" is not the id of a built-in rule (see advocacy rules list)`,
      });
    }
  });
  return issues;
};

export { configuredRules, detectionIssues, enabledRules, keywordsOfRules };
