import { describe, expect, it } from 'vitest';
import { appendSignal, openCase, toCaseSignal } from '../../../../shared/cases/intake.js';
import { EVIDENCE_CAP, mergeSeverity } from '../../../../shared/cases/severity.js';
import { assessment, routing, surveySignal, trigger } from '../../../fixtures/cases/signals.js';

const now = new Date('2026-11-20T10:00:00.000Z');
const later = new Date('2026-11-20T11:00:00.000Z');

const opened = () =>
  openCase({
    caseId: 'case-1',
    signal: surveySignal(),
    assessment: assessment(),
    routing: routing(),
    now,
  });

describe('openCase', () => {
  it('opens version 1 with the routing, the customer key and an opened event', () => {
    const change = openCase({
      caseId: 'case-1',
      signal: surveySignal(),
      assessment: assessment({ categories: ['strong_negative', 'churn_threat'] }),
      routing: routing({ ackDeadline: '2026-11-20T19:00:00+01:00' }),
      now,
      previousCaseId: 'case-0',
    });

    expect(change.case).toMatchObject({
      id: 'case-1',
      status: 'open',
      version: 1,
      customer: { key: 'account:acct-northwind', name: 'Dana Reyes' },
      tier: 'advocates',
      segment: 'standard',
      triggers: ['churn_threat', 'strong_negative'],
      signalCount: 1,
      openedAt: now.toISOString(),
      ackDeadline: '2026-11-20T18:00:00.000Z',
      escalationLevel: 0,
      previousCaseId: 'case-0',
    });
    expect(change.case.evidence[0]?.signalId).toBe('typeform:resp-0001');
    expect(change.event).toEqual({
      caseId: 'case-1',
      eventId: '000001',
      type: 'opened',
      at: now.toISOString(),
      actor: 'system',
      details: {
        signalId: 'typeform:resp-0001',
        rating: { value: 1, scale: 'csat' },
        previousCaseId: 'case-0',
      },
    });
  });
});

describe('openCase in a tier that escalates nowhere', () => {
  it('ends the escalation chain at once, so the case never waits in the escalation index', () => {
    const change = openCase({
      caseId: 'case-2',
      signal: surveySignal(),
      assessment: assessment(),
      routing: routing({ tier: 'sop', segment: 'low-margin', alerts: false, escalateTo: null }),
      now,
    });

    expect(change.case.escalationEnded).toBe(true);
    expect(opened().case.escalationEnded).toBeUndefined();
  });
});

describe('appendSignal', () => {
  it('adds a signal that does not raise severity as signal_added', () => {
    const change = appendSignal(opened().case, {
      signal: surveySignal({ sourceEventId: 'resp-0002' }),
      assessment: assessment({ categories: ['repeat_contact'] }),
      routing: routing(),
      now: later,
    });

    expect(change.event.type).toBe('signal_added');
    expect(change.case).toMatchObject({
      version: 2,
      signalCount: 2,
      triggers: ['churn_threat', 'repeat_contact'],
    });
  });

  it('raises severity when the case turns urgent, taking the earlier urgent deadline while open', () => {
    const change = appendSignal(opened().case, {
      signal: surveySignal({ sourceEventId: 'resp-0002' }),
      assessment: assessment({ urgent: true, categories: ['business_impact'] }),
      routing: routing({ ackDeadline: '2026-11-20T11:30:00.000Z' }),
      now: later,
    });

    expect(change.event).toMatchObject({
      type: 'severity_raised',
      details: {
        signalId: 'typeform:resp-0002',
        reasons: ['urgent'],
        triggers: ['business_impact'],
      },
    });
    expect(change.case).toMatchObject({ urgent: true, ackDeadline: '2026-11-20T11:30:00.000Z' });
  });

  it('raises severity on a first legal threat but not on a repeated churn threat', () => {
    const legal = appendSignal(opened().case, {
      signal: surveySignal({ sourceEventId: 'resp-0002' }),
      assessment: assessment({ categories: ['legal_threat', 'churn_threat'] }),
      routing: routing(),
      now: later,
    });

    expect(legal.event.details).toMatchObject({ reasons: ['legal_threat'] });
    expect(legal.case.triggers).toEqual(['legal_threat', 'churn_threat']);
  });
});

describe('mergeSeverity', () => {
  it('keeps the newest evidence up to the cap', () => {
    const current = { ...opened().case };
    const many = Array.from({ length: EVIDENCE_CAP }, (_, index) =>
      trigger('strong_negative', `word ${index}`),
    );

    const merged = mergeSeverity(current, { signalId: 's2', urgent: false, triggers: many });

    expect(merged.evidence).toHaveLength(EVIDENCE_CAP);
    expect(merged.evidence[0]?.evidence).toBe('word 0');
    expect(merged.evidence.at(-1)).toMatchObject({
      evidence: `word ${EVIDENCE_CAP - 1}`,
      signalId: 's2',
    });
    expect(merged.raised).toBe(false);
  });
});

describe('toCaseSignal', () => {
  it('keeps identity, rating and assessment without the full comment', () => {
    const signal = toCaseSignal(surveySignal(), assessment());

    expect(signal).toMatchObject({
      signalId: 'typeform:resp-0001',
      score: 82,
      rating: { value: 1, scale: 'csat' },
    });
    expect(JSON.stringify(signal)).not.toContain('Third time I explain this');
  });
});
