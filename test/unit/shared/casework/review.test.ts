import { beforeAll, describe, expect, it } from 'vitest';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { computeReview } from '../../../../shared/casework/review.js';
import type { Review } from '../../../../shared/casework/review-model.js';
import { buildCase } from '../../../fixtures/casework/case-builder.js';
import { EXPECTED, seededReviewCases } from '../../../fixtures/casework/seeded-month.js';
import { exampleConfig } from '../../../helpers/config.js';

const november = {
  from: new Date('2026-11-01T00:00:00Z'),
  to: new Date('2026-12-01T00:00:00Z'),
  now: new Date('2026-12-01T00:00:00Z'),
};

describe('computeReview over the seeded month', () => {
  let config: AdvocacyConfig;
  let review: Review;

  beforeAll(async () => {
    config = await exampleConfig();
    const opened = seededReviewCases();
    const open = opened.map((entry) => entry.case).filter((item) => item.status !== 'closed');
    review = computeReview({ ...november, opened, open }, config.tiers);
  });

  it('computes the median and p90 time to acknowledge exactly', () => {
    expect(review.opened).toBe(EXPECTED.opened);
    expect(review.acknowledgement.overall).toEqual({
      count: 9,
      medianMinutes: EXPECTED.ackMedian,
      p90Minutes: EXPECTED.ackP90,
    });
  });

  it('computes the median and p90 time to close exactly', () => {
    expect(review.closing.overall).toEqual({
      count: 7,
      medianMinutes: EXPECTED.closeMedian,
      p90Minutes: EXPECTED.closeP90,
    });
  });

  it('counts late, escalated and unacknowledged-past-deadline cases as breaches', () => {
    expect(review.breaches.map((breach) => breach.caseId)).toEqual(EXPECTED.breaches);
    expect(review.breaches.find((breach) => breach.caseId === 'c06')).toMatchObject({
      acknowledgedAt: null,
      escalationLevel: 1,
      escalatedTo: 'senior',
    });
  });

  it('reports each tier against its own SLA', () => {
    const tier = (name: string) => review.acknowledgement.tiers.find((row) => row.tier === name);
    expect(tier('advocates')).toMatchObject({
      cases: EXPECTED.advocates.cases,
      medianMinutes: EXPECTED.advocates.ackMedian,
      p90Minutes: EXPECTED.advocates.ackP90,
      breaches: EXPECTED.advocates.breaches,
      withinSla: EXPECTED.advocates.withinSla,
      slaUrgentMinutes: 30,
      slaNonUrgentBusinessMinutes: 480,
    });
    expect(tier('senior')).toMatchObject({
      cases: EXPECTED.senior.cases,
      medianMinutes: EXPECTED.senior.ackMedian,
      p90Minutes: EXPECTED.senior.ackP90,
      breaches: EXPECTED.senior.breaches,
      withinSla: EXPECTED.senior.withinSla,
      slaUrgentMinutes: 15,
    });
  });

  it('counts cases by segment, tier, trigger category and source, most frequent first', () => {
    expect(review.bySegment).toEqual([
      { key: 'standard', count: 6 },
      { key: 'strategic', count: 3 },
      { key: 'low-margin', count: 1 },
    ]);
    expect(review.byTier[0]).toEqual({ key: 'advocates', count: 6 });
    expect(review.byTrigger).toEqual([
      { key: 'business_impact', count: 6 },
      { key: 'extreme_rating', count: 2 },
      { key: 'churn_threat', count: 1 },
      { key: 'legal_threat', count: 1 },
      { key: 'repeat_contact', count: 1 },
      { key: 'strong_negative', count: 1 },
    ]);
    expect(review.bySource[0]).toEqual({ key: 'zendesk', count: 4 });
  });

  it('finds the recurrence within 90 days of the previous close', () => {
    expect(review.recurrence.cases).toEqual([
      { caseId: 'c09', previousCaseId: 'c00', customer: 'Customer c09', daysAfterClose: 30 },
    ]);
  });

  it('buckets cases opened per week, including empty weeks', () => {
    expect(review.timeline.unit).toBe('week');
    expect(review.timeline.buckets).toEqual([
      { key: '2026-10-26', count: 0 },
      { key: '2026-11-02', count: 2 },
      { key: '2026-11-09', count: 3 },
      { key: '2026-11-16', count: 2 },
      { key: '2026-11-23', count: 2 },
      { key: '2026-11-30', count: 1 },
    ]);
  });

  it('ages open cases and lists trials ending within 14 days', () => {
    expect(review.openByAge).toEqual([
      { key: '< 1 day', count: 0 },
      { key: '1-3 days', count: 0 },
      { key: '3-7 days', count: 0 },
      { key: '7-30 days', count: 3 },
      { key: '> 30 days', count: 0 },
    ]);
    expect(review.trialsEndingSoon).toEqual([
      {
        caseId: 'c03',
        customer: 'Customer c03',
        tier: 'senior',
        service: 'premium support',
        ends: '2026-12-08',
        daysLeft: 7,
      },
    ]);
  });
});

describe('computeReview edge cases', () => {
  it('reports nulls, not zeros, when nothing was acknowledged or closed', async () => {
    const config = await exampleConfig();
    const lonely = buildCase({ id: 'x1', openedAt: '2026-11-30T23:50:00.000Z' });
    const review = computeReview(
      {
        from: new Date('2026-11-24T00:00:00Z'),
        to: new Date('2026-12-01T00:00:00Z'),
        now: new Date('2026-11-30T23:55:00Z'),
        opened: [{ case: lonely, sources: [] }],
        open: [lonely],
      },
      config.tiers,
    );
    expect(review.acknowledgement.overall).toEqual({
      count: 0,
      medianMinutes: null,
      p90Minutes: null,
    });
    expect(review.breaches).toEqual([]);
    expect(review.timeline.unit).toBe('day');
    expect(review.timeline.buckets).toHaveLength(7);
  });

  it('ignores a recurrence whose previous case closed more than 90 days before', async () => {
    const config = await exampleConfig();
    const late = buildCase({
      id: 'x2',
      previousCaseId: 'x0',
      openedAt: '2026-11-10T00:00:00.000Z',
    });
    const review = computeReview(
      {
        ...november,
        opened: [
          { case: late, sources: ['generic'], previousClosedAt: '2026-08-01T00:00:00.000Z' },
        ],
        open: [],
      },
      config.tiers,
    );
    expect(review.recurrence.cases).toEqual([]);
  });
});
