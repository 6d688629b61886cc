import type { DetectionConfig } from '../config/detection-schema.js';
import type { Assessment, DetectorInput, Trigger, TriggerCategory } from './assessment.js';
import { decide } from './decide.js';
import { configuredRules, createStemmer, createWordTable, keywordsOf, porter } from './lexicon.js';
import { normalizeRating } from './rating.js';
import { buildRuleIndex } from './rule-index.js';
import { BUILT_IN_RULES } from './rules/index.js';
import { sentimentOf, type Sentiment } from './sentiment.js';
import { toHits, type Hit } from './signals.js';
import { tokenize, type Token, type WordInfo } from './tokenize.js';

/** Scores one signal. `assess` is pure and deterministic: same input, same Assessment. */
interface Detector {
  assess(input: DetectorInput): Assessment;
}

interface Segment {
  readonly text: string;
  readonly turn: number | undefined;
  readonly tokens: readonly Token[];
}

/** The customer's own words: the survey comment and every customer turn (agent turns never count). */
const segmentsOf = (input: DetectorInput, lookup: (lower: string) => WordInfo): Segment[] => {
  const segments: Segment[] = [];
  if (input.text !== '')
    segments.push({ text: input.text, turn: undefined, tokens: tokenize(input.text, lookup) });
  input.turns.forEach((turn, index) => {
    if (turn.role === 'customer' && turn.text !== '') {
      segments.push({ text: turn.text, turn: index, tokens: tokenize(turn.text, lookup) });
    }
  });
  return segments;
};

const combine = (parts: readonly Sentiment[]): Sentiment => {
  let worst = { sum: 0, start: 0, end: 0 };
  let worstPart = -1;
  parts.forEach((part, index) => {
    if (part.worst.sum < worst.sum) {
      worst = part.worst;
      worstPart = index;
    }
  });
  return {
    sum: parts.reduce((total, part) => total + part.sum, 0),
    words: parts.reduce((total, part) => total + part.words, 0),
    negativeWords: parts.reduce((total, part) => total + part.negativeWords, 0),
    worst: { ...worst, start: worstPart, end: worstPart },
  };
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
const createDetector = (detection: DetectionConfig): Detector => {
  const disabled = new Set(detection.disabledPhrases.map((phrase) => phrase.toLowerCase()));
  const specs = [
    ...BUILT_IN_RULES.filter((spec) => !disabled.has(spec.pattern.toLowerCase())),
    ...configuredRules(detection),
  ];
  const stem = createStemmer(new Set(specs.flatMap(keywordsOf)));
  const index = buildRuleIndex(specs, porter);
  const lookup = createWordTable(stem, index);
  const { thresholds } = detection;

  return {
    assess(input: DetectorInput): Assessment {
      const segments = segmentsOf(input, lookup);
      const hits: Hit[] = [];
      const sentiments: Sentiment[] = [];
      for (const segment of segments) {
        hits.push(
          ...toHits(segment.text, segment.tokens, index.find(segment.tokens), segment.turn),
        );
        sentiments.push(sentimentOf(segment.tokens));
      }
      const sentiment = combine(sentiments);
      const rating = input.rating === null ? undefined : normalizeRating(input.rating);
      const worstSegment = segments[sentiment.worst.start];
      const worstSentiment =
        worstSegment === undefined
          ? undefined
          : sentimentSpan(worstSegment, sentiments[sentiment.worst.start]);
      const decision = decide({ hits, sentiment, rating, thresholds, worstSentiment });
      return { id: input.id, ...decision };
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
    evidence: segment.text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    turn: segment.turn,
    present: false,
  };
};

export { createDetector };
export type { Detector, Trigger, TriggerCategory };
