import type { Review } from './review-model.js';
import { countsWithShare, durationCells, formatMinutes, periodLabel } from './review-format.js';
import { barChartSvg } from './svg-bar-chart.js';

interface MarkdownOptions {
  /** Inline SVG charts; off for plain-text channels such as an SNS e-mail. */
  readonly charts?: boolean;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

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

const sla = (minutes: number | null, business: boolean): string =>
  minutes === null ? '-' : `${formatMinutes(minutes)}${business ? ' (business)' : ''}`;

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
    lines.push(
      '',
      barChartSvg({
        title: `Cases opened per ${review.timeline.unit}`,
        bars: review.timeline.buckets,
      }),
      '',
      barChartSvg({ title: 'Cases per trigger category', bars: review.byTrigger }),
    );
  }
  const head = ['', 'cases', 'share'];
  lines.push(
    ...section(
      'By segment',
      table(['segment', ...head.slice(1)], countsWithShare(review.bySegment, review.opened)),
    ),
    ...section(
      'By tier',
      table(['tier', ...head.slice(1)], countsWithShare(review.byTier, review.opened)),
    ),
    ...section(
      'By trigger category',
      table(['trigger', ...head.slice(1)], countsWithShare(review.byTrigger, review.opened)),
    ),
    ...section(
      'By source',
      table(['source', ...head.slice(1)], countsWithShare(review.bySource, review.opened)),
    ),
    ...section('Time to acknowledge', [
      ...table(
        [
          'tier',
          'cases',
          'acknowledged',
          'median',
          'p90',
          'SLA urgent',
          'SLA non-urgent',
          'within SLA',
          'breaches',
        ],
        [
          ...review.acknowledgement.tiers.map((row) => [
            row.tier,
            String(row.cases),
            ...durationCells(row),
            sla(row.slaUrgentMinutes, false),
            sla(row.slaNonUrgentBusinessMinutes, true),
            String(row.withinSla),
            String(row.breaches),
          ]),
          [
            'all',
            String(review.opened),
            ...durationCells(review.acknowledgement.overall),
            '',
            '',
            '',
            String(review.breaches.length),
          ],
        ],
      ),
    ]),
    ...section(
      'Time to close',
      table(
        ['tier', 'closed', 'median', 'p90'],
        [
          ...review.closing.tiers.map((row) => [row.tier, ...durationCells(row)]),
          ['all', ...durationCells(review.closing.overall)],
        ],
      ),
    ),
    ...section(
      'SLA breaches',
      table(
        ['case', 'customer', 'tier', 'urgent', 'deadline', 'acknowledged', 'escalated'],
        review.breaches.map((row) => [
          row.caseId,
          row.customer,
          row.tier,
          row.urgent ? 'yes' : 'no',
          row.ackDeadline,
          row.acknowledgedAt ?? 'not yet',
          row.escalationLevel === 0 ? '-' : `${row.escalationLevel}x, to ${row.escalatedTo ?? '?'}`,
        ]),
      ),
    ),
    ...section(
      `Recurrence (a new case within ${review.recurrence.windowDays} days of a close)`,
      table(
        ['case', 'customer', 'previous case', 'days after close'],
        review.recurrence.cases.map((row) => [
          row.caseId,
          row.customer,
          row.previousCaseId,
          String(row.daysAfterClose),
        ]),
      ),
    ),
    ...section(
      'Open cases by age',
      table(
        ['age', 'cases'],
        review.openByAge.map((row) => [row.key, String(row.count)]),
      ),
    ),
    ...section(
      'Trials of mitigating services ending soon',
      table(
        ['case', 'customer', 'tier', 'service', 'ends', 'days left'],
        review.trialsEndingSoon.map((row) => [
          row.caseId,
          row.customer,
          row.tier,
          row.service,
          row.ends,
          String(row.daysLeft),
        ]),
      ),
    ),
  );
  return `${lines.join('\n')}\n`;
};

export { renderReviewMarkdown };
export type { MarkdownOptions };
