import type { Trigger } from '../scoring/assessment.js';

/** A run of text, marked with the trigger categories whose evidence covers it (none: plain). */
interface TextRun {
  readonly text: string;
  readonly categories: readonly Trigger['category'][];
}

/**
 * Splits text at every trigger's start and end so each piece knows which triggers quote it:
 * overlapping evidence stays visible, and out-of-range offsets (a trigger of another turn, or
 * text that changed) are clamped rather than trusted.
 *
 * @example highlightRuns('we will cancel today', [{ category: 'churn_threat', start: 3, end: 14, evidence: 'will cancel' }])
 * // [{ text: 'we ', categories: [] }, { text: 'will cancel', categories: ['churn_threat'] }, { text: ' today', categories: [] }]
 */
const highlightRuns = (
  text: string,
  triggers: readonly Pick<Trigger, 'category' | 'start' | 'end'>[],
): TextRun[] => {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  const spans = triggers
    .map((trigger) => ({ ...trigger, start: clamp(trigger.start), end: clamp(trigger.end) }))
    .filter((span) => span.end > span.start);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])];
  cuts.sort((a, b) => a - b);
  return cuts.slice(0, -1).flatMap((start, index) => {
    const end = cuts[index + 1] ?? text.length;
    const categories = [
      ...new Set(
        spans.filter((span) => span.start <= start && span.end >= end).map((s) => s.category),
      ),
    ];
    return end > start ? [{ text: text.slice(start, end), categories }] : [];
  });
};

export { highlightRuns };
export type { TextRun };
