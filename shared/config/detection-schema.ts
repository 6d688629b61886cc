import { z } from 'zod';
import { TRIGGER_CATEGORIES } from '../scoring/assessment.js';

const phraseList = z.array(
  z.string().min(2, { error: 'expected a phrase of at least 2 characters' }),
);

/**
 * Detection tuning. Every list is added to the detector's built-in rules (never replaces
 * them) except `disabledPhrases`, which switches built-in rules off by id. The checks against
 * those rules (phrases that compile, ids that exist) are load.ts's, so that this shape stays free
 * of the rules.
 */
const DetectionSchema = z.object({
  thresholds: z
    .object({
      /** Score (0..100) from which a signal is reported as `extreme`. */
      extremeScore: z.number().min(0).max(100).default(60),
      /** Score from which a signal is reported as `watch`. */
      watchScore: z.number().min(0).max(100).default(30),
      /** Strong-negative sentiment (AFINN sum per 10 words) that counts as strong_negative. */
      strongNegativeSentiment: z.number().max(0).default(-4),
    })
    .default({ extremeScore: 60, watchScore: 30, strongNegativeSentiment: -4 }),
  /** Extra trigger phrases per category, e.g. `{ "churn_threat": ["move to Acme"] }`. */
  phrases: z.partialRecord(z.enum(TRIGGER_CATEGORIES), phraseList).default({}),
  /** Built-in rules to switch off, by rule id (`advocacy rules list` prints them). */
  disabledPhrases: z.array(z.string()).default([]),
  /** Competitor names: "switching to <competitor>" is a churn threat. */
  competitors: phraseList.default([]),
  /** Product names, so "<product> is down" reads as impact on the customer's use of us. */
  products: phraseList.default([]),
});

type DetectionConfig = z.infer<typeof DetectionSchema>;

export { DetectionSchema };
export type { DetectionConfig };
