import { beforeAll, describe, expect, it } from 'vitest';
import { formatAlert } from '../../../../shared/alerts/format.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { exampleConfig, withExampleLinks, type AlertingConfig } from '../../../helpers/config.js';

let config: AlertingConfig;

beforeAll(async () => {
  config = withExampleLinks(await exampleConfig());
});

describe('formatAlert', () => {
  it('builds a lock-screen subject: urgency, customer, top trigger', () => {
    const alert = formatAlert(alertFixture('opened-urgent-strategic'), 'senior', config);
    expect(alert.subject).toBe('URGENT · Acme Corp · churn threat');
  });

  it('keeps the subject under 100 characters and on one line whatever the customer name', () => {
    // Prepare
    const record = alertFixture('opened-urgent-strategic');
    const customer = {
      ...record.case.customer,
      accountName: `Acme\r\nInjected ${'x'.repeat(200)}`,
    };
    const long = {
      ...record,
      type: 'severity_raised' as const,
      case: { ...record.case, customer },
    };

    // Act
    const { subject } = formatAlert(long, 'senior', config);

    // Assess
    expect(subject.length).toBeLessThan(100);
    expect(subject).toMatch(/^URGENT · Severity raised · Acme Injected x+… · churn threat$/);
  });

  it('writes a body with customer, segment, rating, every quote, deadline, link and next steps', () => {
    const { text } = formatAlert(alertFixture('opened-urgent-strategic'), 'senior', config);
    expect(text).toContain('Customer:   Acme Corp (account acme, dana.ops@acme.example)');
    expect(text).toContain('Segment:    strategic (rule: annual revenue >= 1000000), tier senior');
    expect(text).toContain('Rating:     NPS 0 (0-10)');
    expect(text).toContain('  - churn threat: "we are talking to Globex on Monday"');
    expect(text).toContain(
      '  - business impact: "none of our stores can take card payments since 6am"',
    );
    expect(text).toContain(
      '  - repeat contact: "this is the fourth time I explain this to someone new"',
    );
    expect(text).toContain('Acknowledge by: Mon, Nov 23, 22:45 EST (2026-11-24T03:45:00.000Z)');
    expect(text).toContain('Link: https://advocacy.example.com/cases/c-7f3a9e');
    expect(text).toContain('  1. Engage now, at any hour');
    expect(text).toMatch(/2\. Agree with the customer what success looks like .* irreversible/);
  });

  it('shows a non-urgent deadline in business hours and says when to engage', () => {
    const { subject, text, attributes } = formatAlert(
      alertFixture('opened-normal-standard'),
      'advocates',
      config,
    );
    expect(subject).toBe('Non-urgent · pat@smallshop.example · escalation request');
    expect(text).toContain('Acknowledge by: Tue, Nov 24, 17:00 EST (2026-11-24T22:00:00.000Z)');
    expect(text).toContain('  1. Contact the customer within business hours');
    expect(attributes.urgency).toBe('normal');
  });

  it('says who missed the SLA on an escalation', () => {
    // Prepare
    const record = alertFixture('opened-normal-standard');
    const escalated = {
      ...record,
      type: 'escalated' as const,
      eventId: '000002',
      details: { from: 'advocates', to: 'senior', level: 1 },
      case: { ...record.case, escalationLevel: 1, escalatedTo: 'senior' },
    };

    // Act
    const alert = formatAlert(escalated, 'senior', config);

    // Assess
    expect(alert.subject).toBe(
      'Non-urgent · Escalated · pat@smallshop.example · escalation request',
    );
    expect(alert.text).toContain('Escalated:  level 1, to senior');
    expect(alert.text).toContain(
      '  1. Take the case now: advocates did not acknowledge it in time.',
    );
    expect(alert.attributes).toEqual({
      tier: 'senior',
      segment: 'standard',
      urgency: 'normal',
      triggers: ['escalation_request', 'extreme_rating'],
      caseId: 'c-51d02b',
      event: 'escalated',
    });
  });

  it('says the deadline passed when an escalation reaches management, the end of the chain', () => {
    const record = alertFixture('opened-urgent-strategic');
    const toManagement = {
      ...record,
      type: 'escalated' as const,
      details: { from: 'senior', to: 'management', level: 1, ackDeadline: null },
      case: { ...record.case, escalationLevel: 1, escalatedTo: 'management' },
    };
    const { text } = formatAlert(toManagement, 'management', config);
    expect(text).toContain(
      'Acknowledge: now; the deadline passed at Mon, Nov 23, 22:45 EST (2026-11-24T03:45:00.000Z)',
    );
    expect(text).toContain('  1. Take the case now: senior did not acknowledge it in time.');
  });

  it('explains a severity raise with its reasons', () => {
    const record = alertFixture('opened-urgent-strategic');
    const raised = {
      ...record,
      type: 'severity_raised' as const,
      details: { reasons: ['legal_threat'] },
    };
    const { text } = formatAlert(raised, 'senior', config);
    expect(text).toContain(
      '  1. The case became more severe (legal threat). Contact the customer again now',
    );
    expect(text).toContain('Rating:     none given');
  });

  it('gives SMS a short ASCII-separated form and JSON subscribers the structured case', () => {
    const alert = formatAlert(alertFixture('opened-urgent-strategic'), 'senior', config);
    expect(alert.sms).toBe(
      'URGENT - Acme Corp - churn threat. Ack by Mon, Nov 23, 22:45 EST. https://advocacy.example.com/cases/c-7f3a9e',
    );
    expect(alert.json).toMatchObject({
      version: 1,
      alertId: 'c-7f3a9e#000001',
      event: 'opened',
      target: 'senior',
      urgency: 'urgent',
      rating: 'NPS 0 (0-10)',
      case: { id: 'c-7f3a9e', ackDeadline: '2026-11-24T03:45:00.000Z' },
    });
  });

  it('keeps every webhook value and the note to one visible line in the text form', () => {
    // Prepare
    const record = alertFixture('opened-urgent-strategic');
    const customer = {
      ...record.case.customer,
      accountId: 'acme\r\nX',
      email: 'a@b.c\n\nLink: https://evil.example/refund\u001b[31m',
    };
    const hostile = {
      ...record,
      case: { ...record.case, customer },
      note: 'ok\n\nLink: https://evil.example\u001b[31m',
    };

    // Act
    const { text } = formatAlert(hostile, 'senior', config);

    // Assess
    expect(text.match(/^Link: /gm)).toEqual(['Link: ']);
    expect(text.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
    expect(text).toContain(
      'Customer:   Acme Corp (account acme X, a@b.c Link: https://evil.example/refund [31m)',
    );
    expect(text).toContain('Note: ok Link: https://evil.example [31m');
  });

  it('keeps a subject SNS can encode when a name carries half a surrogate pair or a bidi override', () => {
    // Prepare
    const record = alertFixture('opened-urgent-strategic');
    const customer = { ...record.case.customer, accountName: 'Acme \uD83D Corp\u202E' };

    // Act
    const { subject } = formatAlert(
      { ...record, case: { ...record.case, customer } },
      'senior',
      config,
    );

    // Assess
    expect(subject).toBe('URGENT · Acme \uFFFD Corp · churn threat');
    expect(() => encodeURIComponent(subject)).not.toThrow();
  });
});
