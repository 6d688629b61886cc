/**
 * The detector's contract: what goes in (a DetectorInput, of which a Signal is a superset) and
 * what comes out (an Assessment). Categories and scales follow `../shared/eval/GUIDE.md`.
 */

const TRIGGER_CATEGORIES = [
  'repeat_contact',
  'escalation_request',
  'churn_threat',
  'legal_threat',
  'business_impact',
  'extreme_rating',
  'strong_negative',
] as const;

/** Rating scales: nps 0-10, csat 1-5, ces 1-7 (7 = very difficult), ten 1-10, binary 0/1, sentiment -5..+5. */
const RATING_SCALES = ['nps', 'csat', 'ces', 'ten', 'binary', 'sentiment'] as const;

type TriggerCategory = (typeof TRIGGER_CATEGORIES)[number];
type RatingScale = (typeof RATING_SCALES)[number];

interface Rating {
  readonly value: number;
  readonly scale: RatingScale;
}

interface Turn {
  readonly role: 'customer' | 'agent';
  readonly text: string;
  readonly at?: string | undefined;
}

/** What the detector reads. Extra fields (a full Signal) are ignored. */
interface DetectorInput {
  readonly id: string;
  readonly kind: 'survey' | 'transcript';
  readonly text: string;
  readonly rating: Rating | null;
  readonly turns: readonly Turn[];
}

/** One reason to care, quoting the customer: `evidence === source.slice(start, end)`. */
interface Trigger {
  readonly category: TriggerCategory;
  /**
   * The rule that found it (`rating.extreme` for a bottom rating, `tone.strong-sentence` for a
   * sentence strong by tone alone); absent on cases stored before rules had ids.
   */
  readonly ruleId?: string;
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  /** Index into `turns` when the evidence comes from a transcript turn. */
  readonly turn?: number;
}

type Level = 'none' | 'watch' | 'extreme';

interface Assessment {
  readonly id: string;
  readonly openCase: boolean;
  readonly urgent: boolean;
  readonly level: Level;
  /** 0..100: how dissatisfied the customer sounds; explains the level, never overrides the rules. */
  readonly score: number;
  readonly triggers: readonly Trigger[];
}

export { RATING_SCALES, TRIGGER_CATEGORIES };
export type {
  Assessment,
  DetectorInput,
  Level,
  Rating,
  RatingScale,
  Trigger,
  TriggerCategory,
  Turn,
};
