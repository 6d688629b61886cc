import { describe, expect, it } from 'vitest';
import { renderCase, renderQueue } from '../../../../shared/casework/case-text.js';
import { toCaseView } from '../../../../shared/casework/case-view.js';
import { textTable } from '../../../../shared/casework/text-table.js';
import { buildCase } from '../../../fixtures/casework/case-builder.js';

const now = new Date('2026-11-02T14:40:00.000Z');

describe('textTable', () => {
  it('aligns columns, upper-cases the head and cuts long cells', () => {
    expect(
      textTable(
        ['id', 'note'],
        [
          ['c1', 'short'],
          ['c22', 'x'.repeat(60)],
        ],
        10,
      ),
    ).toBe(`ID   NOTE\nc1   short\nc22  ${'x'.repeat(9)}…\n`);
  });
});

describe('renderQueue', () => {
  it('marks overdue deadlines and escalations, and prints the next cursor', () => {
    const text = renderQueue(
      {
        items: [
          buildCase({ id: 'c1' }),
          buildCase({
            id: 'c2',
            status: 'engaged',
            urgent: false,
            escalatedTo: 'senior',
            escalationLevel: 1,
          }),
        ],
        cursor: 'abc',
      },
      now,
    );

    const lines = text.split('\n');
    expect(lines[1]).toMatch(
      /^c1\s+open\s+URGENT\s+advocates\s+Customer c1\s+business_impact\s+2026-11-02 14:00\s+2026-11-02 14:30 OVERDUE\s+1$/,
    );
    expect(lines[2]).toMatch(/^c2\s+engaged\s+-\s+advocates->senior\s/);
    expect(lines[3]).toBe('more: --cursor abc');
    expect(renderQueue({ items: [] }, now)).toBe('no cases\n');
  });
});

describe('renderCase', () => {
  it('shows the facts, the evidence, the plan, the next actions and the timeline', () => {
    const view = toCaseView({
      case: buildCase({
        id: 'c1',
        status: 'plan',
        plan: {
          actions: [{ what: 'patch', owner: 'ops', due: '2026-11-05' }],
          trial: { service: 'priority line', ends: '2026-12-01' },
        },
      }),
      events: [
        {
          caseId: 'c1',
          eventId: '000002',
          type: 'acknowledged',
          at: '2026-11-02T14:10:00.000Z',
          actor: 'ana',
        },
        {
          caseId: 'c1',
          eventId: '000001',
          type: 'opened',
          at: '2026-11-02T14:00:00.000Z',
          actor: 'system',
        },
      ],
      signals: [],
    });

    const text = renderCase(view, now);

    expect(text).toContain('case:           c1 (version 1)');
    expect(text).toContain('next:           plan, resolve, link');
    expect(text).toContain('  business_impact: "we cannot ship orders" (zendesk:c1)');
    expect(text).toContain(
      '  - patch (owner ops, due 2026-11-05)\n  trial: priority line until 2026-12-01',
    );
    expect(text).toMatch(
      /Timeline:\n {2}AT \(UTC\)\s+EVENT\s+ACTOR\s+NOTE\n {2}2026-11-02 14:00\s+opened\s+system\n {2}2026-11-02 14:10\s+acknowledged\s+ana\n$/,
    );
  });
});
