import type { CustomerRecord } from '../cases/customer.js';
import type { Tier } from '../config/routing-schema.js';
import type { AdvocacyConfig } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import type { SignalCustomer } from '../sources/signal.js';
import { addBusinessMinutes } from './business-hours.js';
import { MINUTE_MS } from './time-zone.js';
import { chooseSegment } from './segment.js';

/** Where a case goes and by when it must be acknowledged; recorded on the case. */
interface RoutingDecision {
  readonly segment: string;
  /** `signal`, `customer record`, `rule: annual revenue >= 1000000`, ... or `default`. */
  readonly segmentReason: string;
  readonly tier: string;
  /** false for an SOP tier: the case is recorded, no advocate is alerted. */
  readonly alerts: boolean;
  /** ISO 8601 UTC. */
  readonly ackDeadline: string;
  /** Where an unacknowledged case escalates: a tier, `management`, or null (nowhere). */
  readonly escalateTo: string | null;
}

interface RouteInput {
  readonly customer: SignalCustomer;
  readonly record?: CustomerRecord | undefined;
  /** Presently impacted: paged at any hour. */
  readonly urgent: boolean;
  readonly now: Date;
}

interface DeadlineInput {
  /** A tier name or the configured tier itself. */
  readonly tier: string | Tier;
  readonly urgent: boolean;
  /** When the clock starts: the case opening, or the moment of an escalation. */
  readonly from: Date;
}

type RoutingConfig = Pick<
  AdvocacyConfig,
  'segments' | 'defaultSegment' | 'tiers' | 'businessHours'
>;

const tierNamed = (name: string, config: RoutingConfig): Tier => {
  const tier = config.tiers.find((candidate) => candidate.name === name);
  if (tier === undefined) throw new ConfigError([{ path: 'tiers', message: `no tier "${name}"` }]);
  return tier;
};

/** The tier that serves a segment (the configuration schema guarantees exactly one). */
const tierForSegment = (segment: string, config: RoutingConfig): Tier => {
  const tier = config.tiers.find((candidate) => candidate.segments.includes(segment));
  if (tier === undefined) {
    throw new ConfigError([
      { path: 'tiers', message: `segment "${segment}" is served by no tier` },
    ]);
  }
  return tier;
};

/**
 * When a case must be acknowledged: urgent cases get the tier's urgent SLA in wall-clock minutes
 * (24x7); the others get its non-urgent SLA counted only inside business hours (the tier's own,
 * else the top-level ones), in their time zone, skipping non-working days and holidays.
 *
 * @example acknowledgementDeadline({ tier: 'senior', urgent: false, from: new Date() }, config)
 */
const acknowledgementDeadline = (input: DeadlineInput, config: RoutingConfig): string => {
  const tier = typeof input.tier === 'string' ? tierNamed(input.tier, config) : input.tier;
  const from = input.from.getTime();
  const deadline = input.urgent
    ? from + tier.sla.urgentMinutes * MINUTE_MS
    : addBusinessMinutes(
        from,
        tier.sla.nonUrgentBusinessMinutes,
        tier.businessHours ?? config.businessHours,
      );
  return new Date(deadline).toISOString();
};

/**
 * Routes a case: segment (and why), the tier that serves it, whether that tier is alerted, and
 * the acknowledgement deadline from `now`.
 *
 * @example
 * routeCase({ customer: { accountId: 'acme' }, record, urgent: true, now: new Date() }, config)
 * // { segment: 'strategic', segmentReason: 'rule: annual revenue >= 1000000', tier: 'senior', ... }
 */
const routeCase = (input: RouteInput, config: RoutingConfig): RoutingDecision => {
  const { segment, reason } = chooseSegment(input.customer, input.record, config);
  const tier = tierForSegment(segment, config);
  return {
    segment,
    segmentReason: reason,
    tier: tier.name,
    alerts: tier.alerts,
    ackDeadline: acknowledgementDeadline({ tier, urgent: input.urgent, from: input.now }, config),
    escalateTo: tier.escalateTo,
  };
};

export { acknowledgementDeadline, routeCase, tierForSegment };
export type { DeadlineInput, RouteInput, RoutingConfig, RoutingDecision };
