import type { Rating } from './assessment.js';

/**
 * A rating normalized to 0..1 (1 = best) and whether it sits at the very bottom of its scale.
 * Bottom of each scale: NPS 0-2, CSAT 1, CES 7 (7 = very difficult), ten 1-2.
 * Binary 0 is a thumbs-down: bad, but one of only two choices, so not "extreme" on its own.
 * Sentiment (-5..+5) counts as rock bottom from -4: a source that reports sentiment only reaches
 * -4 or -5 for its most negative band.
 */
interface NormalizedRating {
  readonly goodness: number;
  readonly extreme: boolean;
}

const normalizeRating = (rating: Rating): NormalizedRating => {
  const { value, scale } = rating;
  switch (scale) {
    case 'nps':
      return { goodness: value / 10, extreme: value <= 2 };
    case 'csat':
      return { goodness: (value - 1) / 4, extreme: value <= 1 };
    case 'ces':
      return { goodness: (7 - value) / 6, extreme: value >= 7 };
    case 'ten':
      return { goodness: (value - 1) / 9, extreme: value <= 2 };
    case 'binary':
      return { goodness: value >= 1 ? 1 : 0, extreme: false };
    case 'sentiment':
      return { goodness: (value + 5) / 10, extreme: value <= -4 };
  }
};

export { normalizeRating };
export type { NormalizedRating };
