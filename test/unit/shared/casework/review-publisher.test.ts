import { describe, expect, it } from 'vitest';
import { fitMessage, fitSubject } from '../../../../shared/casework/review-publisher.js';

describe('fitSubject', () => {
  it('keeps SNS e-mail subjects ASCII, single-line and under 100 characters', () => {
    expect(fitSubject('Customer Advocacy review, 2026-11-16 to 2026-11-22')).toBe(
      'Customer Advocacy review, 2026-11-16 to 2026-11-22',
    );
    expect(fitSubject('Révision\nsemaine')).toBe('R-vision-semaine');
    expect(fitSubject('x'.repeat(150))).toHaveLength(99);
  });
});

describe('fitMessage', () => {
  it('passes a normal report through and truncates one over the SNS limit with a note', () => {
    expect(fitMessage('short')).toBe('short');
    const long = fitMessage('é'.repeat(200_000));
    expect(Buffer.byteLength(long)).toBeLessThan(256 * 1024);
    expect(long.endsWith('(truncated: run `advocacy review` for the full report)\n')).toBe(true);
    expect(long).not.toContain('\uFFFD');
  });
});
