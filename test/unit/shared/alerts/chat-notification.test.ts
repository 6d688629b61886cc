import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CUSTOM_NOTIFICATION_LIMITS,
  CustomNotificationSchema,
} from '../../../../shared/alerts/custom-notification.js';
import { formatAlert } from '../../../../shared/alerts/format.js';
import type { CaseEventRecord } from '../../../../shared/cases/model.js';
import { alertFixture } from '../../../fixtures/alerts/load.js';
import { exampleConfig, withExampleLinks, type AlertingConfig } from '../../../helpers/config.js';

let config: AlertingConfig;

beforeAll(async () => {
  config = withExampleLinks(await exampleConfig());
});

const HOSTILE =
  '<!channel> <!here> @here @channel <@U024BE7LH> <#C024BE7LH|general> ' +
  '<http://evil.example|click to refund> [click](http://evil.example) *bold* _it_ ~x~ `code` ' +
  '> quoted &lt;!channel&gt; <at>Everyone</at>';

/** The urgent fixture with the customer's name and every quote replaced. */
const withCustomerText = (name: string, words: readonly string[]): CaseEventRecord => {
  const record = alertFixture('opened-urgent-strategic');
  return {
    ...record,
    case: {
      ...record.case,
      customer: { ...record.case.customer, accountName: name },
      evidence: words.map((evidence, index) => ({
        category: 'churn_threat',
        evidence,
        start: index,
        end: index + evidence.length,
        signalId: 'typeform:resp-81ac',
      })),
    },
  };
};

const chatOf = (record: CaseEventRecord, target = 'senior') =>
  formatAlert(record, target, config).chat;

/** Every customer-visible text of a notification, for checks that hold for all of them. */
const textsOf = (chat: ReturnType<typeof chatOf>): string[] => [
  chat.content.title ?? '',
  chat.content.description,
  ...(chat.content.nextSteps ?? []),
  chat.metadata?.summary ?? '',
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('the chat form of an alert', () => {
  it('is a custom notification of the documented schema, threaded per case', () => {
    const chat = chatOf(alertFixture('opened-urgent-strategic'));

    expect(CustomNotificationSchema.parse(chat)).toEqual(chat);
    expect(chat).toMatchObject({
      version: '1.0',
      source: 'custom',
      id: 'c-7f3a9e#000001',
      content: { textType: 'client-markdown' },
      metadata: { threadId: 'c-7f3a9e', eventType: 'CaseOpened' },
    });
  });

  it('titles the alert with urgency, customer and the top trigger', () => {
    const chat = chatOf(alertFixture('opened-urgent-strategic'));
    expect(chat.content.title).toBe('🚨 URGENT · Acme Corp · churn threat');
    expect(chatOf(alertFixture('opened-normal-standard'), 'advocates').content.title).toBe(
      'Non-urgent · pat@\u2060smallshop.example · escalation request',
    );
  });

  it("quotes the customer's words, most severe first, with the deadline in the tier's zone and the link", () => {
    const { description } = chatOf(alertFixture('opened-urgent-strategic')).content;

    expect(description.split('\n')).toEqual([
      '*Customer:* Acme Corp (account acme, dana.ops@\u2060acme.example)',
      '*Segment:* strategic (rule: annual revenue >= 1000000), tier senior',
      '*Urgency:* URGENT, presently impacted: 24x7',
      '*Rating:* NPS 0 (0-10)',
      '*Signals:* 1 since 2026-11-24T03:30:00.000Z',
      '',
      "*In the customer's words:*",
      '• churn threat: “we are talking to Globex on Monday”',
      '• business impact: “none of our stores can take card payments since 6am”',
      '• repeat contact: “this is the fourth time I explain this to someone new”',
      '',
      '*Acknowledge by:* Mon, Nov 23, 22:45 EST',
      '*Case:* c-7f3a9e: https://advocacy.example.com/cases/c-7f3a9e',
    ]);
  });

  it("lists the method's next steps, the case link, and keywords to scan by", () => {
    const { content } = chatOf(alertFixture('opened-urgent-strategic'));

    expect(content.nextSteps?.[0]).toMatch(/^Engage now, at any hour/);
    expect(content.nextSteps?.at(-1)).toBe(
      'Open the case: https://advocacy.example.com/cases/c-7f3a9e',
    );
    expect(content.keywords).toEqual([
      'urgent',
      'senior',
      'strategic',
      'churn threat',
      'business impact',
      'repeat contact',
    ]);
  });

  it('says to acknowledge now when the escalation chain has ended', () => {
    const record = alertFixture('opened-normal-standard');
    const last = {
      ...record,
      type: 'escalated' as const,
      details: { from: 'senior', to: 'management', ackDeadline: null },
    };

    const { description } = chatOf(last, 'management').content;

    expect(description).toContain('*Escalated:* level 0, to management');
    expect(description).toContain(
      '*Acknowledge:* now; the deadline passed at Tue, Nov 24, 17:00 EST',
    );
  });

  it('lets hostile customer text ping nobody and forge no link or markup', () => {
    const chat = chatOf(withCustomerText(HOSTILE, [HOSTILE]));

    expect(CustomNotificationSchema.safeParse(chat).success).toBe(true);
    for (const text of textsOf(chat)) {
      expect(text.replace('revenue >=', '')).not.toMatch(/[<>`[\]~]/);
      expect(text).not.toMatch(/@(?!\u2060)/);
      expect(text).not.toContain('&lt;');
      expect(text).not.toContain('](');
    }
    expect(chat.content.description).toContain(
      '‹!channel› ‹!here› @\u2060here @\u2060channel ‹@\u2060U024BE7LH›',
    );
  });

  it('cuts long words between graphemes and keeps every quote closed, within the limits', () => {
    // Prepare: a family emoji is one grapheme of 8 UTF-16 units; a flag is 4.
    const family = '👩‍👩‍👧';
    const words = Array.from(
      { length: 50 },
      (_, index) => `${String(index)} ${family.repeat(40)} 🇬🇧 ${'é'.repeat(400)}`,
    );

    // Act
    const chat = chatOf(withCustomerText(`${family}${'x'.repeat(400)}`, words));

    // Assess
    expect(CustomNotificationSchema.safeParse(chat).success).toBe(true);
    const { description } = chat.content;
    expect(description.length).toBeLessThanOrEqual(CUSTOM_NOTIFICATION_LIMITS.description);
    const quotes = description.split('\n').filter((line) => line.startsWith('• '));
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.length).toBeLessThan(50);
    for (const quote of quotes) expect(quote).toMatch(/“[^“”]+…”$/);
    expect(description).toContain(`…and ${String(50 - quotes.length)} more on the case`);
    expect(description).toContain('*Acknowledge by:* Mon, Nov 23, 22:45 EST');
    for (const text of textsOf(chat)) {
      expect(text).not.toMatch(LONE_SURROGATE);
      expect(text.replaceAll(family, '')).not.toContain('\u200D');
    }
  });

  it('stays within the schema and inert for any customer name and words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 2000 }), {
          minLength: 1,
          maxLength: 20,
        }),
        (name, words) => {
          const chat = chatOf(withCustomerText(name, words));
          expect(CustomNotificationSchema.safeParse(chat).success).toBe(true);
          for (const text of textsOf(chat)) {
            expect(text.replace('revenue >=', '')).not.toMatch(/[<>]/);
            expect(text).not.toMatch(/@(?!\u2060)/);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
