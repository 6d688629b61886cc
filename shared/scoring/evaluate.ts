import { TRIGGER_CATEGORIES, type Assessment, type TriggerCategory } from './assessment.js';

/** The labels of one item, as `expect` in `../shared/eval/dev.jsonl`. */
interface Expectation {
  readonly openCase: boolean;
  readonly urgent: boolean;
  readonly triggers: readonly TriggerCategory[];
}

/** Agreement with labels, the figures the dev-set floors are stated in. */
interface Metrics {
  readonly items: number;
  readonly precision: number;
  readonly recall: number;
  /** Urgent accuracy over the items whose label opens a case. */
  readonly urgentAccuracy: number;
  /** Micro-averaged F1 of trigger categories, compared as sets per item. */
  readonly triggerF1: number;
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 1 : numerator / denominator;

/** Compares assessments with their labels, pairwise. */
const evaluate = (
  pairs: readonly { readonly assessment: Assessment; readonly expect: Expectation }[],
): Metrics => {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let urgentRight = 0;
  let cases = 0;
  let triggerHits = 0;
  let triggerExtra = 0;
  let triggerMissed = 0;
  for (const { assessment, expect } of pairs) {
    if (assessment.openCase && expect.openCase) truePositive += 1;
    else if (assessment.openCase) falsePositive += 1;
    else if (expect.openCase) falseNegative += 1;
    if (expect.openCase) {
      cases += 1;
      if (assessment.urgent === expect.urgent) urgentRight += 1;
    }
    const found = new Set(assessment.triggers.map((trigger) => trigger.category));
    const wanted = new Set(expect.triggers);
    for (const category of TRIGGER_CATEGORIES) {
      if (found.has(category) && wanted.has(category)) triggerHits += 1;
      else if (found.has(category)) triggerExtra += 1;
      else if (wanted.has(category)) triggerMissed += 1;
    }
  }
  return {
    items: pairs.length,
    precision: ratio(truePositive, truePositive + falsePositive),
    recall: ratio(truePositive, truePositive + falseNegative),
    urgentAccuracy: ratio(urgentRight, cases),
    triggerF1: ratio(2 * triggerHits, 2 * triggerHits + triggerExtra + triggerMissed),
  };
};

export { evaluate };
export type { Expectation, Metrics };
