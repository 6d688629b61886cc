import type { CustomerRecord } from '../cases/customer.js';
import type { Segment } from '../config/routing-schema.js';
import type { AdvocacyConfig } from '../config/schema.js';
import type { SignalCustomer } from '../sources/signal.js';

/** The segment a customer is placed in and a readable reason, recorded on the case. */
interface SegmentChoice {
  readonly segment: string;
  /** `signal`, `customer record`, `rule: annual revenue >= 1000000`, ... or `default`. */
  readonly reason: string;
}

const domainOf = (email: string | undefined): string | undefined => {
  const at = email?.lastIndexOf('@') ?? -1;
  return at < 0 ? undefined : email?.slice(at + 1).toLowerCase();
};

/**
 * The first condition of a segment's rule that the customer meets, as a reason, or undefined.
 * The conditions of one rule are alternatives (OR): the method names an account strategic for
 * its revenue, or its breadth of products, or by name (account ids, e-mail domains); requiring
 * all of them would leave out a high-revenue account that uses a single product.
 */
const matchRule = (
  segment: Segment,
  customer: SignalCustomer,
  record: CustomerRecord | undefined,
): string | undefined => {
  const match = segment.match;
  if (match === undefined) return undefined;
  const revenue = record?.annualRevenue;
  if (match.annualRevenueAtLeast !== undefined && revenue !== undefined) {
    if (revenue >= match.annualRevenueAtLeast)
      return `rule: annual revenue >= ${String(match.annualRevenueAtLeast)}`;
  }
  const products = record?.products;
  if (match.productsAtLeast !== undefined && products !== undefined) {
    if (products >= match.productsAtLeast)
      return `rule: products >= ${String(match.productsAtLeast)}`;
  }
  const accountId = customer.accountId ?? record?.accountId;
  if (accountId !== undefined && match.accountIds?.includes(accountId) === true) {
    return `rule: account id ${accountId}`;
  }
  const domain = domainOf(customer.email) ?? record?.emailDomain?.toLowerCase();
  const domains = match.emailDomains?.map((entry) => entry.toLowerCase().replace(/^@/, ''));
  if (domain !== undefined && domains?.includes(domain) === true) {
    return `rule: email domain ${domain}`;
  }
  return undefined;
};

/**
 * Places a customer in a segment, first match wins: the signal's explicit segment (when it names
 * a configured one), the customer record's explicit segment, the segment rules in configuration
 * order, then the default segment. An explicit segment the configuration does not know is
 * ignored rather than trusted, since surveys pass it through a field anyone can edit.
 */
const chooseSegment = (
  customer: SignalCustomer,
  record: CustomerRecord | undefined,
  config: Pick<AdvocacyConfig, 'segments' | 'defaultSegment'>,
): SegmentChoice => {
  const known = new Set(config.segments.map((segment) => segment.name));
  if (customer.segment !== undefined && known.has(customer.segment)) {
    return { segment: customer.segment, reason: 'signal' };
  }
  if (record?.segment !== undefined && known.has(record.segment)) {
    return { segment: record.segment, reason: 'customer record' };
  }
  for (const segment of config.segments) {
    const reason = matchRule(segment, customer, record);
    if (reason !== undefined) return { segment: segment.name, reason };
  }
  return { segment: config.defaultSegment, reason: 'default' };
};

export { chooseSegment };
export type { SegmentChoice };
