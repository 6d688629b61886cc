import { clip, oneLine } from '../plain-text.js';
import type { AlertRecord } from './target.js';

const SUBJECT_MAX = 99;
const EVENT_LABELS: Readonly<Record<string, string>> = {
  severity_raised: 'Severity raised',
  escalated: 'Escalated',
};

/** `business_impact` -> `business impact`. */
const label = (category: string): string => category.replace(/_/g, ' ');

/** How the customer is named to an advocate: account, person, e-mail, id, or key. */
const customerName = ({ customer }: AlertRecord['case']): string =>
  oneLine(customer.accountName ?? customer.name ?? customer.email ?? customer.id ?? customer.key) ||
  customer.key;

/**
 * A moment as an advocate reads it, in a tier's time zone: the day (by weekday, or by year when
 * it may be long past) with a 24-hour clock and the zone, `Mon, Nov 23, 22:45 EST`.
 */
const timeIn = (iso: string, timeZone: string, day: 'weekday' | 'year'): string =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    ...(day === 'weekday' ? { weekday: 'short' } : { year: 'numeric' }),
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(iso));

/** A deadline as an advocate reads it: `Mon, Nov 23, 22:45 EST`, in the target tier's zone. */
const localTime = (iso: string, timeZone: string): string => timeIn(iso, timeZone, 'weekday');

/**
 * The lock-screen line: urgency, the event when it is not an opening, the customer, and the
 * most severe trigger, e.g. `URGENT · Acme Corp · business impact`. The customer name is cut
 * to keep the whole under SNS's 100 characters.
 */
const subjectOf = (record: AlertRecord): string => {
  const head = [record.case.urgent ? 'URGENT' : 'Non-urgent'];
  const event = EVENT_LABELS[record.type];
  if (event !== undefined) head.push(event);
  const top = label(record.case.triggers[0] ?? 'extreme dissatisfaction');
  const room = SUBJECT_MAX - [...head, top].join(' · ').length - ' · '.length;
  return [...head, clip(customerName(record.case), Math.max(room, 10)), top].join(' · ');
};

export { customerName, label, localTime, subjectOf, timeIn };
