import type { Count, Review } from './review-model.js';
import { countsWithShare, durationCells, formatMinutes } from './review-format.js';

/** One table of the review: what Markdown and the console's HTML both render. */
interface ReviewSection {
  readonly title: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const sla = (minutes: number | null, business: boolean): string =>
  minutes === null ? '-' : `${formatMinutes(minutes)}${business ? ' (business)' : ''}`;

const shares = (title: string, column: string, counts: readonly Count[], total: number) => ({
  title,
  head: [column, 'cases', 'share'],
  rows: countsWithShare(counts, total),
});

/**
 * The review's tables in reading order: the distributions, time to acknowledge and to close
 * against the tiers' SLAs, breaches, recurrences, open cases by age and trials ending soon.
 */
const reviewSections = (review: Review): ReviewSection[] => [
  shares('By segment', 'segment', review.bySegment, review.opened),
  shares('By tier', 'tier', review.byTier, review.opened),
  shares('By trigger category', 'trigger', review.byTrigger, review.opened),
  shares('By source', 'source', review.bySource, review.opened),
  {
    title: 'Time to acknowledge',
    head: [
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
    rows: [
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
  },
  {
    title: 'Time to close',
    head: ['tier', 'closed', 'median', 'p90'],
    rows: [
      ...review.closing.tiers.map((row) => [row.tier, ...durationCells(row)]),
      ['all', ...durationCells(review.closing.overall)],
    ],
  },
  {
    title: 'SLA breaches',
    head: ['case', 'customer', 'tier', 'urgent', 'deadline', 'acknowledged', 'escalated'],
    rows: review.breaches.map((row) => [
      row.caseId,
      row.customer,
      row.tier,
      row.urgent ? 'yes' : 'no',
      row.ackDeadline,
      row.acknowledgedAt ?? 'not yet',
      row.escalationLevel === 0 ? '-' : `${row.escalationLevel}x, to ${row.escalatedTo ?? '?'}`,
    ]),
  },
  {
    title: `Recurrence (a new case within ${review.recurrence.windowDays} days of a close)`,
    head: ['case', 'customer', 'previous case', 'days after close'],
    rows: review.recurrence.cases.map((row) => [
      row.caseId,
      row.customer,
      row.previousCaseId,
      String(row.daysAfterClose),
    ]),
  },
  {
    title: 'Open cases by age',
    head: ['age', 'cases'],
    rows: review.openByAge.map((row) => [row.key, String(row.count)]),
  },
  {
    title: 'Trials of mitigating services ending soon',
    head: ['case', 'customer', 'tier', 'service', 'ends', 'days left'],
    rows: review.trialsEndingSoon.map((row) => [
      row.caseId,
      row.customer,
      row.tier,
      row.service,
      row.ends,
      String(row.daysLeft),
    ]),
  },
];

/** The review's charts: cases over time and per trigger category. */
const reviewCharts = (review: Review): { title: string; bars: readonly Count[] }[] => [
  { title: `Cases opened per ${review.timeline.unit}`, bars: review.timeline.buckets },
  { title: 'Cases per trigger category', bars: review.byTrigger },
];

export { reviewCharts, reviewSections };
export type { ReviewSection };
