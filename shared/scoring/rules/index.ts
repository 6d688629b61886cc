import {
  BARE_STAFF_RULES,
  BUSINESS_IMPACT_RULES,
  ESSENTIAL_NEEDS_RULES,
} from './business-impact.js';
import { CHURN_RULES } from './churn.js';
import { ESCALATION_RULES } from './escalation.js';
import { LEGAL_RULES } from './legal.js';
import { CONTACT_RULES, REPEAT_CONTACT_RULES } from './repeat-contact.js';
import type { RuleSpec } from './rule.js';
import { STRONG_NEGATIVE_RULES } from './strong-negative.js';
import { URGENCY_RULES } from './urgency.js';

/** Every built-in rule; `detection.disabledPhrases` removes one by its exact pattern text. */
const BUILT_IN_RULES: readonly RuleSpec[] = [
  ...CHURN_RULES,
  ...LEGAL_RULES,
  ...ESCALATION_RULES,
  ...BUSINESS_IMPACT_RULES,
  ...BARE_STAFF_RULES,
  ...ESSENTIAL_NEEDS_RULES,
  ...REPEAT_CONTACT_RULES,
  ...CONTACT_RULES,
  ...STRONG_NEGATIVE_RULES,
  ...URGENCY_RULES,
];

export { BUILT_IN_RULES };
