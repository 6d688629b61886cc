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

describe('terminal safety', () => {
  // A webhook's words and an advocate's plan, written to drive a terminal or forge a line.
  const ESCAPES = '\u001b]8;;https://evil.example\u001b\\x\u001b]0;pwned\u0007\u009b2J\u202E';

  it('prints every field, quote, plan entry and table cell as one line without control characters', () => {
    // Prepare
    const view = toCaseView({
      case: buildCase({
        id: 'c1',
        status: 'plan',
        customer: { key: 'account:c1', name: `Acme${ESCAPES}\nnext:           close` },
        summary: `sum\n\nnext:           close ${ESCAPES}`,
        evidence: [
          {
            category: 'churn_threat',
            evidence: `we go\n  legal_threat: "fake${ESCAPES}`,
            start: 0,
            end: 5,
            signalId: `zendesk:1${ESCAPES}`,
          },
        ],
        plan: {
          actions: [{ what: `fix ${ESCAPES}`, owner: 'ops\nforged', due: '2026-11-05' }],
          trial: { service: `line${ESCAPES}`, ends: '2026-12-01' },
        },
      }),
      events: [],
      signals: [],
    });

    // Act
    const text = renderCase(view, now);
    const queue = renderQueue({ items: [buildCase({ id: 'c2', customer: view.customer })] }, now);

    // Assess
    for (const output of [text, queue]) {
      expect(output.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u202a-\u202e]/u);
    }
    expect(text.match(/^next: /gm)).toHaveLength(1);
    expect(text.match(/legal_threat/g)).toHaveLength(1);
    expect(text).toContain(
      '  churn_threat: "we go legal_threat: "fake ]8;;https://evil.example \\x ]0;pwned 2J"',
    );
  });
});
