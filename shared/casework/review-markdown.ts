import { oneLine } from '../plain-text.js';
import type { Review } from './review-model.js';
import { periodLabel } from './review-format.js';
import { reviewCharts, reviewSections } from './review-sections.js';
import { barChartSvg } from './svg-bar-chart.js';

interface MarkdownOptions {
  /** Inline SVG charts; off for plain-text channels such as an SNS e-mail. */
  readonly charts?: boolean;
}

// A cell is one visible line (see oneLine), and a backslash shows as written each character
// that would make Markdown read it: a customer's name cannot end the row or become a link, an
// image, code, an entity or HTML where the review is rendered. Emphasis is left alone: it hides
// nothing, and category names keep their underscores in the plain-text e-mail.
const cell = (text: string): string => oneLine(text).replace(/[\\`[\]<>|&]/g, '\\$&');

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] =>
  rows.length === 0
    ? ['_None._']
    : [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => ' --- ').join('|')}|`,
        ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ];

const section = (title: string, lines: readonly string[]): string[] => [
  '',
  `## ${title}`,
  '',
  ...lines,
];

/**
 * The review as Markdown: a summary, the distributions, time to acknowledge and to close against
 * the tiers' SLAs, breaches, recurrences, open cases by age and trials ending soon, with inline
 * SVG charts unless turned off.
 */
const renderReviewMarkdown = (review: Review, options: MarkdownOptions = {}): string => {
  const charts = options.charts ?? true;
  const lines = [
    `# Customer Advocacy review, ${periodLabel(review)}`,
    '',
    `Generated ${review.generatedAt}. Cases opened in the period: **${review.opened}** ` +
      `(${review.urgent} urgent), closed since: **${review.closed}**, SLA breaches: ` +
      `**${review.breaches.length}**, recurrences within ${review.recurrence.windowDays} days: ` +
      `**${review.recurrence.cases.length}**.`,
  ];
  if (charts) {
    for (const chart of reviewCharts(review)) lines.push('', barChartSvg(chart));
  }
  for (const { title, head, rows } of reviewSections(review)) {
    lines.push(...section(title, table(head, rows)));
  }
  return `${lines.join('\n')}\n`;
};

export { renderReviewMarkdown };
export type { MarkdownOptions };
