import type { TriggerCategory } from '../scoring/assessment.js';
import { RATING_SCALES } from '../scoring/assessment.js';
import { SCALE_RANGES } from '../sources/signal.js';
import { URGENCIES, type Urgency } from './filter-policy.js';
import { oneLine } from '../plain-text.js';
import { nextSteps } from './next-steps.js';
import { customerName, label, localTime, subjectOf } from './subject.js';
import { timeZoneOf, type AlertRecord, type TargetConfig } from './target.js';

type FormatConfig = TargetConfig & { readonly caseLinkBaseUrl: string };

/** Characters of one quote an alert shows; the case keeps the whole text. */
const EVIDENCE_MAX = 280;

/** One quote of the customer's words, as the case recorded it. */
interface Quote {
  /** The trigger category as read, e.g. `churn threat`. */
  readonly label: string;
  /** The customer's words, untouched: each form makes them safe for its own medium. */
  readonly words: string;
}

/** A labelled line of the alert's summary, e.g. `Segment` / `strategic (...), tier senior`. */
interface FactRow {
  readonly label: string;
  readonly value: string;
  /** The value holds text from a webhook (the customer's name, e-mail): forms with markup escape it. */
  readonly fromCustomer?: true;
}

/** What every form of an alert says, worked out once. */
interface AlertFacts {
  readonly subject: string;
  readonly urgency: Urgency;
  readonly link: string;
  /** The acknowledgement deadline in the target tier's time zone, e.g. `Mon, Nov 23, 22:45 EST`. */
  readonly deadline: string;
  /** Customer, segment, urgency, rating, signals (and the escalation), in reading order. */
  readonly rows: readonly FactRow[];
  /** `Acknowledge by` the deadline, or `Acknowledge` now at the end of the escalation chain. */
  readonly acknowledge: FactRow;
  readonly rating: string | undefined;
  /** Most severe trigger first, as the case orders its categories. */
  readonly quotes: readonly Quote[];
  readonly nextSteps: readonly string[];
}

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

/** The facts of an alert from a case event record alone (the snapshot in the outbox). */
const alertFacts = (record: AlertRecord, target: string, config: FormatConfig): AlertFacts => {
  const { case: snapshot } = record;
  const customer = customerName(snapshot);
  // Every part comes from a webhook: one visible line each, as the name is (see oneLine).
  const identity = [
    snapshot.customer.accountId && `account ${oneLine(snapshot.customer.accountId)}`,
    snapshot.customer.email && oneLine(snapshot.customer.email),
  ]
    .filter((part) => typeof part === 'string' && part !== '' && part !== customer)
    .join(', ');
  const rank = (category: TriggerCategory): number => snapshot.triggers.indexOf(category);
  const rating = ratingOf(record);
  const deadline = localTime(snapshot.ackDeadline, timeZoneOf(target, config));
  return {
    subject: subjectOf(record),
    urgency: snapshot.urgent ? URGENCIES.urgent : URGENCIES.normal,
    link: `${config.caseLinkBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(snapshot.id)}`,
    deadline,
    rows: [
      {
        label: 'Customer',
        value: `${customer}${identity === '' ? '' : ` (${identity})`}`,
        fromCustomer: true,
      },
      {
        label: 'Segment',
        value: `${snapshot.segment} (${snapshot.segmentReason}), tier ${snapshot.tier}`,
      },
      {
        label: 'Urgency',
        value: snapshot.urgent ? 'URGENT, presently impacted: 24x7' : 'normal: business hours',
      },
      { label: 'Rating', value: rating ?? 'none given' },
      {
        label: 'Signals',
        value: `${String(snapshot.signalCount)} since ${snapshot.openedAt}`,
      },
      ...(record.type === 'escalated'
        ? [
            {
              label: 'Escalated',
              value: `level ${String(snapshot.escalationLevel)}, to ${target}`,
            },
          ]
        : []),
    ],
    // The end of the escalation chain sets no new deadline: the one that passed is shown.
    acknowledge:
      record.type === 'escalated' && record.details?.ackDeadline === null
        ? { label: 'Acknowledge', value: `now; the deadline passed at ${deadline}` }
        : { label: 'Acknowledge by', value: deadline },
    rating,
    quotes: [...snapshot.evidence]
      .sort((left, right) => rank(left.category) - rank(right.category))
      .map((trigger) => ({ label: label(trigger.category), words: trigger.evidence })),
    nextSteps: nextSteps(record),
  };
};

export { alertFacts, EVIDENCE_MAX };
export type { AlertFacts, FactRow, FormatConfig, Quote };
