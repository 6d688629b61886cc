import { describe, expect, it } from 'vitest';
import type { SignalFacts } from '../../../../shared/cases/intake.js';
import {
  createSignalIntake,
  type SignalIntakeDeps,
} from '../../../../shared/cases/signal-intake.js';
import type { DetectorInput } from '../../../../shared/scoring/assessment.js';
import { assessment, routing, surveySignal } from '../../../fixtures/cases/signals.js';

// In-memory fakes of the ports: the DynamoDB stores have their own integration tests.
describe('createSignalIntake', () => {
  it('scores the signal under its id, routes with the record and urgency, and records it', async () => {
    // Prepare
    const seen: { assessed?: DetectorInput; routed?: unknown; recorded?: SignalFacts } = {};
    const record = { key: 'account:acct-northwind', annualRevenue: 2_000_000 };
    const deps: SignalIntakeDeps = {
      assess: (input) => {
        seen.assessed = input;
        return assessment({ id: input.id, urgent: true });
      },
      route: (input) => {
        seen.routed = input;
        return routing({ tier: 'senior' });
      },
      customers: { findCustomer: () => Promise.resolve(record) },
      store: {
        recordSignal: (facts) => {
          seen.recorded = facts;
          return Promise.resolve({ outcome: 'recorded' });
        },
      },
    };
    const now = new Date('2026-11-20T10:00:00Z');

    // Act
    const result = await createSignalIntake(deps)(surveySignal(), now);

    // Assess
    expect(result).toEqual({ outcome: 'recorded' });
    expect(seen.assessed?.id).toBe('typeform:resp-0001');
    expect(seen.routed).toEqual({ customer: surveySignal().customer, record, urgent: true, now });
    expect(seen.recorded).toMatchObject({
      routing: { tier: 'senior' },
      assessment: { urgent: true },
      now,
    });
  });
});
