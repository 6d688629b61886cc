import { beforeAll, describe, expect, it } from 'vitest';
import type { Tier } from '../../../../shared/config/routing-schema.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { acknowledgementDeadline, routeCase } from '../../../../shared/routing/route.js';
import { exampleConfig } from '../../../helpers/config.js';

let config: AdvocacyConfig;

beforeAll(async () => {
  config = await exampleConfig();
});

// Monday 2026-11-23 22:30 New York time: after business hours.
const lateMonday = new Date('2026-11-24T03:30:00Z');

describe('routeCase', () => {
  it('pages a strategic customer urgent case to the senior tier within 15 minutes, at any hour', () => {
    const decision = routeCase(
      {
        customer: { accountId: 'acme' },
        record: { key: 'account:acme', annualRevenue: 2_500_000 },
        urgent: true,
        now: lateMonday,
      },
      config,
    );
    expect(decision).toEqual({
      segment: 'strategic',
      segmentReason: 'rule: annual revenue >= 1000000',
      tier: 'senior',
      alerts: true,
      ackDeadline: '2026-11-24T03:45:00.000Z',
      escalateTo: 'management',
    });
  });

  it('gives a standard non-urgent case 480 business minutes: the next working day, 17:00 New York', () => {
    const decision = routeCase(
      { customer: { email: 'pat@example.com' }, urgent: false, now: lateMonday },
      config,
    );
    expect(decision).toEqual({
      segment: 'standard',
      segmentReason: 'default',
      tier: 'advocates',
      alerts: true,
      ackDeadline: '2026-11-24T22:00:00.000Z',
      escalateTo: 'senior',
    });
  });

  it('records a low-margin case on the SOP tier, which alerts nobody', () => {
    const decision = routeCase(
      { customer: { id: 'c-9', segment: 'low-margin' }, urgent: true, now: lateMonday },
      config,
    );
    expect(decision).toMatchObject({
      segment: 'low-margin',
      segmentReason: 'signal',
      tier: 'sop',
      alerts: false,
    });
  });
});

describe('acknowledgementDeadline', () => {
  it('skips the configured Thanksgiving holiday and the weekend', () => {
    // Wednesday 2026-11-25 13:00 New York; 240 business minutes: 4 h Wednesday, Thursday is a holiday.
    const deadline = acknowledgementDeadline(
      { tier: 'senior', urgent: false, from: new Date('2026-11-25T18:00:00Z') },
      config,
    );
    expect(deadline).toBe('2026-11-25T22:00:00.000Z');
    const later = acknowledgementDeadline(
      { tier: 'senior', urgent: false, from: new Date('2026-11-25T19:00:00Z') },
      config,
    );
    expect(later).toBe('2026-11-27T15:00:00.000Z');
  });

  it("uses a tier's own business hours over the top-level ones", () => {
    // Prepare
    const senior = config.tiers.find((tier) => tier.name === 'senior');
    if (senior === undefined) throw new Error('example config has no senior tier');
    const london: Tier = {
      ...senior,
      businessHours: {
        timeZone: 'Europe/London',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '08:00',
        end: '16:00',
        holidays: [],
      },
    };

    // Act: Thursday 2026-11-26 15:00 London (a New York holiday, not a London one).
    const deadline = acknowledgementDeadline(
      { tier: london, urgent: false, from: new Date('2026-11-26T15:00:00Z') },
      config,
    );

    // Assess: 60 minutes Thursday, 180 minutes from Friday 08:00.
    expect(deadline).toBe('2026-11-27T11:00:00.000Z');
  });

  it('names an unknown tier', () => {
    expect(() =>
      acknowledgementDeadline({ tier: 'gold', urgent: true, from: lateMonday }, config),
    ).toThrow(expect.objectContaining({ name: 'ConfigError', message: 'tiers: no tier "gold"' }));
  });
});
