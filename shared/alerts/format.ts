import type { TriggerCategory } from '../scoring/assessment.js';
import { alertFacts, EVIDENCE_MAX, type FormatConfig } from './alert-facts.js';
import { chatNotification } from './chat-notification.js';
import type { CustomNotification } from './custom-notification.js';
import type { Urgency } from './filter-policy.js';
import { clip, oneLine } from '../plain-text.js';
import type { AlertRecord } from './target.js';

/** Message attributes subscriptions filter on; the SNS adapter types them. */
interface AlertAttributes {
  readonly tier: string;
  readonly segment: string;
  readonly urgency: Urgency;
  readonly triggers: readonly TriggerCategory[];
  readonly caseId: string;
  readonly event: string;
}

/** One alert in every form a subscriber needs. */
interface AlertMessage {
  /** < 100 characters, one line: triageable on a phone lock screen. */
  readonly subject: string;
  /** The readable body (e-mail, default). */
  readonly text: string;
  /** A short form for SMS. */
  readonly sms: string;
  /** The structured form (HTTPS and SQS subscribers). */
  readonly json: Readonly<Record<string, unknown>>;
  /** The Slack / Microsoft Teams form: an Amazon Q Developer custom notification. */
  readonly chat: CustomNotification;
  readonly attributes: AlertAttributes;
}

/**
 * Formats an alert from a case event record alone (the snapshot in the outbox): subject, text,
 * SMS, JSON and chat forms, and the attributes SNS subscriptions filter on. `target` is the tier
 * or `management` the alert goes to (see `alertTarget`).
 */
const formatAlert = (record: AlertRecord, target: string, config: FormatConfig): AlertMessage => {
  const { case: snapshot } = record;
  const facts = alertFacts(record, target, config);
  const { subject, link, deadline, urgency, rating } = facts;
  const quotes = facts.quotes.map(
    (quote) => `  - ${quote.label}: "${clip(oneLine(quote.words), EVIDENCE_MAX)}"`,
  );
  const text = [
    subject,
    '',
    ...facts.rows.map((row) => `${`${row.label}:`.padEnd(12)}${row.value}`),
    '',
    "In the customer's words:",
    ...(quotes.length > 0 ? quotes : ['  (no quoted evidence)']),
    '',
    `${facts.acknowledge.label}: ${facts.acknowledge.value} (${snapshot.ackDeadline})`,
    `Case: ${snapshot.id}`,
    `Link: ${link}`,
    '',
    'Next steps:',
    ...facts.nextSteps.map((step, index) => `  ${String(index + 1)}. ${step}`),
    ...(record.note === undefined ? [] : ['', `Note: ${oneLine(record.note)}`]),
  ].join('\n');
  return {
    subject,
    text,
    sms: `${subject.replace(/ · /g, ' - ')}. Ack by ${deadline}. ${link}`,
    json: {
      version: 1,
      alertId: `${record.caseId}#${record.eventId}`,
      event: record.type,
      at: record.at,
      actor: record.actor,
      target,
      urgency,
      subject,
      link,
      rating: rating ?? null,
      case: snapshot,
      details: record.details ?? {},
      nextSteps: facts.nextSteps,
    },
    chat: chatNotification(record, target, facts),
    attributes: {
      tier: target,
      segment: snapshot.segment,
      urgency,
      triggers: snapshot.triggers,
      caseId: snapshot.id,
      event: record.type,
    },
  };
};

export { formatAlert };
export type { AlertAttributes, AlertMessage, FormatConfig };
