import type { Trigger, TriggerCategory } from '../scoring/assessment.js';
import type { AdvocacyCase, CaseTrigger } from './model.js';

/**
 * Trigger categories from most to least severe: threats to leave or sue first, then a customer
 * who cannot do business, then the process failures (asking for someone else, repeating
 * themselves), then what only the rating or the tone says.
 */
const SEVERITY_ORDER: readonly TriggerCategory[] = [
  'legal_threat',
  'churn_threat',
  'business_impact',
  'escalation_request',
  'repeat_contact',
  'extreme_rating',
  'strong_negative',
];

/** Categories that raise a case's severity when an appended signal brings them for the first time. */
const RAISING_CATEGORIES: readonly TriggerCategory[] = ['legal_threat', 'churn_threat'];

/** The case keeps this many triggers with the customer's words, dropping the oldest beyond it. */
const EVIDENCE_CAP = 50;

type Severity = Pick<AdvocacyCase, 'urgent' | 'triggers' | 'evidence'>;

interface SeverityMerge extends Severity {
  /** The signal made the case more severe: it alerts again (`severity_raised`). */
  readonly raised: boolean;
  /** Why, e.g. `['urgent', 'legal_threat']`; empty when not raised. */
  readonly reasons: readonly string[];
}

/** Categories, de-duplicated and ordered most severe first. */
const orderCategories = (categories: Iterable<TriggerCategory>): TriggerCategory[] => {
  const present = new Set(categories);
  return SEVERITY_ORDER.filter((category) => present.has(category));
};

/** The evidence a signal brings to a case: its triggers, each tagged with the signal id. */
const evidenceOf = (signalId: string, triggers: readonly Trigger[]): CaseTrigger[] =>
  triggers.map((trigger) => ({ ...trigger, signalId }));

/**
 * Merges an appended signal into the case's severity: the highest urgency, the union of
 * categories (most severe first), the evidence appended (the newest {@link EVIDENCE_CAP} kept),
 * and whether severity went up (non-urgent -> urgent, or a first legal or churn threat).
 */
const mergeSeverity = (
  current: Severity,
  incoming: {
    readonly signalId: string;
    readonly urgent: boolean;
    readonly triggers: readonly Trigger[];
  },
): SeverityMerge => {
  const known = new Set(current.triggers);
  const reasons = [
    ...(incoming.urgent && !current.urgent ? ['urgent'] : []),
    ...orderCategories(incoming.triggers.map((trigger) => trigger.category)).filter(
      (category) => RAISING_CATEGORIES.includes(category) && !known.has(category),
    ),
  ];
  return {
    urgent: current.urgent || incoming.urgent,
    triggers: orderCategories([
      ...current.triggers,
      ...incoming.triggers.map((trigger) => trigger.category),
    ]),
    evidence: [...current.evidence, ...evidenceOf(incoming.signalId, incoming.triggers)].slice(
      -EVIDENCE_CAP,
    ),
    raised: reasons.length > 0,
    reasons,
  };
};

export {
  EVIDENCE_CAP,
  evidenceOf,
  mergeSeverity,
  orderCategories,
  RAISING_CATEGORIES,
  SEVERITY_ORDER,
};
export type { SeverityMerge };
