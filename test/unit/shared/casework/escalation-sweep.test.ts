import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseStore } from '../../../../shared/cases/case-store.js';
import type { AdvocacyCase } from '../../../../shared/cases/model.js';
import { runEscalationSweep } from '../../../../shared/casework/escalation-sweep.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { ConflictError, DependencyError } from '../../../../shared/errors.js';
import { buildCase } from '../../../fixtures/casework/case-builder.js';
import { exampleConfig } from '../../../helpers/config.js';

const now = new Date('2026-11-02T15:00:00.000Z');

// The store is a port: this fake returns fixed due cases and fails chosen writes, which
// DynamoDB Local cannot be made to do on demand (the integration test covers the real store).
const fakeStore = (due: AdvocacyCase[], failures: Readonly<Record<string, Error>>) => {
  const applied: string[] = [];
  const unused = () => Promise.reject(new Error('not used by the sweep'));
  const store: CaseStore = {
    listDue: () => Promise.resolve(due),
    applyAction: (caseId, version, action, at) => {
      const failure = failures[caseId];
      if (failure !== undefined) return Promise.reject(failure);
      applied.push(`${caseId}@${String(version)}:${action.type}`);
      const event = {
        caseId,
        eventId: '000002',
        type: 'escalated' as const,
        at: at.toISOString(),
        actor: 'system',
      };
      return Promise.resolve({ case: buildCase({ id: caseId }), event });
    },
    recordSignal: unused,
    getCase: unused,
    listQueue: unused,
    listByCustomer: unused,
    listByCustomerKeys: unused,
    findCustomerKeys: unused,
    listOpenedBetween: unused,
  };
  return { store, applied };
};

describe('runEscalationSweep', () => {
  let config: AdvocacyConfig;

  beforeAll(async () => {
    config = await exampleConfig();
  });

  it('escalates, skips, and reports races and failures separately, each case once', async () => {
    // Prepare
    const due = [
      buildCase({ id: 'go', version: 4 }),
      buildCase({ id: 'sop', tier: 'sop', segment: 'low-margin' }),
      buildCase({ id: 'raced' }),
      buildCase({ id: 'broken' }),
    ];
    const { store, applied } = fakeStore(due, {
      raced: new ConflictError('changed', { currentVersion: 2 }),
      broken: new DependencyError('throttled'),
    });

    // Act
    const result = await runEscalationSweep({ store, config }, now);

    // Assess
    expect(applied).toEqual(['go@4:escalate']);
    expect(result).toMatchObject({
      at: now.toISOString(),
      due: 4,
      escalated: [{ caseId: 'go', from: 'advocates', to: 'senior', level: 1 }],
      skipped: [{ caseId: 'sop', reason: 'no escalation target' }],
      raced: ['raced'],
    });
    expect(result.failed).toEqual([{ caseId: 'broken', error: new DependencyError('throttled') }]);
  });

  it('does nothing when nothing is due', async () => {
    const { store, applied } = fakeStore([], {});

    expect(await runEscalationSweep({ store, config }, now)).toMatchObject({
      due: 0,
      escalated: [],
    });
    expect(applied).toEqual([]);
  });
});
