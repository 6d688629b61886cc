import type { Subscription } from '../config/routing-schema.js';

/** Values of the `urgency` message attribute. */
const URGENCIES = { urgent: 'urgent', normal: 'normal' } as const;

type Urgency = (typeof URGENCIES)[keyof typeof URGENCIES];

/** An SNS filter policy on message attributes (FilterPolicyScope `MessageAttributes`). */
type FilterPolicy = Readonly<Record<string, readonly string[]>>;

/**
 * The SNS filter policy of a configured subscription: `urgent` subscriptions (pagers, SMS)
 * receive only alerts whose `urgency` attribute is `urgent`; `all` subscriptions have no policy.
 * Infra and the local stack both subscribe through this, so they filter alike.
 *
 * @example filterPolicyFor({ filter: 'urgent' }) // { urgency: ['urgent'] }
 */
const filterPolicyFor = (subscription: Pick<Subscription, 'filter'>): FilterPolicy | undefined =>
  subscription.filter === 'urgent' ? { urgency: [URGENCIES.urgent] } : undefined;

export { filterPolicyFor, URGENCIES };
export type { FilterPolicy, Urgency };
