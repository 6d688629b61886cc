import type { AdvocacyCase } from '../../cases/model.js';
import type { Rating } from '../../scoring/assessment.js';

/** `churn_threat` -> `churn threat`, as alerts write it. */
const categoryLabel = (category: string): string => category.replace(/_/g, ' ');

const dateTime = (iso: string, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(iso));

const ratingText = (rating: Rating | null): string =>
  rating === null ? 'no rating' : `${rating.scale.toUpperCase()} ${rating.value}`;

/** How a case's customer is named on a page: account, person, e-mail, id, then the key. */
const customerLabel = ({ customer }: Pick<AdvocacyCase, 'customer'>): string =>
  customer.accountName ?? customer.name ?? customer.email ?? customer.id ?? customer.key;

export { categoryLabel, customerLabel, dateTime, ratingText };
