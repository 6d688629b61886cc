import { describe, expect, it } from 'vitest';
import { alertRecordOf } from '../../../../shared/alerts/record-schema.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';

const item = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  pk: 'CASE#c-7f3a9e',
  sk: 'EVENT#000001',
  entity: 'case-event',
  ...alertFixture('opened-urgent-strategic'),
  ...overrides,
});

describe('alertRecordOf', () => {
  it('reads an alerting case event item', () => {
    const record = alertRecordOf(item());
    expect(record).toMatchObject({ caseId: 'c-7f3a9e', eventId: '000001', type: 'opened' });
    expect(record?.case.evidence).toHaveLength(3);
  });

  it('ignores other entities and events that alert nobody', () => {
    expect(alertRecordOf(item({ entity: 'case' }))).toBeUndefined();
    expect(alertRecordOf(item({ type: 'acknowledged' }))).toBeUndefined();
    expect(alertRecordOf({ pk: 'ALERT#c#1', sk: 'ALERT', entity: 'alert-marker' })).toBeUndefined();
  });

  it('names the bad path of a malformed alerting event', () => {
    const broken = item();
    broken.case = { ...(broken.case as object), urgent: 'yes' };
    expect(() => alertRecordOf(broken)).toThrow(
      expect.objectContaining({
        name: 'ValidationError',
        issues: [{ path: 'case.urgent', message: expect.any(String) as string }],
      }),
    );
  });
});
