import type { DetectionConfig } from '../config/detection-schema.js';
import type { Assessment, DetectorInput, Trigger, TriggerCategory } from './assessment.js';
import { decide, MIN_STRONG_SUM } from './rules/decide.js';
import { createStemmer, createWordTable, porter } from './engine/word-table.js';
import { enabledRules, keywordsOfRules } from './rule-set.js';
import { normalizeRating } from './rating.js';
import { buildRuleIndex, type DroppedMatch, type Match } from './engine/matcher.js';
import { sentimentOf, type Sentiment } from './engine/sentiment.js';
import { signalId, SIGNALS, type RuleSignal, type RuleSpec } from './rules/rule.js';
import type { ExplainedMatch, Explanation } from './explanation.js';
import { guardAgainst, toHit, type Hit } from './rules/hits.js';
import { classesOf } from './rules/word-classes.js';
import { hashtagBoundaries } from './engine/segment.js';
import { tokenize, type Token } from './engine/tokenize.js';
import { createVocabulary } from './engine/vocabulary.js';

// Contacts are counted, so every one must be found.
const UNSETTLED: ReadonlySet<RuleSignal> = new Set<RuleSignal>(['contact']);

/** Scores one signal. `assess` is pure and deterministic: same input, same Assessment. */
interface Detector {
  assess(input: DetectorInput): Assessment;
  /** The same assessment, with every rule match, guard, tone figure and decision step. */
  explain(input: DetectorInput): Explanation;
}

/** What `explain` collects while the detector runs; absent on the fast path. */
interface Trace {
  readonly matches: ExplainedMatch[];
  readonly decision: string[];
}

interface Segment {
  readonly text: string;
  readonly turn: number | undefined;
  readonly tokens: readonly Token[];
}

/** The customer's own words: the survey comment and every customer turn (agent turns never count). */
const segmentsOf = (input: DetectorInput, words: (text: string) => Token[]): Segment[] => {
  const segments: Segment[] =
    input.text === '' ? [] : [{ text: input.text, turn: undefined, tokens: words(input.text) }];
  for (let index = 0; index < input.turns.length; index += 1) {
    const turn = input.turns[index];
    if (turn?.role === 'customer' && turn.text !== '') {
      segments.push({ text: turn.text, turn: index, tokens: words(turn.text) });
    }
  }
  return segments;
};

/** Sums the segments' sentiment; `worst` is the most negative sentence, `segment` its source. */
const combine = (parts: readonly Sentiment[]): { total: Sentiment; segment: number } => {
  let sum = 0;
  let words = 0;
  let negativeWords = 0;
  let reservations = 0;
  let negations = 0;
  let segment = -1;
  let worst = { sum: 0, start: 0, end: 0 };
  parts.forEach((part, index) => {
    sum += part.sum;
    words += part.words;
    negativeWords += part.negativeWords;
    reservations += part.reservations;
    negations += part.negations;
    if (part.worst.sum < worst.sum) {
      worst = part.worst;
      segment = index;
    }
  });
  return { total: { sum, words, negativeWords, reservations, negations, worst }, segment };
};

/**
 * Builds a detector from the `detection` section of the configuration. Phrase lists are compiled
 * here, once; the detect Lambda calls this once per cold start.
 *
 * Ratings: bottom of the scale is `extreme_rating` (NPS 0-2, CSAT 1, CES 7, ten 1-2); a binary
 * 0 is bad but never extreme on its own; a sentiment rating of -4 or -5 is extreme.
 *
 * @example
 * const detector = createDetector(config.detection);
 * const assessment = detector.assess(signal); // a Signal is accepted as is
 */
const createDetector = (detection: DetectionConfig): Detector =>
  detectorFor(enabledRules(detection), detection.thresholds);

/** A detector running exactly these rules: the configured set, or one rule for its examples. */
const detectorFor = (
  specs: readonly RuleSpec[],
  thresholds: DetectionConfig['thresholds'],
): Detector => {
  const keywords = keywordsOfRules(specs);
  const stem = createStemmer(keywords);
  const isWord = createVocabulary(keywords);
  const index = buildRuleIndex(specs, porter, (spec) => signalId(spec.signal));
  const lookup = createWordTable(stem, index, isWord, classesOf);
  const splitHashtag = (raw: string): number[] => hashtagBoundaries(raw, isWord);
  const words = (text: string): Token[] => tokenize(text, lookup, splitHashtag);
  // Scratch state reused across calls (assess is synchronous): signal `s` has its hit in the
  // current call when settled[s] === round. Results never depend on it.
  const settled = new Uint32Array(SIGNALS.length);
  let round = 0;

  // What the call in progress is looking at: `onMatch` and `onDropped` are made once per
  // detector and read it, instead of two closures per call (assess is synchronous).
  const call: { segment: Segment | undefined; hits: Hit[]; trace: Trace | undefined } = {
    segment: undefined,
    hits: [],
    trace: undefined,
  };
  const record = (match: Match<RuleSpec>, outcome: string): void => {
    const { segment: current, trace } = call;
    if (trace === undefined || current === undefined) return;
    const first = current.tokens[match.start];
    const last = current.tokens[match.end - 1];
    trace.matches.push({
      ruleId: match.rule.spec.id,
      signal: match.rule.spec.signal,
      evidence:
        first === undefined || last === undefined ? '' : current.text.slice(first.start, last.end),
      ...(current.turn === undefined ? {} : { turn: current.turn }),
      outcome,
    });
  };
  const onMatch = (match: Match<RuleSpec>): void => {
    const current = call.segment;
    if (current === undefined) return;
    const guard = guardAgainst(current.text, current.tokens, match);
    if (guard !== undefined) {
      record(match, guard);
      return;
    }
    const hit = toHit(current.text, current.tokens, match, current.turn);
    if (hit === undefined) return;
    record(match, 'counted');
    call.hits.push(hit);
    // Business impact stays open until an urgent hit. An explanation lists every match, so it
    // never settles a signal early.
    if (
      call.trace === undefined &&
      !UNSETTLED.has(hit.signal) &&
      (hit.signal !== 'business_impact' || hit.urgent)
    ) {
      settled[match.rule.slot] = round;
    }
  };
  const onDropped = (dropped: DroppedMatch<RuleSpec>): void => {
    record(dropped, dropped.condition);
  };

  /** Finds the segment's rule matches (into `call`) and returns its tone. */
  const scan = (segment: Segment, trace: Trace | undefined): Sentiment => {
    call.segment = segment;
    index.find(
      segment.tokens,
      settled,
      round,
      onMatch,
      trace === undefined ? undefined : onDropped,
    );
    return sentimentOf(segment.tokens, segment.text);
  };

  const run = (input: DetectorInput, trace: Trace | undefined) => {
    const segments = segmentsOf(input, words);
    const hits: Hit[] = [];
    call.hits = hits;
    call.trace = trace;
    round += 1;
    const sentiments = segments.map((segment) => scan(segment, trace));
    const { total: sentiment, segment } =
      sentiments.length === 1 && sentiments[0] !== undefined
        ? { total: sentiments[0], segment: sentiments[0].worst.sum < 0 ? 0 : -1 }
        : combine(sentiments);
    const rating = input.rating === null ? undefined : normalizeRating(input.rating);
    // segments[-1] would be a slow named-property lookup, not an element read.
    const worstSegment = segment < 0 ? undefined : segments[segment];
    // Located only when heavy enough to matter (see decide).
    const worstSentiment =
      worstSegment === undefined || sentiment.worst.sum > MIN_STRONG_SUM
        ? undefined
        : sentimentSpan(worstSegment, sentiment);
    const note = trace === undefined ? undefined : (step: string) => trace.decision.push(step);
    const decision = decide({ hits, sentiment, rating, thresholds, worstSentiment, note });
    const assessment: Assessment = {
      id: input.id,
      openCase: decision.openCase,
      urgent: decision.urgent,
      level: decision.level,
      score: decision.score,
      triggers: decision.triggers,
    };
    return { assessment, sentiment, worstSegment, rating };
  };

  return {
    assess: (input) => run(input, undefined).assessment,
    explain(input) {
      const trace: Trace = { matches: [], decision: [] };
      const { assessment, sentiment, worstSegment, rating } = run(input, trace);
      const worst = worstSegment === undefined ? undefined : sentimentSpan(worstSegment, sentiment);
      return {
        assessment,
        matches: trace.matches,
        tone: {
          sum: sentiment.sum,
          negativeWords: sentiment.negativeWords,
          worstSentence: worst?.evidence ?? '',
          worstSum: sentiment.worst.sum,
        },
        rating:
          input.rating === null || rating === undefined
            ? 'none'
            : `${String(input.rating.value)} on ${input.rating.scale}: goodness ${rating.goodness.toFixed(2)}${rating.extreme ? ', extreme' : ''}`,
        decision: trace.decision,
      };
    },
  };
};

/** The span of the most negative sentence of a segment, as a located hit for strong_negative. */
const sentimentSpan = (segment: Segment, sentiment: Sentiment | undefined): Hit | undefined => {
  if (sentiment === undefined) return undefined;
  const first = segment.tokens[sentiment.worst.start];
  const last = segment.tokens[sentiment.worst.end - 1];
  if (first === undefined || last === undefined) return undefined;
  return {
    signal: 'strong_negative',
    ruleId: undefined,
    evidence: segment.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    turn: segment.turn,
    present: false,
    urgent: false,
  };
};

export { createDetector, detectorFor };
export type { Detector, Explanation, Trigger, TriggerCategory };
