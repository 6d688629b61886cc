import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectorFor } from '../../../../shared/scoring/detector.js';
import { BUILT_IN_RULES } from '../../../../shared/scoring/rules/index.js';
import type { RuleSpec } from '../../../../shared/scoring/rules/rule.js';
import { survey } from './example-detector.js';
import { DEV_SET } from './labelled.js';

const THRESHOLDS = { extremeScore: 60, watchScore: 30, strongNegativeSentiment: -4 };

/** What one rule alone, with every guard, makes of a sentence: counted, or why not. */
const outcomesOf = (rule: RuleSpec, text: string): string[] =>
  detectorFor([rule], THRESHOLDS)
    .explain(survey(text))
    .matches.filter((match) => match.ruleId === rule.id)
    .map((match) => match.outcome);

describe('built-in rules', () => {
  it('have unique ids', () => {
    const ids = BUILT_IN_RULES.map((rule) => rule.id);
    expect(ids.filter((id, position) => ids.indexOf(id) !== position)).toEqual([]);
  });

  it.each(BUILT_IN_RULES.map((rule) => [rule.id, rule] as const))(
    '%s has an example it matches and one it must not',
    (_id, rule) => {
      expect(rule.examples?.match.length ?? 0).toBeGreaterThan(0);
      expect(rule.examples?.noMatch.length ?? 0).toBeGreaterThan(0);
    },
  );

  const positives = BUILT_IN_RULES.flatMap((rule) =>
    (rule.examples?.match ?? []).map((text) => [rule.id, text, rule] as const),
  );
  it.each(positives)('%s counts "%s"', (_id, text, rule) => {
    expect(outcomesOf(rule, text)).toContain('counted');
  });

  const negatives = BUILT_IN_RULES.flatMap((rule) =>
    (rule.examples?.noMatch ?? []).map((text) => [rule.id, text, rule] as const),
  );
  it.each(negatives)('%s does not count "%s"', (_id, text, rule) => {
    expect(outcomesOf(rule, text)).not.toContain('counted');
  });
});

// The dev set is reference, not source: examples are written for the rules, never copied from it.
describe.runIf(existsSync(DEV_SET))('rule examples and the dev set', () => {
  it('share no sentence', () => {
    const dev = readFileSync(DEV_SET, 'utf8').toLowerCase();
    const copied = BUILT_IN_RULES.flatMap((rule) => [
      ...(rule.examples?.match ?? []),
      ...(rule.examples?.noMatch ?? []),
    ]).filter((text) => {
      const sentence = text.toLowerCase().replace(/[.!?]+$/, '');
      return sentence.length > 12 && dev.includes(sentence);
    });
    expect(copied).toEqual([]);
  });
});
