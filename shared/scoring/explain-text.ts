import { clip, oneLine } from '../plain-text.js';
import type { Metrics } from './evaluate.js';
import type { Explanation } from './explanation.js';

const EVIDENCE_MAX = 120;

/** Customer words for a terminal: one line, no control characters, clipped, quoted. */
const quoted = (text: string): string => `"${clip(oneLine(text), EVIDENCE_MAX)}"`;

/** An explanation as plain text, the form `advocacy score --explain` prints. */
const explanationText = (explanation: Explanation): string => {
  const { assessment, matches, tone, rating, decision } = explanation;
  const verdict = assessment.openCase
    ? `opens a case${assessment.urgent ? ', URGENT' : ', not urgent'}`
    : 'no case';
  const lines = [
    `${oneLine(assessment.id)}: ${verdict}; score ${String(assessment.score)} (${assessment.level}); rating ${rating}`,
    ...assessment.triggers.map(
      (trigger) =>
        `  trigger  ${trigger.category} [${trigger.ruleId ?? '-'}] ${quoted(trigger.evidence)}`,
    ),
    matches.length === 0 ? '  no rule matched' : '  rule matches (outcome, rule, signal, words):',
    ...matches.map(
      (match) =>
        `    ${match.outcome.padEnd(16)} ${match.ruleId} ${match.signal} ${quoted(match.evidence)}` +
        (match.turn === undefined ? '' : ` (turn ${String(match.turn)})`),
    ),
    `  tone: sum ${String(tone.sum)}, ${String(tone.negativeWords)} negative words; ` +
      `worst sentence ${String(tone.worstSum)}${tone.worstSentence === '' ? '' : ` ${quoted(tone.worstSentence)}`}`,
    '  decision:',
    ...decision.map((step) => `    - ${step}`),
  ];
  return `${lines.join('\n')}\n`;
};

const percent = (value: number): string => `${(value * 100).toFixed(1)}%`;

/** Agreement figures as `advocacy score --eval` prints them. */
const metricsText = (metrics: Metrics): string =>
  [
    `labelled items      ${String(metrics.items)}`,
    `openCase precision  ${percent(metrics.precision)}`,
    `openCase recall     ${percent(metrics.recall)}`,
    `openCase F1         ${percent(metrics.f1)}`,
    `urgent accuracy     ${percent(metrics.urgentAccuracy)} (items whose label opens a case)`,
    `trigger micro-F1    ${percent(metrics.triggerF1)}`,
    'per category        precision  recall  (true pos / false pos / false neg)',
    ...Object.entries(metrics.byCategory).map(
      ([category, agreement]) =>
        `  ${category.padEnd(19)} ${percent(agreement.precision).padStart(7)}  ${percent(agreement.recall).padStart(7)}` +
        `  (${String(agreement.truePositives)} / ${String(agreement.falsePositives)} / ${String(agreement.falseNegatives)})`,
    ),
    '',
  ].join('\n');

export { explanationText, metricsText };
