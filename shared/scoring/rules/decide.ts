import type { DetectionConfig } from '../../config/detection-schema.js';
import {
  TRIGGER_CATEGORIES,
  type Assessment,
  type Trigger,
  type TriggerCategory,
} from '../assessment.js';
import type { NormalizedRating } from '../rating.js';
import { SIGNALS, type RuleSignal } from './rule.js';
import type { Sentiment } from '../engine/sentiment.js';
import type { Hit } from './hits.js';

interface DecideInput {
  readonly hits: readonly Hit[];
  readonly sentiment: Sentiment;
  readonly rating: NormalizedRating | undefined;
  readonly thresholds: DetectionConfig['thresholds'];
  /** The most negative sentence, offered as strong_negative evidence when no phrase fired. */
  readonly worstSentiment: Hit | undefined;
  /** Told each step that changed the outcome, in order, for `score --explain`. */
  readonly note?: ((step: string) => void) | undefined;
}

// How much each trigger says about dissatisfaction on its own (0..100); the score explains the
// level, the case rules below (categories that open a case, repeat contact in a negative tone, an
// extreme rating that is not a mistake or praise) decide it.
const WEIGHTS: Readonly<Record<TriggerCategory, number>> = {
  legal_threat: 45,
  churn_threat: 40,
  business_impact: 40,
  escalation_request: 35,
  strong_negative: 30,
  extreme_rating: 25,
  repeat_contact: 20,
};
const CASE_CATEGORIES: readonly TriggerCategory[] = [
  'churn_threat',
  'legal_threat',
  'escalation_request',
  'business_impact',
  'strong_negative',
];

/**
 * The first hit of each category, by its place in TRIGGER_CATEGORIES: a small array per
 * decision instead of a Map keyed by name.
 */
type FirstHits = (Hit | undefined)[];

// A rule signal's place in TRIGGER_CATEGORIES; signals that are no trigger category are absent.
const INDEX_OF_SIGNAL: ReadonlyMap<RuleSignal, number> = new Map(
  TRIGGER_CATEGORIES.map((category, index) => [category, index]),
);
const categoryIndex = (category: TriggerCategory): number => INDEX_OF_SIGNAL.get(category) ?? -1;
/** A rule signal's bit in a decision's mask of the signals said, and its category's place. */
interface SignalPlace {
  readonly bit: number;
  readonly category: number;
}
const PLACE_OF_SIGNAL: ReadonlyMap<RuleSignal, SignalPlace> = new Map(
  SIGNALS.map((signal, index) => [
    signal,
    { bit: 1 << index, category: INDEX_OF_SIGNAL.get(signal) ?? -1 },
  ]),
);
const bitOf = (signal: RuleSignal): number => PLACE_OF_SIGNAL.get(signal)?.bit ?? 0;
const STAYING = bitOf('staying');
const NEUTRAL_EXIT = bitOf('neutral_exit');
const EXASPERATED = bitOf('exasperated');
const RESOLVED = bitOf('resolved');
const CALM = bitOf('calm');
const MISTAKE = bitOf('mistake');
const URGENT = bitOf('urgent');
const CONTACT = bitOf('contact');
const REPEAT = categoryIndex('repeat_contact');
const CHURN = categoryIndex('churn_threat');
const IMPACT = categoryIndex('business_impact');
const EXTREME = categoryIndex('extreme_rating');
const STRONG = categoryIndex('strong_negative');
const CASE_INDEXES: readonly number[] = CASE_CATEGORIES.map(categoryIndex);
const WEIGHT_BY_INDEX: readonly number[] = TRIGGER_CATEGORIES.map((category) => WEIGHTS[category]);
// One empty place per category, copied for each decision.
const NO_FIRST_HITS: readonly (Hit | undefined)[] = TRIGGER_CATEGORIES.map(() => undefined);
// A sentence must be both dense and heavy to count as strong without a strong word: "bad" alone
// is dense, a long grumble is heavy, neither is intense. Complaint letters are full of words
// like "fraud" and "error": on the tune split a sum of -12 was still right only one time in three.
const MIN_STRONG_SUM = -16;
// Three reported contacts are the guide's "about three". A contact is counted only in the forms a
// report uses ("I called", "I sent an email"), not the nouns of messages received; when nouns
// counted too, four mentions were needed, and on the 6,613-item tune split counting only reports
// with three raised repeat-contact F1 from 0.794 to 0.795 (precision 0.82 to 0.80, recall 0.77
// to 0.79). Two matches that share their first or last word are one mention (see mentionsOf); when
// "I called again" and "I called them and complained" counted as two, precision was 0.842 and
// recall 0.788, counted once 0.851 and 0.782 (an "again" or "back" after a contact was right
// about one time in three as a further contact).
const CONTACTS_FOR_REPEAT = 3;
const MIN_SENTENCE_WORDS = 5;

/** Rule ids of the two triggers no phrase finds: a bottom rating and a sentence strong by tone. */
const RATING_RULE_ID = 'rating.extreme';
const TONE_RULE_ID = 'tone.strong-sentence';

const toTrigger = (category: TriggerCategory, hit: Hit): Trigger => {
  const ruleId = hit.ruleId ?? TONE_RULE_ID;
  const { evidence, start, end, turn } = hit;
  return turn === undefined
    ? { category, ruleId, evidence, start, end }
    : { category, ruleId, evidence, start, end, turn };
};

/** Whether `signals` (the bits of the signals said, see PLACE_OF_SIGNAL) has any of `wanted`. */
const said = (signals: number, wanted: number): boolean => (signals & wanted) !== 0;

/**
 * The separate mentions of `signal`, one hit each. Matches that share their first or their last
 * word are one report: "I called them again", "I called the bank and complained" and "as soon as I
 * saw it, I called" each tell of one contact, however many rules or subjects read it.
 */
const mentionsOf = (hits: readonly Hit[], signal: RuleSignal): Hit[] => {
  const mentions: Hit[] = [];
  for (const hit of hits) {
    if (hit.signal !== signal) continue;
    const again = mentions.some(
      (seen) => seen.turn === hit.turn && (seen.start === hit.start || seen.end === hit.end),
    );
    if (!again) mentions.push(hit);
  }
  return mentions;
};

/** Whether `first` holds one of the case categories other than the one at `except` (or -1). */
const opensBesides = (first: FirstHits, except: number): boolean => {
  for (const index of CASE_INDEXES) {
    if (index !== except && first[index] !== undefined) return true;
  }
  return false;
};

/** Removes the first hit at `index`; whether there was one. */
const drop = (first: FirstHits, index: number): boolean => {
  if (first[index] === undefined) return false;
  first[index] = undefined;
  return true;
};

/** Applies the case, urgency and level rules to the hits of one signal. */
/** The dissatisfaction score (0..100) and level; cases sit at or above `extremeScore`. */
const scoreAndLevel = (
  raw: number,
  openCase: boolean,
  thresholds: DetectionConfig['thresholds'],
): Pick<Assessment, 'score' | 'level'> => {
  const bounded = Math.round(Math.min(100, Math.max(0, raw)));
  if (openCase) return { score: Math.max(bounded, thresholds.extremeScore), level: 'extreme' };
  const score = Math.min(bounded, thresholds.extremeScore - 1);
  return { score, level: score >= thresholds.watchScore ? 'watch' : 'none' };
};

/** Says why the case opens or not, for explanations only. */
const noteOutcome = (
  note: (step: string) => void,
  facts: {
    readonly first: FirstHits;
    readonly negativeTone: boolean;
    readonly extreme: boolean;
    readonly clearlyPositive: boolean;
    readonly signals: number;
    readonly openCase: boolean;
  },
): void => {
  const { first, negativeTone, extreme, clearlyPositive, signals, openCase } = facts;
  const opening = CASE_CATEGORIES.filter(
    (_category, place) => first[CASE_INDEXES[place] ?? -1] !== undefined,
  );
  if (opening.length > 0) note(`opens a case: ${opening.join(', ')}`);
  else if (first[REPEAT] !== undefined) {
    note(
      negativeTone
        ? 'opens a case: repeat_contact with a negative tone'
        : 'no case: repeat_contact but the tone is positive',
    );
  } else if (extreme) {
    if (said(signals, MISTAKE))
      note('no case: extreme rating, but the comment says it was a mistake');
    else if (clearlyPositive) note('no case: extreme rating, but the comment is clearly positive');
    else note('opens a case: extreme rating');
  } else if (!openCase) note('no case: no trigger that opens one');
};

const decide = (input: DecideInput): Omit<Assessment, 'id'> => {
  const { hits, sentiment, rating, thresholds, note } = input;
  const toneAndRating =
    Math.min(20, Math.max(0, -sentiment.sum * 2)) +
    (rating === undefined ? 0 : (1 - rating.goodness) * 15);
  // Most feedback triggers nothing: answer it without building any sets.
  if (hits.length === 0 && input.worstSentiment === undefined && rating?.extreme !== true) {
    note?.('no case: no rule matched, no strongly negative sentence, no extreme rating');
    const { score, level } = scoreAndLevel(toneAndRating, false, thresholds);
    return { openCase: false, urgent: false, score, level, triggers: [] };
  }
  const first: FirstHits = NO_FIRST_HITS.slice();
  // Every signal said, one bit each: one pass over the hits instead of one per question.
  let signals = 0;
  for (const hit of hits) {
    const place = PLACE_OF_SIGNAL.get(hit.signal);
    if (place === undefined) continue;
    signals |= place.bit;
    if (place.category >= 0 && first[place.category] === undefined) first[place.category] = hit;
  }
  // Separate mentions of getting in touch ("I called... I wrote... I disputed it again")
  // are repeat contact even when no sentence counts them.
  const contacts = said(signals, CONTACT) ? mentionsOf(hits, 'contact') : undefined;
  const third = contacts?.[CONTACTS_FOR_REPEAT - 1];
  if (first[REPEAT] === undefined && third !== undefined) {
    first[REPEAT] = third;
    note?.(`repeat_contact: ${String(contacts?.length)} separate contacts mentioned`);
  }
  if (said(signals, STAYING) && drop(first, CHURN)) {
    note?.('churn_threat taken back: the customer says they are staying');
  }
  // Closing an account because of a move abroad, with nothing negative said, is not churn.
  if (said(signals, NEUTRAL_EXIT) && sentiment.sum >= 0 && !said(signals, EXASPERATED)) {
    if (drop(first, CHURN))
      note?.('churn_threat dropped: leaving for a life event, tone not negative');
  }
  const worst = input.worstSentiment;
  const density =
    worst === undefined
      ? 0
      : (sentiment.worst.sum * 10) /
        Math.max(MIN_SENTENCE_WORDS, sentiment.worst.end - sentiment.worst.start);
  if (
    first[STRONG] === undefined &&
    worst !== undefined &&
    (rating === undefined || rating.goodness < 0.5) &&
    sentiment.worst.sum <= MIN_STRONG_SUM &&
    density <= thresholds.strongNegativeSentiment
  ) {
    first[STRONG] = worst;
    note?.(
      `strong_negative by tone: sentence sum ${String(sentiment.worst.sum)}, ` +
        `density ${density.toFixed(1)} <= ${String(thresholds.strongNegativeSentiment)}`,
    );
  }
  const positiveText = sentiment.sum > 0;
  const exasperated = said(signals, EXASPERATED);
  // A 9 out of 10 with "worst thing I can say is the icon", or four stars of five with "the
  // skirt makes a horrible noise", is praise with a quibble; so is five stars for a top that
  // "sits around the hip" or a dress "I could not walk away from": no threat or outage there.
  const highRating = rating !== undefined && rating.goodness >= 0.75;
  const praiseWithQuibble = highRating && sentiment.sum >= 0;
  if (praiseWithQuibble) {
    // It outweighs every category that opens a case by itself; repeat contact decides nothing
    // alone there (see negativeTone below).
    for (const index of CASE_INDEXES) {
      if (drop(first, index))
        note?.(`${String(TRIGGER_CATEGORIES[index])} dropped: high rating, tone not negative`);
    }
  } else if (highRating && drop(first, STRONG)) {
    // Under a high rating (four stars of five, 8 of 10 or better), strong words alone judge a
    // detail even when the text's tone is negative ("the fit is so awful", "looks terrible on
    // other shapes", "so crazy comfortable"): the labellers opened no case on any of the 767
    // reviews of four or five stars in `tune`. A threat, a request for a manager or an outage
    // under a high rating still opens one.
    note?.('strong_negative dropped: high rating');
  }
  const presentImpact = hits.some((hit) => hit.signal === 'business_impact' && hit.present);
  // A past outage brought up to praise how it was handled is not a grievance.
  const praised = sentiment.sum >= 3 || (said(signals, RESOLVED) && sentiment.sum > 0);
  if (!presentImpact && praised && !exasperated && !opensBesides(first, IMPACT)) {
    if (drop(first, IMPACT)) note?.('business_impact dropped: a past incident, praised');
  }

  const extreme = rating?.extreme === true;
  // Clearly positive means praise without a reservation: "love the design! but it's way too
  // long" under a bottom rating is a complaint.
  const clearlyPositive =
    sentiment.sum >= 2 &&
    sentiment.negativeWords === 0 &&
    sentiment.reservations === 0 &&
    !exasperated;
  // Repeated contact reads as a grievance unless the words are all good ("three people, but
  // every one was helpful"): one negative word or "never heard back" makes it a complaint.
  // Under a high rating it is a quibble whatever the tone, as strong words are ("so many people
  // stopped me to ask about it", four stars; "passed up this dress so many times", five).
  const allGood =
    positiveText &&
    sentiment.negativeWords === 0 &&
    sentiment.negations === 0 &&
    (rating === undefined || rating.goodness >= 0.5);
  // "no rush", "no complaint": the customer says themselves that the contacts are no grievance
  // (one negative word allowed: the complaint the cue itself denies).
  const unbothered = said(signals, CALM) && sentiment.negativeWords <= 1;
  const negativeTone = exasperated || !(allGood || highRating || unbothered);
  const openCase =
    opensBesides(first, -1) ||
    (first[REPEAT] !== undefined && negativeTone) ||
    (extreme && !said(signals, MISTAKE) && !clearlyPositive);
  const calmed = said(signals, CALM | RESOLVED);
  const hurtingNow = hits.some((hit) => hit.signal === 'business_impact' && hit.urgent);
  const urgent = openCase && !calmed && (said(signals, URGENT) || hurtingNow);
  if (note !== undefined) {
    noteOutcome(note, { first, negativeTone, extreme, clearlyPositive, signals, openCase });
    if (openCase) {
      note(
        urgent
          ? `urgent: ${hurtingNow ? 'present-tense business impact' : 'an urgency cue'}`
          : `not urgent: ${calmed ? 'a calm or resolved cue' : 'no present impact or urgency cue'}`,
      );
    }
  }

  const triggers: Trigger[] = [];
  let heaviest = 0;
  for (let index = 0; index < TRIGGER_CATEGORIES.length; index += 1) {
    const category = TRIGGER_CATEGORIES[index];
    if (category === undefined) continue;
    const hit = first[index];
    if (hit !== undefined) triggers.push(toTrigger(category, hit));
    const rated = index === EXTREME && extreme;
    if (rated) triggers.push({ category, ruleId: RATING_RULE_ID, evidence: '', start: 0, end: 0 });
    if (hit !== undefined || rated) heaviest = Math.max(heaviest, WEIGHT_BY_INDEX[index] ?? 0);
  }
  const raw = heaviest + 8 * Math.max(0, triggers.length - 1) + toneAndRating + (urgent ? 10 : 0);
  const { score, level } = scoreAndLevel(raw, openCase, thresholds);
  return { openCase, urgent, score, level, triggers };
};

export { decide, MIN_STRONG_SUM };
