import type { TriggerCategory } from '../assessment.js';
import { listOf, type MatchRule } from '../engine/matcher.js';

/**
 * Cues are not triggers: they change how triggers are read. `urgent` marks present impact,
 * `calm` and `resolved` take urgency (and resolved churn) back, `mistake` marks a rating given
 * by accident, `staying` takes back a churn threat made earlier in the same contact,
 * `neutral_exit` marks leaving for a life event (emigrating, bereavement), `exasperated` marks a
 * negative tone without a trigger of its own, `contact` marks one time the customer got in touch
 * (three of them make repeat contact).
 */
type Cue =
  | 'urgent'
  | 'calm'
  | 'resolved'
  | 'staying'
  | 'neutral_exit'
  | 'mistake'
  | 'exasperated'
  | 'contact';
type RuleSignal = TriggerCategory | Cue;

/**
 * How a negator near a match is read:
 * - `checked` (the default): a negator in the three words before the match, or inside a gap the
 *   pattern skipped, means the phrase is not asserted ("no need to escalate", "isn't down");
 * - `in-pattern`: the pattern spells out its own negation ("can't work", "not renewing"), so a
 *   negator inside the match is expected; one just before it still cancels the match.
 */
type NegationPolicy = 'checked' | 'in-pattern';

/**
 * The conditions a family of rules shares: the matcher's (`unless` in the clause, widened to
 * the sentence by `unlessScope: 'sentence'` for disclaimers that speak of all of it, "we lost
 * customers, nothing to do with you"; `requires` in the sentence) and the guards' own.
 */
interface RuleOptions extends Pick<MatchRule, 'unless' | 'unlessScope' | 'requires'> {
  /** The match counts only next to an intensifier, capitals or an exclamation mark. */
  readonly intense?: boolean;
  readonly negation?: NegationPolicy;
  /**
   * business_impact: what makes an impact urgent: a sentence in the present tense (the
   * default), or only one that also has a word of now in it ("still", "today").
   */
  readonly urgentWhen?: 'present-tense' | 'word-of-now';
}

/** One rule as written in a rules file: a stable id, a pattern, and the examples that pin it. */
interface RuleEntry extends Pick<RuleOptions, 'negation' | 'unlessScope' | 'requires'> {
  /** Conditions of this rule alone, added to its family's `unless`. */
  readonly unless?: string | readonly string[];
  /** `<family>.<name>`: stable, so `detection.disabledPhrases` and explanations can name it. */
  readonly id: string;
  /** In the pattern language of pattern.ts. */
  readonly pattern: string;
  /** Customer sentences this rule alone must match (guards included). */
  readonly match: readonly string[];
  /** Near misses this rule alone must not match: other senses, negations, reportage. */
  readonly noMatch: readonly string[];
}

/** A rule ready to compile: the entry with its signal and its family's conditions. */
interface RuleSpec extends RuleOptions {
  readonly id: string;
  readonly signal: RuleSignal;
  readonly pattern: string;
  readonly examples?: { readonly match: readonly string[]; readonly noMatch: readonly string[] };
}

/** Builds the rules for one signal from entries sharing the same conditions. */
const family = (
  signal: RuleSignal,
  options: RuleOptions,
  entries: readonly RuleEntry[],
): RuleSpec[] =>
  entries.map(({ id, pattern, match, noMatch, negation, unless, unlessScope, requires }) => ({
    ...options,
    ...(negation === undefined ? {} : { negation }),
    ...(unlessScope === undefined ? {} : { unlessScope }),
    ...(requires === undefined ? {} : { requires }),
    ...(unless === undefined ? {} : { unless: [...listOf(options.unless), ...listOf(unless)] }),
    id,
    signal,
    pattern,
    examples: { match, noMatch },
  }));

/** The same alternatives as exact word forms: `called|phoned` becomes `=called|=phoned`. */
const exactForms = (alternatives: string): string =>
  alternatives
    .split('|')
    .map((word) => `=${word}`)
    .join('|');

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
  'contact',
];

const signalId = (signal: RuleSignal): number => SIGNALS.indexOf(signal);

export { exactForms, family, signalId, SIGNALS };
export type { Cue, NegationPolicy, RuleEntry, RuleOptions, RuleSignal, RuleSpec };
