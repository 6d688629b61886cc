import type { Token } from '../engine/tokenize.js';
import { NEGATORS } from '../engine/vocabulary.js';

/**
 * Context checks that decide whether a matched phrase is genuinely asserted by the customer:
 * not negated, not hypothetical, not reported from someone else, not about another company.
 */

const NO_GOVERNS = new Set(
  'one body longer more way need reason point intention plan desire wish interest'.split(' '),
);

const QUESTIONING = new Set('sure know wonder wondering wondered unclear doubt'.split(' '));

const HYPOTHETICAL = new Set([
  'if',
  'whether',
  'suppose',
  'supposing',
  'imagine',
  'hypothetically',
  'unless',
  'thought',
  'threaten',
  'threatened',
  'threatening',
  'nearly',
  'almost',
]);
const PAST_INTENT = new Set([
  'going',
  'ready',
  'about',
  'planning',
  'thinking',
  'tempted',
  'considering',
  'close',
  'gonna',
]);
const SUBJECT_AUX = new Set([
  "i'll",
  "we'll",
  "i'm",
  "we're",
  "they're",
  "they'll",
  "it'll",
  "i'd",
  "we'd",
  "i've",
  "we've",
]);
const SUBJECT = new Set(['i', 'we', 'they', 'it']);
const AUX = new Set(['will', 'shall', 'am', 'are', 'would', 'have', 'must', 'need']);
const REPORT_VERBS = new Set([
  'shouting',
  'shouted',
  'yelling',
  'yelled',
  'screaming',
  'muttering',
  'said',
  'says',
  'saying',
  'told',
  'tells',
  'threatened',
  'threatening',
  'warned',
  'claimed',
  'reckons',
  'joked',
  'quote',
]);
const FIRST_PERSON = new Set([
  'i',
  'we',
  "i've",
  "we've",
  "i'd",
  "we'd",
  "i'll",
  "we'll",
  "i'm",
  "we're",
]);
const FORMER = new Set(['previous', 'old', 'former', 'ex', 'last', 'other']);
const PEOPLE = new Set(
  (
    'landlord brother sister neighbour neighbor client friend husband wife partner mum mom dad ' +
    'boss colleague son daughter tenant father mother'
  ).split(' '),
);
const COMPANY = new Set([
  'provider',
  'bank',
  'company',
  'supplier',
  'vendor',
  'carrier',
  'airline',
  'insurer',
  'network',
  'host',
  'broker',
  'landlord',
  'employer',
  'one',
  'firm',
  'providers',
  'banks',
  'companies',
  'suppliers',
  'vendors',
]);

const word = (tokens: readonly Token[], index: number): string => tokens[index]?.info.word ?? '';

/** A negator shortly before the phrase, in the same clause ("no need to escalate"). */
const isNegated = (tokens: readonly Token[], start: number): boolean => {
  const clause = tokens[start]?.clause;
  for (let index = start - 1; index >= Math.max(0, start - 3); index -= 1) {
    if (tokens[index]?.clause !== clause) return false;
    const current = word(tokens, index);
    // "no" is a determiner: it negates the noun it comes before ("with no warning called three
    // times" still called), unless that noun is the phrase's start or governs it ("no one",
    // "no need to escalate", "no way I'll cancel").
    if (current === 'no' && index < start - 1 && !NO_GOVERNS.has(word(tokens, index + 1))) continue;
    if (NEGATORS.has(current)) return true;
  }
  return false;
};

/** A negator inside the span the phrase skipped over ("the site isn't down"). */
const hasInnerNegation = (tokens: readonly Token[], start: number, end: number): boolean => {
  for (let index = start + 1; index < end - 1; index += 1) {
    if (NEGATORS.has(word(tokens, index))) return true;
  }
  return false;
};

/**
 * Inside an if-clause, a past intention ("I was going to cancel") or a mention of a threat
 * ("thought I'd have to threaten to leave"). A conditional threat is asserted: in "if this
 * happens again we're leaving" the phrase sits after the subject of the main clause.
 */
const isHypothetical = (tokens: readonly Token[], start: number, end = start + 1): boolean => {
  const first = tokens[start];
  if (first === undefined) return false;
  // A phrase that begins with its subject carries its own tense: "I was going to cancel".
  for (let index = start + 1; index < end; index += 1) {
    const current = word(tokens, index);
    if ((current === 'was' || current === 'were') && PAST_INTENT.has(word(tokens, index + 1))) {
      return true;
    }
  }
  for (let index = start; index >= Math.max(0, start - 12); index -= 1) {
    const token = tokens[index];
    if (token?.sentence !== first.sentence) return false;
    const current = token.info.word;
    const next = word(tokens, index + 1);
    if ((current === 'was' || current === 'were') && PAST_INTENT.has(next)) return true;
    if (index === start) continue;
    if (token.clause !== first.clause) return false;
    // "not sure if they are deceitful" asks a question; it sets no condition.
    if (HYPOTHETICAL.has(current)) return !QUESTIONING.has(word(tokens, index - 1));
    if (current === 'case' && word(tokens, index - 1) === 'in') return true;
    if (SUBJECT_AUX.has(current)) return false;
    if (AUX.has(current) && SUBJECT.has(word(tokens, index - 1))) return false;
  }
  return false;
};

/** Words someone else said ("my client told me 'I'll sue'"), unless the speaker is the customer. */
const isReported = (tokens: readonly Token[], start: number): boolean => {
  const sentence = tokens[start]?.sentence;
  for (let index = start - 1; index >= Math.max(0, start - 10); index -= 1) {
    if (tokens[index]?.sentence !== sentence) return false;
    if (!REPORT_VERBS.has(word(tokens, index))) continue;
    for (let subject = index - 1; subject >= Math.max(0, index - 3); subject -= 1) {
      if (FIRST_PERSON.has(word(tokens, subject))) return false;
    }
    return true;
  }
  return false;
};

/** About another company ("my old provider was a disaster"), near the phrase in its clause. */
const isAboutAnotherCompany = (tokens: readonly Token[], start: number, end: number): boolean => {
  const clause = tokens[start]?.clause;
  for (let index = Math.max(0, start - 6); index < Math.min(tokens.length, end + 6); index += 1) {
    if (index >= start && index < end) continue;
    if (tokens[index]?.clause !== clause) continue;
    if (FORMER.has(word(tokens, index)) && COMPANY.has(word(tokens, index + 1))) return true;
    if (index < start && PEOPLE.has(word(tokens, index))) return true;
  }
  return false;
};

export { hasInnerNegation, isAboutAnotherCompany, isHypothetical, isNegated, isReported };
