import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/review/handler.js';
import type { ReviewPeriod } from '../../../../shared/casework/review-source.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { seededReviewCases } from '../../../fixtures/casework/seeded-month.js';
import { exampleConfig } from '../../../helpers/config.js';

describe('review handler', () => {
  let config: AdvocacyConfig;

  beforeAll(async () => {
    config = await exampleConfig();
  });

  it('reviews the seven whole days before the schedule time and publishes text without charts', async () => {
    // Prepare: loading and publishing are ports; the integration test runs the real ones.
    const periods: ReviewPeriod[] = [];
    const published: { subject: string; text: string }[] = [];
    const handle = createHandler({
      load: (period) => {
        periods.push(period);
        return Promise.resolve({ ...period, opened: seededReviewCases(), open: [] });
      },
      tiers: config.tiers,
      publisher: {
        publish: (subject, text) => {
          published.push({ subject, text });
          return Promise.resolve();
        },
      },
      logger: { info: () => undefined },
      now: () => new Date(),
    });

    // Act
    const summary = await handle({ time: '2026-12-07T07:00:00Z' });

    // Assess
    expect(periods).toEqual([
      {
        from: new Date('2026-11-30T00:00:00Z'),
        to: new Date('2026-12-07T00:00:00Z'),
        now: new Date('2026-12-07T07:00:00Z'),
      },
    ]);
    expect(summary).toMatchObject({ opened: 10, breaches: 4, recurrences: 1 });
    expect(published[0]?.subject).toBe('Customer Advocacy review, 2026-11-30 to 2026-12-06');
    expect(published[0]?.text).toContain('## Time to acknowledge');
    expect(published[0]?.text).not.toContain('<svg');
  });
});
