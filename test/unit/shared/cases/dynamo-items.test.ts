import { describe, expect, it } from 'vitest';
import { assessmentItem, caseFromItem, caseItem } from '../../../../shared/cases/dynamo-items.js';
import { openCase } from '../../../../shared/cases/intake.js';
import { assessment, routing, surveySignal } from '../../../fixtures/cases/signals.js';

const now = new Date('2026-11-20T10:00:00.000Z');
const opened = openCase({
  caseId: 'c1',
  signal: surveySignal(),
  assessment: assessment(),
  routing: routing(),
  now,
}).case;

describe('caseItem', () => {
  it('keys an open case into the queue, customer, due and month indexes', () => {
    expect(caseItem(opened)).toMatchObject({
      pk: 'CASE#c1',
      sk: 'CASE',
      entity: 'case',
      gsi1pk: 'QUEUE#advocates#open',
      gsi1sk: '2026-11-20T10:00:00.000Z#c1',
      gsi2pk: 'CUSTOMER#account:acct-northwind',
      gsi3pk: 'DUE',
      gsi3sk: '2026-11-20T18:00:00.000Z#c1',
      gsi4pk: 'MONTH#2026-11',
    });
  });

  it('leaves the due index once acknowledged or when escalation ended', () => {
    expect(caseItem({ ...opened, status: 'engaged' })).not.toHaveProperty('gsi3pk');
    expect(caseItem({ ...opened, escalationEnded: true })).not.toHaveProperty('gsi3sk');
  });

  it('reads back exactly the case it wrote', () => {
    expect(caseFromItem(caseItem(opened))).toEqual(opened);
  });
});

describe('assessmentItem', () => {
  const facts = {
    signalId: 'typeform:resp-0001',
    signal: surveySignal(),
    assessment: assessment(),
    customerKey: 'account:acct-northwind',
    now,
  };

  it('keeps scores and trigger positions but none of the customer words', () => {
    const item = assessmentItem(facts, 90);

    expect(item).toMatchObject({
      pk: 'SIGNAL#typeform:resp-0001',
      sk: 'ASSESSMENT',
      score: 82,
      triggers: [{ category: 'churn_threat', start: 0, end: 27 }],
    });
    expect(JSON.stringify(item)).not.toContain('cancel');
  });

  it('expires one that is on no case after the days given, and is in no index', () => {
    const item = assessmentItem(facts, 7);

    expect(item.expiresAt).toBe(Date.parse('2026-11-27T10:00:00.000Z') / 1000);
    expect(Object.keys(item).filter((name) => name.startsWith('gsi'))).toEqual([]);
  });

  it('never expires one on a case', () => {
    expect(assessmentItem({ ...facts, caseId: 'c1' }, 7)).not.toHaveProperty('expiresAt');
  });
});
