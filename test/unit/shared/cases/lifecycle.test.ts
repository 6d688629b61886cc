import { describe, expect, it } from 'vitest';
import { parseCaseAction, type CaseAction } from '../../../../shared/cases/actions.js';
import { openCase } from '../../../../shared/cases/intake.js';
import { allowedActions, applyCaseAction } from '../../../../shared/cases/lifecycle.js';
import type { AdvocacyCase, CaseStatus } from '../../../../shared/cases/model.js';
import { ConflictError, ValidationError } from '../../../../shared/errors.js';
import { assessment, routing, surveySignal } from '../../../fixtures/cases/signals.js';

const now = new Date('2026-11-20T10:00:00.000Z');
const later = new Date('2026-11-21T10:00:00.000Z');
const actor = 'ana@example.com';

const ACTIONS: Readonly<Record<CaseAction['type'], CaseAction>> = {
  acknowledge: {
    type: 'acknowledge',
    actor,
    summary: 'Exports fail since the upgrade',
    successCriteria: ['exports run nightly for a week'],
  },
  plan: {
    type: 'plan',
    actor,
    actions: [{ what: 'roll back the exporter', owner: 'platform team', due: '2026-11-22' }],
    trial: { service: 'premium support', ends: '2026-12-20' },
  },
  resolve: { type: 'resolve', actor, note: 'exporter fixed, regression test added' },
  close: { type: 'close', actor, customerAgreed: true, note: 'customer confirmed on a call' },
  disagree: { type: 'disagree', actor, criteriaInDoubt: ['exports run nightly for a week'] },
  escalate: {
    type: 'escalate',
    actor: 'system',
    to: 'senior',
    ackDeadline: '2026-11-20T12:00:00Z',
  },
  link: { type: 'link', actor, previousCaseId: 'case-earlier' },
};

const freshCase = (): AdvocacyCase =>
  openCase({
    caseId: 'case-1',
    signal: surveySignal(),
    assessment: assessment(),
    routing: routing(),
    now,
  }).case;

const caseIn = (status: CaseStatus): AdvocacyCase => {
  const path: Record<CaseStatus, CaseAction['type'][]> = {
    open: [],
    engaged: ['acknowledge'],
    plan: ['acknowledge', 'plan'],
    resolved: ['acknowledge', 'plan', 'resolve'],
    closed: ['acknowledge', 'plan', 'resolve', 'close'],
  };
  return path[status].reduce(
    (current, type) => applyCaseAction(current, ACTIONS[type], now).case,
    freshCase(),
  );
};

const VALID: readonly [CaseStatus, CaseAction['type'], CaseStatus, string][] = [
  ['open', 'acknowledge', 'engaged', 'acknowledged'],
  ['engaged', 'plan', 'plan', 'planned'],
  ['plan', 'plan', 'plan', 'planned'],
  ['plan', 'resolve', 'resolved', 'resolved'],
  ['resolved', 'close', 'closed', 'closed'],
  ['resolved', 'disagree', 'plan', 'customer_disagreed'],
  ['open', 'escalate', 'open', 'escalated'],
  ['open', 'link', 'open', 'linked'],
  ['plan', 'link', 'plan', 'linked'],
];

describe('applyCaseAction', () => {
  it.each(VALID)('from %s, %s leads to %s with a %s event', (from, type, to, eventType) => {
    // Prepare
    const current = caseIn(from);

    // Act
    const change = applyCaseAction(current, ACTIONS[type], later);

    // Assess
    expect(change.case.status).toBe(to);
    expect(change.case.version).toBe(current.version + 1);
    expect(change.event).toMatchObject({
      caseId: 'case-1',
      type: eventType,
      actor: ACTIONS[type].actor,
      at: later.toISOString(),
      eventId: String(current.version + 1).padStart(6, '0'),
    });
  });

  const statuses: readonly CaseStatus[] = ['open', 'engaged', 'plan', 'resolved', 'closed'];
  const invalid = statuses.flatMap((status) =>
    (Object.keys(ACTIONS) as CaseAction['type'][])
      .filter((type) => !VALID.some(([from, valid]) => from === status && valid === type))
      .filter((type) => !(type === 'link' && status !== 'closed'))
      .map((type) => [status, type] as const),
  );

  it.each(invalid)(
    'rejects %s -> %s with a ConflictError naming the current status',
    (status, type) => {
      // Prepare
      const current = caseIn(status);

      // Act
      const act = () => applyCaseAction(current, ACTIONS[type], later);

      // Assess
      expect(act).toThrow(ConflictError);
      expect(act).toThrow(new RegExp(`^cannot ${type} a case that is ${status}; allowed from `));
      try {
        act();
      } catch (error) {
        expect((error as ConflictError).details).toMatchObject({ status });
      }
    },
  );

  it('says which statuses allow the action', () => {
    expect(() => applyCaseAction(freshCase(), ACTIONS.close, later)).toThrow(
      'cannot close a case that is open; allowed from resolved',
    );
  });

  it('records the success criteria and acknowledgement time on acknowledge', () => {
    const change = applyCaseAction(freshCase(), ACTIONS.acknowledge, later);

    expect(change.case).toMatchObject({
      acknowledgedAt: later.toISOString(),
      summary: 'Exports fail since the upgrade',
      successCriteria: ['exports run nightly for a week'],
    });
  });

  it('keeps the plan with its trial and replaces it on a plan update', () => {
    const first = caseIn('plan');
    const update: CaseAction = {
      type: 'plan',
      actor,
      actions: [{ what: 'add monitoring', owner: 'sre', due: '2026-11-30T12:00:00Z' }],
    };

    const change = applyCaseAction(first, update, later);

    expect(first.plan?.trial).toEqual({ service: 'premium support', ends: '2026-12-20' });
    expect(change.case.plan).toEqual({ actions: update.actions });
  });

  it('returns to plan with the criteria in doubt when the customer disagrees', () => {
    const change = applyCaseAction(caseIn('resolved'), ACTIONS.disagree, later);

    expect(change.case).toMatchObject({
      status: 'plan',
      resolvedAt: undefined,
      criteriaInDoubt: ['exports run nightly for a week'],
    });
    expect(change.event.details).toEqual({ criteriaInDoubt: ['exports run nightly for a week'] });
  });

  it('closes only with the customer agreeing', () => {
    const change = applyCaseAction(caseIn('resolved'), ACTIONS.close, later);

    expect(change.case).toMatchObject({ customerAgreed: true, closedAt: later.toISOString() });
    expect(change.event.note).toBe('customer confirmed on a call');
  });

  it('links an active case to an earlier one', () => {
    const change = applyCaseAction(caseIn('plan'), ACTIONS.link, later);

    expect(change.case.previousCaseId).toBe('case-earlier');
    expect(change.event.details).toEqual({ previousCaseId: 'case-earlier' });
  });

  it('refuses to link a case to itself with a ConflictError', () => {
    // Prepare
    const current = caseIn('plan');

    // Act
    const act = () =>
      applyCaseAction(current, { type: 'link', actor, previousCaseId: current.id }, later);

    // Assess
    expect(act).toThrow(ConflictError);
    expect(act).toThrow('cannot link a case to itself');
    try {
      act();
    } catch (error) {
      expect((error as ConflictError).details).toEqual({ previousCaseId: 'case-1' });
    }
  });

  it('moves an escalated case up a level with the next deadline, or ends the chain', () => {
    const escalated = applyCaseAction(freshCase(), ACTIONS.escalate, later);
    const ended = applyCaseAction(
      escalated.case,
      { type: 'escalate', actor: 'system', to: 'management', ackDeadline: null },
      later,
    );

    expect(escalated.case).toMatchObject({
      escalationLevel: 1,
      escalatedTo: 'senior',
      ackDeadline: '2026-11-20T12:00:00.000Z',
      escalationEnded: false,
    });
    expect(escalated.event.details).toEqual({
      from: 'advocates',
      to: 'senior',
      level: 1,
      ackDeadline: '2026-11-20T12:00:00Z',
    });
    expect(ended.case).toMatchObject({
      escalationLevel: 2,
      escalatedTo: 'management',
      escalationEnded: true,
    });
  });
});

describe('allowedActions', () => {
  it('lists what each status allows', () => {
    expect(allowedActions('open')).toEqual(['acknowledge', 'escalate', 'link']);
    expect(allowedActions('resolved')).toEqual(['close', 'disagree', 'link']);
    expect(allowedActions('closed')).toEqual([]);
  });
});

describe('parseCaseAction', () => {
  it('accepts a valid action', () => {
    expect(parseCaseAction({ type: 'resolve', actor, note: 'patched' })).toEqual({
      type: 'resolve',
      actor,
      note: 'patched',
    });
  });

  it('names each invalid field', () => {
    const act = () =>
      parseCaseAction({
        type: 'plan',
        actor: ' ',
        actions: [{ what: 'x', owner: 'y', due: 'soon' }],
      });

    expect(act).toThrow('invalid case action');
    try {
      act();
    } catch (error) {
      expect((error as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toEqual([
        'actor',
        'actions[0].due',
      ]);
    }
  });

  it('takes a case id to link as the store makes them, without surrounding blanks', () => {
    const id = '4f3c89da-61d1-4dfd-8979-9b2dd92d17a8';

    expect(parseCaseAction({ type: 'link', actor, previousCaseId: ` ${id} ` })).toEqual({
      type: 'link',
      actor,
      previousCaseId: id,
    });
  });

  it.each([
    '../x',
    '../../x',
    'older-case',
    '4f3c89da-61d1-4dfd-8979-9b2dd92d17a8/../x',
    '4F3C89DA-61D1-4DFD-8979-9B2DD92D17A8',
    '4f3c89da61d14dfd89799b2dd92d17a8',
    '',
  ])('refuses %j as the case to link to, naming previousCaseId', (previousCaseId) => {
    try {
      parseCaseAction({ type: 'link', actor, previousCaseId });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        {
          path: 'previousCaseId',
          message: 'expected a case id (a UUID such as 4f3c89da-61d1-4dfd-8979-9b2dd92d17a8)',
        },
      ]);
    }
  });

  it('refuses to close without the customer agreeing', () => {
    try {
      parseCaseAction({ type: 'close', actor, customerAgreed: false, note: 'done' });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: unknown }).issues).toEqual([
        { path: 'customerAgreed', message: 'a case closes only with the customer agreeing' },
      ]);
    }
  });
});
