import { EVIDENCE_MAX, type AlertFacts } from './alert-facts.js';
import { chatText } from './chat-markup.js';
import {
  CUSTOM_NOTIFICATION_LIMITS as LIMITS,
  type CustomNotification,
} from './custom-notification.js';
import { clip } from '../plain-text.js';
import type { AlertRecord } from './target.js';

const EVENT_TYPES: Readonly<Record<string, string>> = {
  opened: 'CaseOpened',
  severity_raised: 'CaseSeverityRaised',
  escalated: 'CaseEscalated',
};

/**
 * Lines of the description, whole quotes only: when the customer's words would overflow the
 * service's limit, the last quotes are left out and counted instead of being cut mid-quote.
 */
const description = (
  head: readonly string[],
  quotes: readonly string[],
  tail: readonly string[],
) => {
  const size = (lines: readonly string[]) => lines.join('\n').length;
  const kept = [...quotes];
  const more = () =>
    kept.length < quotes.length
      ? [`…and ${String(quotes.length - kept.length)} more on the case`]
      : [];
  while (kept.length > 0 && size([...head, ...kept, ...more(), ...tail]) > LIMITS.description) {
    kept.pop();
  }
  return clip([...head, ...kept, ...more(), ...tail].join('\n'), LIMITS.description);
};

/**
 * The chat form of an alert: a custom notification of Amazon Q Developer in chat applications
 * (formerly AWS Chatbot), rendered in Slack or Microsoft Teams. The title is the lock-screen
 * subject; the description quotes the customer with the deadline in the tier's time zone and
 * the case link; next steps are the method's. Every piece of customer text goes through
 * `chatText` (no mentions, no markup, no forged links) and every field is cut within the
 * documented limits. Updates of a case share its thread.
 */
const chatNotification = (
  record: AlertRecord,
  target: string,
  facts: AlertFacts,
): CustomNotification => {
  const bold = (label: string) => `*${label}:*`;
  const quotes = facts.quotes.map(
    (quote) => `• ${quote.label}: “${clip(chatText(quote.words), EVIDENCE_MAX)}”`,
  );
  const head = [
    ...facts.rows.map(
      (row) =>
        `${bold(row.label)} ${row.fromCustomer === true ? clip(chatText(row.value), 500) : row.value}`,
    ),
    '',
    bold("In the customer's words"),
    ...(quotes.length > 0 ? [] : ['(no quoted evidence)']),
  ];
  const tail = [
    '',
    `${bold(facts.acknowledge.label)} ${facts.acknowledge.value}`,
    `${bold('Case')} ${record.case.id}: ${facts.link}`,
    ...(record.note === undefined ? [] : [`${bold('Note')} ${clip(chatText(record.note), 1000)}`]),
  ];
  const triggers = facts.quotes.map((quote) => quote.label);
  return {
    version: '1.0',
    source: 'custom',
    id: `${record.caseId}#${record.eventId}`,
    content: {
      textType: 'client-markdown',
      title: clip(
        `${facts.urgency === 'urgent' ? '🚨 ' : ''}${chatText(facts.subject)}`,
        LIMITS.title,
      ),
      description: description(head, quotes, tail),
      nextSteps: [...facts.nextSteps, `Open the case: ${facts.link}`].map((step) =>
        clip(step, LIMITS.nextStep),
      ),
      keywords: [facts.urgency, target, record.case.segment, ...new Set(triggers)].map((word) =>
        clip(word, LIMITS.keyword),
      ),
    },
    metadata: {
      threadId: record.caseId,
      summary: clip(chatText(facts.subject), LIMITS.title),
      eventType: EVENT_TYPES[record.type] ?? record.type,
      relatedResources: [facts.link],
      additionalContext: { caseId: record.caseId, event: record.type, tier: target },
    },
  };
};

export { chatNotification };
