import type { Token } from '../engine/tokenize.js';
import { isA, wordClass } from './word-classes.js';

/**
 * Context checks that decide whether a matched phrase is genuinely asserted by the customer:
 * not negated, not hypothetical, not reported from someone else, not about another company.
 */

const NO_GOVERNS = wordClass(
  'one body longer more way need reason point intention plan desire wish interest'.split(' '),
);

// What a negator denies when it comes before them: an intention or a need, which governs the
// whole verb phrase after it ("no need to raise this with anyone senior", "I'm not going
// running to the ombudsman").
const DENIED_INTENT = wordClass('need going gonna planning asking intending'.split(' '));
// How far back a negator reaches, within the clause: three words, or eight for a denied intention.
const NEGATION_REACH = 3;
const DENIED_INTENT_REACH = 8;

// A subject that opens a clause of its own between a negator and the phrase: "I did not know
// they were running a scam" denies the knowing, not the scam; "the amount is not accurate and
// this is fraud" asserts the fraud. "it", "this", "that", "you" and "there" are subjects only
// before a verb ("would not call it a scam" keeps "it" as the object).
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(
  (
    "i we they he she i'm we're they're he's she's i've we've they've i'll we'll they'll " +
    "it's that's there's im ive"
  ).split(' '),
);
const SUBJECTS_BEFORE_VERB: ReadonlySet<string> = new Set(['it', 'this', 'that', 'you', 'there']);
const FINITE: ReadonlySet<string> = new Set(
  'is was are were has had have will would can could'.split(' '),
);
// A subject after an auxiliary is inverted, still in the negator's clause: "not once did I call";
// one after "if" or "whether" asks a question the negator leaves open: "I don't know if this is
// fraud".
const INVERTING: ReadonlySet<string> = new Set([...FINITE, 'did', 'do', 'does', 'if', 'whether']);
// The verbs of saying and believing pass their negation down to the clause after them: "I don't
// think they are crooks", "I'm not saying this is fraud", "not sure it was a scam".
const NEG_RAISING: ReadonlySet<string> = new Set(
  (
    'think thought believe sure say said saying says mean meant suppose expect feel like that ' +
    'because claim claiming accusing'
  ).split(' '),
);

const QUESTIONING = wordClass('sure know wonder wondering wondered unclear doubt'.split(' '));

const HYPOTHETICAL = wordClass([
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
// The words that open a condition, and how many words a condition takes at least ("if it
// fails", "unless fixed today") before its consequence starts.
const CONDITION = wordClass(['if', 'unless']);
const CONDITION_MIN_WORDS = 2;
const CONDITION_REACH = 12;
const PAST_INTENT = wordClass([
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
const SUBJECT_AUX = wordClass([
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
  // "if nobody calls me back you'll hear from our lawyers"
  "you'll",
  // Typed without the apostrophe ("if its not sorted by monday im going to the ombudsman").
  'im',
  'ive',
]);
const SUBJECT = wordClass(['i', 'we', 'they', 'it']);
const POSSESSIVE = wordClass(['my', 'our']);
const AUX = wordClass(['will', 'shall', 'am', 'are', 'would', 'have', 'must', 'need']);
const REPORT_VERBS = wordClass([
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
  // The participles of a report in the present: "they call claiming I owe", "a letter stating".
  'telling',
  'claiming',
  'stating',
  'threatened',
  'threatening',
  'warned',
  'claimed',
  'stated',
  'informed',
  'reckons',
  'joked',
  'quote',
  'indicated',
  'explained',
]);
const FIRST_PERSON = wordClass([
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
// "I was told", "we've been informed", "I'm being told": the customer is the one spoken to.
const SPOKEN_TO = wordClass(['was', 'were', 'been', 'being', 'am', 'is', 'are', 'got']);
const FORMER = wordClass(['previous', 'old', 'former', 'ex', 'last', 'other']);
const PEOPLE = wordClass(
  (
    'landlord brother sister neighbour neighbor client friend husband wife partner mum mom dad ' +
    'boss colleague son daughter tenant father mother'
  ).split(' '),
);
const COMPANY = wordClass([
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

// A word's class is one bit of its WordInfo, already at hand; comparing its text would read
// the string of every word the loops below pass.
const CASE = wordClass(['case']);
// "If it had been cancelled I'd have been livid" is past too.
const WAS = wordClass(['was', 'were', 'had']);
// A condition in the simple past: "if I didn't take the loan I would have no money".
const DID = wordClass(['did', "didn't"]);
const GRATEFUL = wordClass(['appreciate', 'grateful', 'thankful']);
const WOULD = wordClass(["i'd", "we'd", 'would']);
// How far back an unreal condition's "if" is looked for.
const UNREAL_REACH = 20;

/** The word at `index`, '' past either end (see isA about the start). */
const word = (tokens: readonly Token[], index: number): string =>
  index < 0 ? '' : (tokens[index]?.info.word ?? '');

/**
 * Whether the customer said the intention at `was` to someone: "I told them (that) I was going
 * to report them" is the threat made, not an intention given up.
 */
const isVoicedIntent = (tokens: readonly Token[], was: number): boolean => {
  for (let index = was - 2; index >= Math.max(0, was - 5); index -= 1) {
    // "I told them", "I also indicated".
    if (isA(tokens, index, REPORT_VERBS)) {
      return isA(tokens, index - 1, FIRST_PERSON) || isA(tokens, index - 2, FIRST_PERSON);
    }
  }
  return false;
};

// Intentions that take "to" after them: "was going through a crisis", "was about the fee" and
// "the branch was close by" intend nothing.
const INTENT_BEFORE_TO: ReadonlySet<string> = new Set(['going', 'about', 'close', 'ready']);

/** "was going to", "were about to": an intention in the past, so not carried out. */
const isPastIntent = (tokens: readonly Token[], index: number): boolean =>
  isA(tokens, index, WAS) &&
  isA(tokens, index + 1, PAST_INTENT) &&
  (word(tokens, index + 2) === 'to' || !INTENT_BEFORE_TO.has(word(tokens, index + 1))) &&
  !isVoicedIntent(tokens, index);

// The modals of what would, could or should be: "I'd have to threaten", "could have switched".
const MODALS: ReadonlySet<string> = new Set("i'd we'd would could should might".split(' '));
// Before "threaten", the modals and futures of a threat not (yet) made.
const UNMADE: ReadonlySet<string> = new Set([...MODALS, ..."i'll we'll will may".split(' ')]);

// How far back the subject of a threat joined by "and" to the customer's other verbs is looked for.
const THREAT_SUBJECT_REACH = 40;
// Subjects that are someone else's: a report verb or a threat after them is theirs.
const OTHERS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'you']);
const THREAT_OTHERS: ReadonlySet<string> = new Set([...OTHERS, 'who']);

/**
 * "I threatened to sue", "I had to threaten him with the CFPB": a threat the customer made, not
 * one the customer was dealt ("I was threatened with a lawsuit") or only thought of.
 */
const isCustomersThreat = (tokens: readonly Token[], threaten: number): boolean => {
  if (isA(tokens, threaten - 1, SPOKEN_TO)) return false;
  // "I had to call them for weeks, write twice and threaten legal action": the last of the
  // customer's verbs, its subject further back ("the agent called and threatened me" has one of
  // its own, a noun).
  const joined = word(tokens, threaten - 1) === 'and' && word(tokens, threaten) === 'threaten';
  const reach = joined ? THREAT_SUBJECT_REACH : 3;
  const sentence = tokens[threaten]?.sentence;
  for (let index = threaten - 1; index >= Math.max(0, threaten - reach); index -= 1) {
    if (tokens[index]?.sentence !== sentence) return false;
    // "I'd have to threaten to leave", "I might threaten": a threat not made.
    if (UNMADE.has(word(tokens, index))) return false;
    if (isA(tokens, index, FIRST_PERSON)) return true;
    // "they kept calling and threatening to sue": theirs.
    if (THREAT_OTHERS.has(word(tokens, index)) || isA(tokens, index, CONDITION)) return false;
  }
  return false;
};

// After "nearly" or "almost", an amount ("nearly two hours", "almost every day") is approximate,
// not a thing that failed to happen ("almost lost my house").
const APPROXIMATED: ReadonlySet<string> = new Set('every all a an half daily weekly'.split(' '));

/**
 * A hypothetical word that sets no hypothesis where it stands: "the thought of it" is a noun,
 * "nearly two hours" an amount.
 */
const isIdleHypothetical = (tokens: readonly Token[], index: number): boolean => {
  const at = word(tokens, index);
  if (at === 'thought') return word(tokens, index - 1) === 'the';
  if (at === 'threaten' || at === 'threatened') return isCustomersThreat(tokens, index);
  if (at !== 'nearly' && at !== 'almost') return false;
  return tokens[index + 1]?.info.count !== undefined || APPROXIMATED.has(word(tokens, index + 1));
};

/**
 * "If this was production I'd be screaming for your manager": an if-clause in the past (was,
 * were) before "I'd" or "would" sets an unreal condition. "If this isn't fixed I'd be looking
 * elsewhere" sets a real one, a conditional threat, and stays asserted.
 */
const isUnrealCondition = (tokens: readonly Token[], would: number): boolean => {
  const sentence = tokens[would]?.sentence;
  let past = false;
  for (let index = would - 1; index >= Math.max(0, would - UNREAL_REACH); index -= 1) {
    if (tokens[index]?.sentence !== sentence) return false;
    if (isA(tokens, index, WAS) || isA(tokens, index, DID)) past = true;
    if (word(tokens, index) === 'if') return past;
  }
  return false;
};

const isSubject = (tokens: readonly Token[], at: number): boolean =>
  isA(tokens, at, SUBJECT_AUX) || isA(tokens, at, SUBJECT);

/**
 * Where the phrase's own subject is: its first word ("I'll cancel"), or the word before ("i go",
 * and "our contract with you is over", a subject that is the customer's own thing).
 */
const subjectOf = (tokens: readonly Token[], start: number): number | undefined => {
  if (isSubject(tokens, start)) return start;
  return isSubject(tokens, start - 1) || isA(tokens, start - 1, POSSESSIVE) ? start - 1 : undefined;
};

/**
 * When the phrase is the consequence of a condition, its subject's index: the phrase starts at
 * its own subject a few words after "if" or "unless" in the same clause ("if this isn't fixed I'm
 * leaving", "if its not sorted by monday im going to the ombudsman"). The condition's words, its
 * negation included, are not the phrase's; "if I'm cancelling, do I get a refund" has no
 * condition before its subject.
 */
const consequenceSubject = (tokens: readonly Token[], start: number): number | undefined => {
  const subject = subjectOf(tokens, start);
  if (subject === undefined) return undefined;
  const clause = tokens[subject]?.clause;
  for (let index = subject - 1; index >= Math.max(0, subject - CONDITION_REACH); index -= 1) {
    if (tokens[index]?.clause !== clause) return undefined;
    if (isA(tokens, index, CONDITION)) {
      return index < subject - CONDITION_MIN_WORDS ? subject : undefined;
    }
  }
  return undefined;
};

/** Whether a subject opens a clause of its own in (negator, start]: see CLAUSE_SUBJECTS. */
const hasOwnSubject = (tokens: readonly Token[], negator: number, start: number): boolean => {
  for (let index = negator + 1; index <= start; index += 1) {
    const at = word(tokens, index);
    if (INVERTING.has(word(tokens, index - 1))) continue;
    if (CLAUSE_SUBJECTS.has(at)) return true;
    if (SUBJECTS_BEFORE_VERB.has(at) && FINITE.has(word(tokens, index + 1))) return true;
  }
  return false;
};

/**
 * Whether the negator at `index` governs a verb of its own clause, ended by a new subject before
 * the phrase ("I did not know they were running a scam", "it was never funded I called them 3
 * times"), and not a verb of saying or believing, whose negation reaches the clause after it
 * ("I don't think they are crooks"), nor "no way" and the like ("no way I'll cancel").
 */
const isOwnClauseNegator = (tokens: readonly Token[], index: number, start: number): boolean => {
  if (!hasOwnSubject(tokens, index, start)) return false;
  const next = word(tokens, index + 1) === 'even' ? index + 2 : index + 1;
  if (NEG_RAISING.has(word(tokens, next))) return false;
  return !(word(tokens, index) === 'no' && isA(tokens, index + 1, NO_GOVERNS));
};

/**
 * A negator shortly before the phrase, in the same clause ("no need to escalate"), or a denied
 * intention further back ("no need to raise this with anyone senior").
 */
const isNegated = (tokens: readonly Token[], start: number): boolean => {
  // "if this isn't fixed I'm leaving": a negator before the phrase's subject is the condition's.
  if (consequenceSubject(tokens, start) !== undefined) return false;
  const clause = tokens[start]?.clause;
  for (let index = start - 1; index >= Math.max(0, start - DENIED_INTENT_REACH); index -= 1) {
    if (tokens[index]?.clause !== clause) return false;
    if (tokens[index]?.info.negator !== true) continue;
    // "Not only are they liars but thieves" asserts both.
    if (word(tokens, index + 1) === 'only') continue;
    // "Daily if not hourly": "if not" compares, it denies nothing.
    if (word(tokens, index - 1) === 'if') continue;
    if (isOwnClauseNegator(tokens, index, start)) continue;
    if (isA(tokens, index + 1, DENIED_INTENT)) return true;
    if (index < start - NEGATION_REACH) continue;
    // "no" is a determiner: it negates the noun it comes before ("with no warning called three
    // times" still called), unless that noun is the phrase's start or governs it ("no one",
    // "no need to escalate", "no way I'll cancel").
    const determiner = word(tokens, index) === 'no' && index < start - 1;
    if (!determiner || isA(tokens, index + 1, NO_GOVERNS)) return true;
  }
  return false;
};

/** A negator inside the span the phrase skipped over ("the site isn't down"). */
const hasInnerNegation = (tokens: readonly Token[], start: number, end: number): boolean => {
  for (let index = start + 1; index < end - 1; index += 1) {
    if (tokens[index]?.info.negator === true) return true;
  }
  return false;
};

/**
 * A consequence said with "would" after a condition in the past is unreal: "if this was my
 * business line I would cancel" cancels nothing, "if it fails again I would cancel" threatens.
 */
const isUnrealConsequence = (tokens: readonly Token[], subject: number): boolean => {
  // "I'd cancel", or "I would cancel".
  const would = isA(tokens, subject, WOULD) ? subject : subject + 1;
  return isA(tokens, would, WOULD) && isUnrealCondition(tokens, would);
};

/** "I'd appreciate it if", "I would be grateful if": a request put politely. */
const isPoliteRequest = (tokens: readonly Token[], condition: number): boolean =>
  isA(tokens, condition - 1, GRATEFUL) ||
  (word(tokens, condition - 1) === 'it' && isA(tokens, condition - 2, GRATEFUL));

const PARTICIPLE = /(?:ed|en|lost|left|gone|done|sent|got)$/;

/**
 * "I could have switched to another service", "we should have cancelled": a phrase in the past
 * of a modal tells what was not done. "I would have to cancel" is not one ("have to").
 */
const isCounterfactual = (tokens: readonly Token[], start: number): boolean => {
  // "should have 30 days to dispute" has something; "could have switched" did not do it.
  if (!PARTICIPLE.test(word(tokens, start))) return false;
  if (tokens[start - 1]?.sentence !== tokens[start]?.sentence) return false;
  const before = word(tokens, start - 1);
  // "should've", or "should have".
  if (before.endsWith("'ve")) return MODALS.has(before.slice(0, -3));
  return before === 'have' && MODALS.has(word(tokens, start - 2));
};

/**
 * Inside an if-clause, a past intention ("I was going to cancel") or a mention of a threat
 * ("thought I'd have to threaten to leave"). A conditional threat is asserted: in "if this
 * happens again we're leaving" the phrase sits after the subject of the main clause.
 */
const isHypothetical = (tokens: readonly Token[], start: number, end = start + 1): boolean => {
  const first = tokens[start];
  if (first === undefined) return false;
  if (isCounterfactual(tokens, start)) return true;
  // A phrase that begins with its subject carries its own tense: "I was going to cancel".
  for (let index = start + 1; index < end; index += 1) {
    if (isPastIntent(tokens, index)) return true;
  }
  const subject = consequenceSubject(tokens, start);
  for (let index = start; index >= Math.max(0, start - 12); index -= 1) {
    const token = tokens[index];
    if (token?.sentence !== first.sentence) return false;
    if (isPastIntent(tokens, index)) return true;
    if (index === start) continue;
    if (token.clause !== first.clause) return false;
    if (subject !== undefined && isA(tokens, index, CONDITION)) {
      return isUnrealConsequence(tokens, subject);
    }
    // "not sure if they are deceitful" asks a question, and "I'd appreciate it if someone senior
    // could look" asks politely: neither sets a condition.
    // "Hundreds if not thousands of complaints": "if not" compares, it sets no condition.
    if (
      isA(tokens, index, HYPOTHETICAL) &&
      word(tokens, index + 1) !== 'not' &&
      !isIdleHypothetical(tokens, index)
    ) {
      return !isA(tokens, index - 1, QUESTIONING) && !isPoliteRequest(tokens, index);
    }
    if (isA(tokens, index, CASE) && word(tokens, index - 1) === 'in') return true;
    if (isA(tokens, index, WOULD) && isUnrealCondition(tokens, index)) return true;
    if (isA(tokens, index, SUBJECT_AUX)) return false;
    if (isA(tokens, index, AUX) && isA(tokens, index - 1, SUBJECT)) return false;
  }
  return false;
};

/** About another company ("my old provider was a disaster"), near the phrase in its clause. */
const isAboutAnotherCompany = (tokens: readonly Token[], start: number, end: number): boolean => {
  const clause = tokens[start]?.clause;
  for (let index = Math.max(0, start - 6); index < Math.min(tokens.length, end + 6); index += 1) {
    if (index >= start && index < end) continue;
    if (tokens[index]?.clause !== clause) continue;
    if (isA(tokens, index, FORMER) && isA(tokens, index + 1, COMPANY)) return true;
    if (index < start && isA(tokens, index, PEOPLE)) return true;
  }
  return false;
};

export {
  FIRST_PERSON,
  hasInnerNegation,
  isAboutAnotherCompany,
  isHypothetical,
  isNegated,
  OTHERS,
  POSSESSIVE,
  REPORT_VERBS,
  SPOKEN_TO,
  SUBJECT_AUX,
  word,
};
