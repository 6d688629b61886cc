import type { Token } from '../engine/tokenize.js';
import {
  FIRST_PERSON,
  OTHERS,
  POSSESSIVE,
  REPORT_VERBS,
  SPOKEN_TO,
  SUBJECT_AUX,
  word,
} from './guards.js';
import { isA, wordClass } from './word-classes.js';

/**
 * The reported-speech guard: whether a matched phrase is words someone else said ("my neighbour
 * said she'd sue", "I was told they can't help") rather than the customer's own, and where such a
 * report ends and the customer speaks again.
 */

const BEFORE_SAID_NOUN = wordClass(
  'of the in on per for with from regarding about under all'.split(' '),
);

// How far back a report verb is looked for: what the customer was told ("I am being told they
// can not help and that I have to go to court") reaches further than what someone said.
const SAID_REACH = 10;
const TOLD_REACH = 16;

// Words that join a clause of the customer's own to what someone said: "they said it was fixed
// and I want a supervisor", "he told me to wait, so I'm going to the ombudsman".
// "which" starts the customer's comment on it: "they keep saying it came in the mail, which is a
// lie".
const REPORT_ENDS = wordClass('but and when so then because until after which'.split(' '));
// After them, the customer's clause is still part of what was said: "they said I was approved
// and I would get the money".
const BACKSHIFTED: ReadonlySet<string> = new Set(
  "would could should might must had was were have has needed i'd we'd".split(' '),
);
// How far back the subject of a report verb without one ("... and said I wanted a manager") is
// looked for.
const ELIDED_REACH = 12;
const ELIDING: ReadonlySet<string> = new Set(['so', 'and', 'then']);
// "In my complaint I stated", "my letter said": the customer's own writing speaking.
const OWN_WRITING: ReadonlySet<string> = new Set(
  'complaint complain letter email message dispute note reply response'.split(' '),
);

// A report in the present tense, in the verb's bare form: "they say it is fixed", "he claims I
// owe". Bare, these words are also nouns and the customer's own turns of phrase ("my claim",
// "needless to say", "I'd say"): they report only after the pronoun of someone else, or one
// adverb after it ("they also claim").
const BARE_REPORT: ReadonlySet<string> = new Set(
  'say claim claims state states insist insists tell'.split(' '),
);
const ADVERBS_BEFORE_REPORT: ReadonlySet<string> = new Set(
  'also still now always just keep even then'.split(' '),
);

/** Whether the word at `index` is a bare report verb after someone else's pronoun. */
const isBareReport = (tokens: readonly Token[], index: number): boolean => {
  if (!BARE_REPORT.has(word(tokens, index))) return false;
  const before = ADVERBS_BEFORE_REPORT.has(word(tokens, index - 1)) ? index - 2 : index - 1;
  return OTHERS.has(word(tokens, before));
};

/**
 * Whether the clause at `index` ("and I want ...", "which is a lie") is the customer's own, after
 * a report; call at a word of REPORT_ENDS.
 */
const isOwnClauseAfterReport = (
  tokens: readonly Token[],
  index: number,
  start: number,
): boolean => {
  const at = word(tokens, index);
  // "They keep saying it is fixed, but when I ask for a supervisor ...": the customer's own
  // clause, after the report, is the customer speaking.
  if (at === 'but') return index < start - 1;
  if (at === 'which') return index >= start - 2;
  return (
    isA(tokens, index + 1, FIRST_PERSON) &&
    !BACKSHIFTED.has(word(tokens, index + 1)) &&
    !BACKSHIFTED.has(word(tokens, index + 2))
  );
};

/**
 * Whether the nearest subject from `from` back to `lowest`, inside clause `clause`, is the
 * customer: a first person before any auxiliary or someone else's pronoun.
 */
const isCustomerSubject = (
  tokens: readonly Token[],
  from: number,
  lowest: number,
  clause: number | undefined,
): boolean => {
  for (let index = from; index >= Math.max(0, lowest); index -= 1) {
    if (tokens[index]?.clause !== clause) return false;
    if (isA(tokens, index, FIRST_PERSON)) return true;
    if (isA(tokens, index, SUBJECT_AUX) || OTHERS.has(word(tokens, index))) return false;
  }
  return false;
};

/**
 * Whether the report verb at `verb`, said with no subject of its own, is the customer's: the
 * subject of the verb it is joined to ("I went into the branch and said I wanted a manager"), or
 * none at the start of a sentence ("So said I will be contacting the attorney general").
 */
const isElidedCustomer = (tokens: readonly Token[], verb: number): boolean => {
  const sentence = tokens[verb]?.sentence;
  const before = verb - 1;
  const atStart = tokens[before]?.sentence !== sentence;
  if (!atStart && !ELIDING.has(word(tokens, before))) return false;
  if (atStart || tokens[before - 1]?.sentence !== sentence) return true;
  // "the agent then said" has a subject of its own; "and then said", "and so said" have none.
  const and = word(tokens, before) === 'and' ? before : before - 1;
  if (word(tokens, and) !== 'and') return false;
  // The clause joined by "and" (", and said" included), not one before it.
  return isCustomerSubject(tokens, and - 1, before - ELIDED_REACH, tokens[and - 1]?.clause);
};

const OBJECTS: ReadonlySet<string> = new Set(['them', 'him', 'her']);

/**
 * Whether the report at `verb` is a participle after an object, whose speaker is the subject of
 * the clause: the customer in "I emailed them telling them to close my account", not in "they
 * rang me saying I owe them".
 */
const isParticipleOfCustomer = (tokens: readonly Token[], verb: number): boolean => {
  if (!OBJECTS.has(word(tokens, verb - 1)) || !word(tokens, verb).endsWith('ing')) return false;
  return isCustomerSubject(tokens, verb - 2, verb - ELIDED_REACH, tokens[verb]?.clause);
};

/** Whether the words before the report verb at `verb` name the customer as its speaker. */
const isCustomerSpeaking = (tokens: readonly Token[], verb: number): boolean => {
  for (let subject = verb - 1; subject >= Math.max(0, verb - 3); subject -= 1) {
    if (isA(tokens, subject, FIRST_PERSON)) return true;
    const at = word(tokens, subject);
    if (OWN_WRITING.has(at) && isA(tokens, subject - 1, POSSESSIVE)) return true;
    // "I think they said ...": theirs.
    if (OTHERS.has(at)) return false;
  }
  return isElidedCustomer(tokens, verb) || isParticipleOfCustomer(tokens, verb);
};

const CUSTOMER: ReadonlySet<string> = new Set(['i', 'we', 'me', 'us']);
// How many words of a refusal are looked at for the customer refused ("couldn't get me a manager").
const REFUSAL_REACH = 4;

/**
 * A refusal the customer was dealt: "they told me I can't speak to a supervisor", "she refused
 * to let me talk to a manager". Whoever reports it, it tells of the customer's own request.
 */
const isRefusalOfCustomer = (tokens: readonly Token[], start: number): boolean => {
  if (tokens[start]?.info.negator !== true && !word(tokens, start).startsWith('refus')) {
    return false;
  }
  for (let index = start - 1; index <= start + REFUSAL_REACH; index += 1) {
    if (CUSTOMER.has(word(tokens, index))) return true;
  }
  return false;
};

/** Words someone else said ("my client told me 'I'll sue'"), unless the speaker is the customer. */
const isReported = (tokens: readonly Token[], start: number): boolean => {
  const sentence = tokens[start]?.sentence;
  if (isRefusalOfCustomer(tokens, start)) return false;
  for (let index = start - 1; index >= Math.max(0, start - TOLD_REACH); index -= 1) {
    if (tokens[index]?.sentence !== sentence) return false;
    if (isA(tokens, index, REPORT_ENDS) && isOwnClauseAfterReport(tokens, index, start)) {
      return false;
    }
    if (!isA(tokens, index, REPORT_VERBS)) {
      if (isBareReport(tokens, index) && index >= start - SAID_REACH) return true;
      continue;
    }
    // "proof of said investigation", "the said account": the legal adjective, nobody speaking.
    if (word(tokens, index) === 'said' && isA(tokens, index - 1, BEFORE_SAID_NOUN)) continue;
    // "That being said, I want ..." is the customer's own turn of phrase.
    const idiom = word(tokens, index - 2) === 'that' && word(tokens, index - 1) === 'being';
    if (isA(tokens, index - 1, SPOKEN_TO) && !idiom) return true;
    if (idiom || index < start - SAID_REACH) continue;
    return !isCustomerSpeaking(tokens, index);
  }
  return false;
};

export { isReported };
