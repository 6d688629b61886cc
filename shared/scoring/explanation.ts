import type { Assessment } from './assessment.js';
import type { RuleSignal } from './rules/rule.js';

/** One rule match and what became of it. */
interface ExplainedMatch {
  readonly ruleId: string;
  readonly signal: RuleSignal;
  /** The customer's words the pattern matched. */
  readonly evidence: string;
  /** Index into `turns`, for a transcript. */
  readonly turn?: number;
  /** `counted`, or the guard or condition that dropped it ("negated", `unless "..."`). */
  readonly outcome: string;
}

/** Why an assessment came out as it did: `advocacy score --explain`. */
interface Explanation {
  readonly assessment: Assessment;
  readonly matches: readonly ExplainedMatch[];
  readonly tone: {
    /** AFINN-165 sum over the customer's words, with negation, boosters and dampeners. */
    readonly sum: number;
    readonly negativeWords: number;
    /** The most negative sentence and its sum. */
    readonly worstSentence: string;
    readonly worstSum: number;
  };
  readonly rating: string;
  /** The decision's steps, in order. */
  readonly decision: readonly string[];
}

export type { ExplainedMatch, Explanation };
