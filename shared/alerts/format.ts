import type { TriggerCategory } from '../scoring/assessment.js';
import { RATING_SCALES } from '../scoring/assessment.js';
import { SCALE_RANGES } from '../sources/signal.js';
import { URGENCIES, type Urgency } from './filter-policy.js';
import { nextSteps } from './next-steps.js';
import { clip, customerName, label, localTime, oneLine, subjectOf } from './subject.js';
import { timeZoneOf, type AlertRecord, type TargetConfig } from './target.js';

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
  readonly attributes: AlertAttributes;
}

type FormatConfig = TargetConfig & { readonly caseLinkBaseUrl: string };

const EVIDENCE_MAX = 280;

/** The rating the event carries (`details.rating`, as detect records it), e.g. `NPS 0 (0-10)`. */
const ratingOf = (record: AlertRecord): string | undefined => {
  const rating = record.details?.rating;
  if (typeof rating !== 'object' || rating === null) return undefined;
  const { value, scale } = rating as { value?: unknown; scale?: unknown };
  const known = RATING_SCALES.find((candidate) => candidate === scale);
  if (typeof value !== 'number' || known === undefined) return undefined;
  const [low, high] = SCALE_RANGES[known];
  return `${known.toUpperCase()} ${String(value)} (${String(low)}-${String(high)})`;
};

/**
 * Formats an alert from a case event record alone (the snapshot in the outbox): subject, text,
 * SMS and JSON forms, and the attributes SNS subscriptions filter on. `target` is the tier or
 * `management` the alert goes to (see `alertTarget`).
 */
const formatAlert = (record: AlertRecord, target: string, config: FormatConfig): AlertMessage => {
  const { case: snapshot } = record;
  const link = `${config.caseLinkBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(snapshot.id)}`;
  const deadline = localTime(snapshot.ackDeadline, timeZoneOf(target, config));
  const urgency = snapshot.urgent ? URGENCIES.urgent : URGENCIES.normal;
  const steps = nextSteps(record);
  const rating = ratingOf(record);
  const subject = subjectOf(record);
  const customer = snapshot.customer;
  const name = customerName(snapshot);
  const identity = [customer.accountId && `account ${customer.accountId}`, customer.email]
    .filter((part) => typeof part === 'string' && part !== '' && part !== name)
    .join(', ');
  // Most severe first, as the case orders its categories.
  const rank = (category: TriggerCategory): number => snapshot.triggers.indexOf(category);
  const evidence = [...snapshot.evidence]
    .sort((left, right) => rank(left.category) - rank(right.category))
    .map(
      (trigger) =>
        `  - ${label(trigger.category)}: "${clip(oneLine(trigger.evidence), EVIDENCE_MAX)}"`,
    );
  const text = [
    subject,
    '',
    `Customer:   ${name}${identity === '' ? '' : ` (${identity})`}`,
    `Segment:    ${snapshot.segment} (${snapshot.segmentReason}), tier ${snapshot.tier}`,
    `Urgency:    ${snapshot.urgent ? 'URGENT, presently impacted: 24x7' : 'normal: business hours'}`,
    `Rating:     ${rating ?? 'none given'}`,
    `Signals:    ${String(snapshot.signalCount)} since ${snapshot.openedAt}`,
    ...(record.type === 'escalated'
      ? [`Escalated:  level ${String(snapshot.escalationLevel)}, to ${target}`]
      : []),
    '',
    "In the customer's words:",
    ...(evidence.length > 0 ? evidence : ['  (no quoted evidence)']),
    '',
    // The end of the escalation chain sets no new deadline: the one that passed is shown.
    record.type === 'escalated' && record.details?.ackDeadline === null
      ? `Acknowledge: now; the deadline passed at ${deadline} (${snapshot.ackDeadline})`
      : `Acknowledge by: ${deadline} (${snapshot.ackDeadline})`,
    `Case: ${snapshot.id}`,
    `Link: ${link}`,
    '',
    'Next steps:',
    ...steps.map((step, index) => `  ${String(index + 1)}. ${step}`),
    ...(record.note === undefined ? [] : ['', `Note: ${record.note}`]),
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
      nextSteps: steps,
    },
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
