import { beforeAll, describe, expect, it } from 'vitest';
import { decideEscalation } from '../../../../shared/casework/escalation.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { buildCase } from '../../../fixtures/casework/case-builder.js';
import { exampleConfig } from '../../../helpers/config.js';

// Wednesday 18 November 2026, 10:00 in New York (15:00 UTC): inside business hours.
const opened = '2026-11-18T15:00:00.000Z';
const now = new Date('2026-11-18T15:31:00.000Z');

describe('decideEscalation', () => {
  let config: AdvocacyConfig;

  beforeAll(async () => {
    config = await exampleConfig();
  });

  it("escalates an overdue urgent case to its tier's target with the target's urgent SLA from now", () => {
    const item = buildCase({ id: 'u1', openedAt: opened });

    expect(decideEscalation(item, now, config)).toEqual({
      kind: 'escalate',
      from: 'advocates',
      to: 'senior',
      level: 1,
      action: {
        type: 'escalate',
        actor: 'system',
        to: 'senior',
        ackDeadline: '2026-11-18T15:46:00.000Z',
        note: 'not acknowledged by 2026-11-18T15:30:00.000Z: escalated from advocates to senior (level 1 of 2)',
      },
    });
  });

  it("gives a non-urgent case the target's SLA in business minutes", () => {
    // 16:31 New York + 240 business minutes: 29 min today, then 211 min from 09:00 Thursday.
    const item = buildCase({
      id: 'n1',
      openedAt: opened,
      urgent: false,
      ackDeadline: '2026-11-18T21:30:00.000Z',
    });
    const late = new Date('2026-11-18T21:31:00.000Z');

    const decision = decideEscalation(item, late, config);

    expect(decision).toMatchObject({ kind: 'escalate', to: 'senior' });
    expect(decision.kind === 'escalate' && decision.action.ackDeadline).toBe(
      '2026-11-19T17:31:00.000Z',
    );
  });

  it('ends the chain when the target is management (no further deadline)', () => {
    const item = buildCase({
      id: 's1',
      openedAt: opened,
      tier: 'senior',
      ackDeadline: '2026-11-18T15:15:00.000Z',
    });

    expect(decideEscalation(item, now, config)).toMatchObject({
      kind: 'escalate',
      from: 'senior',
      to: 'management',
      level: 1,
      action: { ackDeadline: null },
    });
  });

  it('continues from the last escalation target, ending at maxLevels', () => {
    const item = buildCase({
      id: 'u2',
      openedAt: opened,
      escalationLevel: 1,
      escalatedTo: 'senior',
    });

    expect(decideEscalation(item, now, config)).toMatchObject({
      kind: 'escalate',
      from: 'senior',
      to: 'management',
      level: 2,
      action: { ackDeadline: null },
    });
    const bounded = { ...config, escalation: { ...config.escalation, maxLevels: 1 } };
    expect(decideEscalation(buildCase({ id: 'u3', openedAt: opened }), now, bounded)).toMatchObject(
      {
        kind: 'escalate',
        level: 1,
        action: { ackDeadline: null },
      },
    );
  });

  it.each([
    ['acknowledged', { status: 'engaged' as const }],
    ['not yet due', { ackDeadline: '2026-11-18T16:00:00.000Z' }],
    ['chain ended', { escalationEnded: true }],
    ['chain ended', { escalationLevel: 2, escalatedTo: 'senior' }],
    ['chain ended', { escalationLevel: 1, escalatedTo: 'management' }],
    ['no escalation target', { tier: 'sop', segment: 'low-margin' }],
    ['unknown tier', { tier: 'retired-tier' }],
  ])('skips a case: %s', (reason, overrides) => {
    const item = buildCase({ id: 'k1', openedAt: opened, ...overrides });

    expect(decideEscalation(item, now, config)).toEqual({ kind: 'skip', reason });
  });
});
