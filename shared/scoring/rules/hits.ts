import type { TriggerCategory } from '../assessment.js';
import { hasInnerNegation, isAboutAnotherCompany, isHypothetical, isNegated } from './guards.js';
import { isReported } from './reported-speech.js';
import { unitStart, type Match } from '../engine/matcher.js';
import type { RuleSignal, RuleSpec } from './rule.js';
import type { Token } from '../engine/tokenize.js';
import { isA, wordClass, wordClassWhere } from './word-classes.js';

/** A match that survived every context check, located in its source text. */
interface Hit {
  readonly signal: RuleSignal;
  /** The rule that matched; undefined for evidence found by tone alone. */
  readonly ruleId: string | undefined;
  /** The customer's words: `source.slice(start, end)`, where source is the text or the turn. */
  readonly evidence: string;
  readonly start: number;
  readonly end: number;
  readonly turn: number | undefined;
  /** For impact: said in the present tense ("is down", "still can't"), not about the past. */
  readonly present: boolean;
  /**
   * For impact: hurting now, which makes the case urgent: said in the present tense, or for a
   * rule whose `urgentWhen` is 'word-of-now', with a word of now.
   */
  readonly urgent: boolean;
}

const ASSERTED: ReadonlySet<RuleSignal> = new Set<TriggerCategory>([
  'churn_threat',
  'legal_threat',
  'escalation_request',
  'strong_negative',
  'business_impact',
  'repeat_contact',
]);
const SPOKEN: ReadonlySet<RuleSignal> = new Set<TriggerCategory>([
  'churn_threat',
  'legal_threat',
  'escalation_request',
  'strong_negative',
]);
const ABOUT_US: ReadonlySet<RuleSignal> = new Set<TriggerCategory>([
  'churn_threat',
  'legal_threat',
  'strong_negative',
]);
const INTENSIFIERS = wordClass(
  (
    'absolutely utterly completely totally truly beyond incredibly ridiculously extremely ' +
    'unbelievably insanely bloody fucking damn seriously so such most very really ' +
    'complete total utter absolute'
  ).split(' '),
);
const PRESENT = wordClass([
  'is',
  'are',
  'am',
  "we're",
  "it's",
  "they're",
  "can't",
  'cannot',
  "haven't",
  "hasn't",
  "isn't",
  "aren't",
  "doesn't",
  "there's",
  'keep',
  'keeps',
  'now',
  'still',
  'currently',
  'today',
  'rn',
]);
const HAVE = wordClass(['has', 'have', "i've", "we've", "it's", "we're"]);
const NOW = wordClass(['still', 'now', 'currently', 'rn', 'today']);
const PAST = wordClass([
  'was',
  'were',
  'had',
  'last',
  'ago',
  'during',
  'yesterday',
  'following',
  'previous',
  "wasn't",
  "weren't",
  "couldn't",
  "didn't",
]);

const isIntense = (text: string, tokens: readonly Token[], start: number, end: number): boolean => {
  const first = tokens[start];
  if (first === undefined) return false;
  if (first.shout || isA(tokens, start - 1, INTENSIFIERS)) return true;
  const after = tokens[end - 1]?.end ?? first.end;
  return text.slice(after, tokens[end]?.start ?? text.length).includes('!');
};

/**
 * When the sentence around a match is set: `now` with a word of now ("still stopped", "today"),
 * `present` in the present tense, `past` otherwise (a story of what happened).
 */
const timeOf = (tokens: readonly Token[], at: number): 'now' | 'present' | 'past' => {
  const sentence = tokens[at]?.sentence;
  let present = false;
  let past = false;
  for (let index = unitStart(tokens, at, false); tokens[index]?.sentence === sentence; index += 1) {
    const token = tokens[index];
    if (token === undefined) break;
    if (isA(tokens, index, NOW)) return 'now';
    present ||= isA(tokens, index, PRESENT);
    // "has had" and "have had" are the present perfect: still going on.
    past ||=
      isA(tokens, index, PAST) && !(token.info.word === 'had' && isA(tokens, index - 1, HAVE));
  }
  return present && !past ? 'present' : 'past';
};

// Verbs in the simple past: the irregular ones narratives use most, and any "-ed" form
// ("waited", "called") but words whose "-ed" is no ending ("need", "speed").
const IRREGULAR_PAST = new Set(
  (
    'had did said told went came got took gave made left sat stood spent paid kept lost felt ' +
    'thought found saw flew ran began brought bought sent heard knew met wrote ate slept rang spoke'
  ).split(' '),
);
const PAST_TENSE = wordClassWhere(
  (word) => IRREGULAR_PAST.has(word) || (/^[a-z]{2,}ed$/.test(word) && !word.endsWith('eed')),
);
const NARRATOR = wordClass(['i', 'we', 'they', 'he', 'she']);

/**
 * Whether the sentence around a match tells of the past: someone followed by a verb in the
 * simple past ("we waited at the gate for an hour", "I had to wait"), and no word of now
 * ("still", "is", "have been"). An urgency cue there is a story, not a customer hurting now.
 */
const isPastNarrative = (tokens: readonly Token[], at: number): boolean => {
  const sentence = tokens[at]?.sentence;
  let narrated = false;
  for (let index = unitStart(tokens, at, false); tokens[index]?.sentence === sentence; index += 1) {
    if (isA(tokens, index, NOW) || isA(tokens, index, PRESENT) || isA(tokens, index, HAVE)) {
      return false;
    }
    narrated ||= isA(tokens, index, NARRATOR) && isA(tokens, index + 1, PAST_TENSE);
  }
  return narrated;
};

/** The guard that keeps a match from counting, named for explanations. */
type Guard = 'negated' | 'hypothetical' | 'reported' | 'another company' | 'not intense' | 'past';

/** The guard that rejects a match, or undefined when the customer genuinely asserts it. */
const guardAgainst = (
  text: string,
  tokens: readonly Token[],
  { rule, start, end }: Match<RuleSpec>,
): Guard | undefined => {
  const { signal } = rule.spec;
  if (isNegated(tokens, start)) return 'negated';
  if (rule.spec.negation !== 'in-pattern' && hasInnerNegation(tokens, start, end)) return 'negated';
  if (ASSERTED.has(signal) && isHypothetical(tokens, start, end)) return 'hypothetical';
  if (SPOKEN.has(signal) && isReported(tokens, start)) return 'reported';
  if (ABOUT_US.has(signal) && isAboutAnotherCompany(tokens, start, end)) return 'another company';
  if (rule.spec.intense === true && !isIntense(text, tokens, start, end)) return 'not intense';
  if (signal === 'urgent' && isPastNarrative(tokens, start)) return 'past';
  return undefined;
};

/** A match located as a hit in its source text (call after guardAgainst found nothing). */
const toHit = (
  text: string,
  tokens: readonly Token[],
  { rule, start, end }: Match<RuleSpec>,
  turn: number | undefined,
): Hit | undefined => {
  const first = tokens[start];
  const last = tokens[end - 1];
  if (first === undefined || last === undefined) return undefined;
  const { signal } = rule.spec;
  const time = signal === 'business_impact' ? timeOf(tokens, start) : 'past';
  return {
    signal,
    ruleId: rule.spec.id,
    evidence: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    turn,
    present: time !== 'past',
    urgent: rule.spec.urgentWhen === 'word-of-now' ? time === 'now' : time !== 'past',
  };
};

export { guardAgainst, toHit };
export type { Guard, Hit };
