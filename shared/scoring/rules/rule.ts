import type { TriggerCategory } from '../assessment.js';

/**
 * Cues are not triggers: they change how triggers are read. `urgent` marks present impact,
 * `calm` and `resolved` take urgency (and resolved churn) back, `mistake` marks a rating given
 * by accident, `staying` takes back a churn threat made earlier in the same contact,
 * `neutral_exit` marks leaving for a life event (emigrating, bereavement), `exasperated` marks a negative tone without a trigger of its own.
 */
type Cue = 'urgent' | 'calm' | 'resolved' | 'staying' | 'neutral_exit' | 'mistake' | 'exasperated';
type RuleSignal = TriggerCategory | Cue;

/** One built-in or configured phrase, written in the pattern language of pattern.ts. */
interface RuleSpec {
  readonly signal: RuleSignal;
  readonly pattern: string;
  /** The match is dropped when one of these patterns occurs anywhere in the same sentence. */
  readonly unless?: string | readonly string[];
  /** The match counts only when this pattern also occurs in the same sentence. */
  readonly requires?: string;
  /** The match counts only next to an intensifier, capitals or an exclamation mark. */
  readonly intense?: boolean;
}

/** Builds the rules for one signal from a list of patterns sharing the same options. */
const rules = (
  signal: RuleSignal,
  patterns: readonly string[],
  options: Omit<RuleSpec, 'signal' | 'pattern'> = {},
): RuleSpec[] => patterns.map((pattern) => ({ signal, pattern, ...options }));

/** Every signal, so that per-signal state can live in a small typed array (index = id). */
const SIGNALS: readonly RuleSignal[] = [
  'churn_threat',
  'legal_threat',
  'escalation_request',
  'business_impact',
  'repeat_contact',
  'strong_negative',
  'extreme_rating',
  'urgent',
  'calm',
  'resolved',
  'staying',
  'neutral_exit',
  'mistake',
  'exasperated',
];

const signalId = (signal: RuleSignal): number => SIGNALS.indexOf(signal);

export { rules, signalId, SIGNALS };
export type { Cue, RuleSignal, RuleSpec };
