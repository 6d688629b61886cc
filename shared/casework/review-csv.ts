import type { Durations, Review } from './review-model.js';

// A spreadsheet runs a cell that starts with one of these as a formula: "=HYPERLINK(...)" in a
// trial's service, typed by an advocate, would send data to any address. A leading apostrophe
// makes the cell text; numbers (a negative count) stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

const quote = (written: string): string => {
  const value = FORMULA_START.test(written) && !NUMBER.test(written) ? `'${written}` : written;
  return /[",\n\r\t]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

const number = (value: number | null): string => (value === null ? '' : String(value));

/**
 * The review as CSV for spreadsheets: one metric per row, `section,key,metric,value`, so every
 * part of the review fits one flat table that pivots well.
 */
const renderReviewCsv = (review: Review): string => {
  const rows: string[][] = [['section', 'key', 'metric', 'value']];
  const durationRows = (section: string, key: string, value: Durations) => {
    rows.push(
      [section, key, 'count', String(value.count)],
      [section, key, 'median_minutes', number(value.medianMinutes)],
      [section, key, 'p90_minutes', number(value.p90Minutes)],
    );
  };
  rows.push(
    ['summary', 'period', 'from', review.from],
    ['summary', 'period', 'to', review.to],
    ['summary', 'cases', 'opened', String(review.opened)],
    ['summary', 'cases', 'urgent', String(review.urgent)],
    ['summary', 'cases', 'closed', String(review.closed)],
    ['summary', 'cases', 'sla_breaches', String(review.breaches.length)],
    ['summary', 'cases', 'recurrences', String(review.recurrence.cases.length)],
  );
  const counts = {
    segment: review.bySegment,
    tier: review.byTier,
    trigger: review.byTrigger,
    source: review.bySource,
    status: review.byStatus,
    open_age: review.openByAge,
  };
  for (const [section, list] of Object.entries(counts)) {
    for (const { key, count } of list) rows.push([section, key, 'cases', String(count)]);
  }
  for (const { key, count } of review.timeline.buckets)
    rows.push([`opened_per_${review.timeline.unit}`, key, 'cases', String(count)]);
  durationRows('acknowledge', 'all', review.acknowledgement.overall);
  for (const tier of review.acknowledgement.tiers) {
    durationRows('acknowledge', tier.tier, tier);
    rows.push(
      ['acknowledge', tier.tier, 'sla_urgent_minutes', number(tier.slaUrgentMinutes)],
      [
        'acknowledge',
        tier.tier,
        'sla_non_urgent_business_minutes',
        number(tier.slaNonUrgentBusinessMinutes),
      ],
      ['acknowledge', tier.tier, 'within_sla', String(tier.withinSla)],
      ['acknowledge', tier.tier, 'breaches', String(tier.breaches)],
    );
  }
  durationRows('close', 'all', review.closing.overall);
  for (const tier of review.closing.tiers) durationRows('close', tier.tier, tier);
  for (const breach of review.breaches)
    rows.push(['breach', breach.caseId, 'ack_deadline', breach.ackDeadline]);
  for (const recurrence of review.recurrence.cases)
    rows.push([
      'recurrence',
      recurrence.caseId,
      'days_after_close',
      String(recurrence.daysAfterClose),
    ]);
  for (const trial of review.trialsEndingSoon)
    rows.push(['trial_ending', trial.caseId, trial.service, trial.ends]);
  return `${rows.map((row) => row.map(quote).join(',')).join('\n')}\n`;
};

export { renderReviewCsv };
