import type { DetectionConfig } from '../config/detection-schema.js';
import type { Assessment, DetectorInput, Trigger } from './assessment.js';
import { normalizeRating } from './rating.js';

/** Scores one signal. `assess` is pure and deterministic: same input, same Assessment. */
interface Detector {
  assess(input: DetectorInput): Assessment;
}

/**
 * Builds a detector from the `detection` section of the configuration. Phrase lists are compiled
 * here, once; the detect Lambda calls this once per cold start.
 *
 * @example
 * const detector = createDetector(config.detection);
 * const assessment = detector.assess(signal); // a Signal is accepted as is
 */
const createDetector = (detection: DetectionConfig): Detector => {
  const { thresholds } = detection;
  return {
    assess(input: DetectorInput): Assessment {
      const triggers: Trigger[] = [];
      let score = 0;
      if (input.rating !== null) {
        const rating = normalizeRating(input.rating);
        score = Math.round((1 - rating.goodness) * 40);
        if (rating.extreme) {
          triggers.push({ category: 'extreme_rating', evidence: '', start: 0, end: 0 });
          score = Math.max(score, thresholds.extremeScore);
        }
      }
      const openCase = triggers.length > 0;
      const level =
        score >= thresholds.extremeScore
          ? 'extreme'
          : score >= thresholds.watchScore
            ? 'watch'
            : 'none';
      return { id: input.id, openCase, urgent: false, level, score, triggers };
    },
  };
};

export { createDetector };
export type { Detector };
