import * as sns from 'aws-cdk-lib/aws-sns';
import { filterPolicyFor } from '../../shared/alerts/filter-policy.js';
import type { Subscription } from '../../shared/config/routing-schema.js';

/**
 * The CDK form of a configured subscription's filter policy. The policy itself comes from
 * shared/alerts/filter-policy.ts, which the local stack uses too, so both filter alike.
 */
const subscriptionFilterPolicy = (
  filter: Subscription['filter'],
): Record<string, sns.SubscriptionFilter> | undefined => {
  const policy = filterPolicyFor({ filter });
  if (policy === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(policy).map(([attribute, values]) => [
      attribute,
      sns.SubscriptionFilter.stringFilter({ allowlist: [...values] }),
    ]),
  );
};

export { subscriptionFilterPolicy };
