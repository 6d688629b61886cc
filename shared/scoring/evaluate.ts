import { TRIGGER_CATEGORIES, type Assessment, type TriggerCategory } from './assessment.js';

/** The labels of one item, as `expect` in the labelled JSON Lines files. */
interface Expectation {
  readonly openCase: boolean;
  readonly urgent: boolean;
  readonly triggers: readonly TriggerCategory[];
}

/** Precision and recall of one decision, with the counts behind them. */
interface Agreement {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
}

/** Agreement with labels, the figures the README's detector table states. */
interface Metrics extends Omit<Agreement, 'truePositives' | 'falsePositives' | 'falseNegatives'> {
  readonly items: number;
  /** Urgent accuracy over the items whose label opens a case. */
  readonly urgentAccuracy: number;
  /** Micro-averaged F1 of trigger categories, compared as sets per item. */
  readonly triggerF1: number;
  readonly byCategory: Readonly<Record<TriggerCategory, Agreement>>;
}

const ratio = (numerator: number, denominator: number): number =>
  denominator === 0 ? 1 : numerator / denominator;

/** Counts of one yes/no decision over many items. */
class Tally {
  truePositives = 0;
  falsePositives = 0;
  falseNegatives = 0;

  add(predicted: boolean, labelled: boolean): void {
    if (predicted && labelled) this.truePositives += 1;
    else if (predicted) this.falsePositives += 1;
    else if (labelled) this.falseNegatives += 1;
  }

  agreement(): Agreement {
    const { truePositives, falsePositives, falseNegatives } = this;
    return {
      precision: ratio(truePositives, truePositives + falsePositives),
      recall: ratio(truePositives, truePositives + falseNegatives),
      f1: ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives),
      truePositives,
      falsePositives,
      falseNegatives,
    };
  }
}

/** Compares assessments with their labels, pairwise. */
const evaluate = (
  pairs: readonly { readonly assessment: Assessment; readonly expect: Expectation }[],
): Metrics => {
  const openCase = new Tally();
  const triggers = new Tally();
  const categories = new Map(TRIGGER_CATEGORIES.map((category) => [category, new Tally()]));
  let urgentRight = 0;
  let cases = 0;
  for (const { assessment, expect } of pairs) {
    openCase.add(assessment.openCase, expect.openCase);
    if (expect.openCase) {
      cases += 1;
      if (assessment.urgent === expect.urgent) urgentRight += 1;
    }
    const found = new Set(assessment.triggers.map((trigger) => trigger.category));
    const wanted = new Set(expect.triggers);
    for (const [category, tally] of categories) {
      tally.add(found.has(category), wanted.has(category));
      triggers.add(found.has(category), wanted.has(category));
    }
  }
  const { precision, recall, f1 } = openCase.agreement();
  return {
    items: pairs.length,
    precision,
    recall,
    f1,
    urgentAccuracy: ratio(urgentRight, cases),
    triggerF1: triggers.agreement().f1,
    byCategory: Object.fromEntries(
      [...categories].map(([category, tally]) => [category, tally.agreement()]),
    ) as Record<TriggerCategory, Agreement>,
  };
};

export { evaluate };
export type { Agreement, Expectation, Metrics };
