import { beforeAll, describe, expect, it } from 'vitest';
import { filterPolicyFor } from '../../../../shared/alerts/filter-policy.js';
import { alertTarget, timeZoneOf } from '../../../../shared/alerts/target.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { exampleConfig } from '../../../helpers/config.js';

let config: AdvocacyConfig;

beforeAll(async () => {
  config = await exampleConfig();
});

describe('alertTarget', () => {
  it("sends a case event to the case's tier", () => {
    expect(alertTarget(alertFixture('opened-urgent-strategic'), config)).toBe('senior');
    expect(alertTarget(alertFixture('opened-normal-standard'), config)).toBe('advocates');
  });

  it('sends nothing for an SOP tier, which has alerts off', () => {
    const record = alertFixture('opened-normal-standard');
    const sop = { ...record, case: { ...record.case, segment: 'low-margin', tier: 'sop' } };
    expect(alertTarget(sop, config)).toBeUndefined();
  });

  it('sends an escalation to its target, a tier or management', () => {
    const record = alertFixture('opened-normal-standard');
    const toSenior = { ...record, type: 'escalated' as const, details: { to: 'senior' } };
    const toManagement = { ...record, type: 'escalated' as const, details: { to: 'management' } };
    expect(alertTarget(toSenior, config)).toBe('senior');
    expect(alertTarget(toManagement, config)).toBe('management');
  });

  it('sends a later severity raise to whoever holds the case after an escalation', () => {
    const record = alertFixture('opened-normal-standard');
    const held = {
      ...record,
      type: 'severity_raised' as const,
      case: { ...record.case, escalatedTo: 'management' },
    };
    expect(alertTarget(held, config)).toBe('management');
  });

  it('fails, rather than drop the alert, when the tier is no longer configured', () => {
    const record = alertFixture('opened-normal-standard');
    const orphan = { ...record, case: { ...record.case, tier: 'gold' } };
    expect(() => alertTarget(orphan, config)).toThrow(
      expect.objectContaining({ name: 'ConfigError', message: 'tiers: no tier "gold"' }),
    );
  });
});

describe('timeZoneOf', () => {
  it("uses the tier's own business hours, else the top-level zone", () => {
    const london = {
      ...config,
      tiers: config.tiers.map((tier) =>
        tier.name === 'senior'
          ? { ...tier, businessHours: { ...config.businessHours, timeZone: 'Europe/London' } }
          : tier,
      ),
    };
    expect(timeZoneOf('senior', london)).toBe('Europe/London');
    expect(timeZoneOf('advocates', london)).toBe('America/New_York');
    expect(timeZoneOf('management', london)).toBe('America/New_York');
  });
});

describe('filterPolicyFor', () => {
  it('filters urgent-only subscriptions on the urgency attribute and leaves the others open', () => {
    expect(filterPolicyFor({ filter: 'urgent' })).toEqual({ urgency: ['urgent'] });
    expect(filterPolicyFor({ filter: 'all' })).toBeUndefined();
  });
});
