import type { AdvocacyCase } from '../../cases/model.js';
import { timeIn } from '../../alerts/subject.js';
import type { Rating } from '../../scoring/assessment.js';

/** `churn_threat` -> `churn threat`, as alerts write it. */
const categoryLabel = (category: string): string => category.replace(/_/g, ' ');

/** When something happened, with its year: `Dec 2, 2026, 14:21 EST`. */
const dateTime = (iso: string, timeZone: string): string => timeIn(iso, timeZone, 'year');

const ratingText = (rating: Rating | null): string =>
  rating === null ? 'no rating' : `${rating.scale.toUpperCase()} ${rating.value}`;

/** How a case's customer is named on a page: account, person, e-mail, id, then the key. */
const customerLabel = ({ customer }: Pick<AdvocacyCase, 'customer'>): string =>
  customer.accountName ?? customer.name ?? customer.email ?? customer.id ?? customer.key;

export { categoryLabel, customerLabel, dateTime, ratingText };
