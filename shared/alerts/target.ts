import type { AdvocacyCase, CaseEvent } from '../cases/model.js';
import type { Tier } from '../config/routing-schema.js';
import type { AdvocacyConfig } from '../config/schema.js';
import { ConfigError } from '../errors.js';

/** The audience above every tier: the top of the escalation chain. */
const MANAGEMENT = 'management';

/** What the alert functions read of a case event record (a CaseEventRecord satisfies it). */
interface AlertRecord extends Pick<
  CaseEvent,
  'caseId' | 'eventId' | 'type' | 'at' | 'actor' | 'note' | 'details'
> {
  readonly case: Pick<
    AdvocacyCase,
    | 'id'
    | 'customer'
    | 'segment'
    | 'segmentReason'
    | 'tier'
    | 'urgent'
    | 'triggers'
    | 'evidence'
    | 'signalCount'
    | 'openedAt'
    | 'ackDeadline'
    | 'escalationLevel'
    | 'escalatedTo'
  >;
}

type TargetConfig = Pick<AdvocacyConfig, 'tiers' | 'businessHours'>;

const tierNamed = (name: string, config: TargetConfig): Tier => {
  const tier = config.tiers.find((candidate) => candidate.name === name);
  // A case names a tier the configuration no longer has: fail loudly (the record is retried and
  // then parked for replay) rather than drop the alert.
  if (tier === undefined) throw new ConfigError([{ path: 'tiers', message: `no tier "${name}"` }]);
  return tier;
};

/**
 * Whose topic an alert goes to: a tier name or `management`, or undefined when nobody is to be
 * alerted (an SOP tier, `alerts: false`). An escalation goes to its target (`details.to`); any
 * other alert to whoever holds the case now (`escalatedTo`, else the case's tier).
 */
const alertTarget = (record: AlertRecord, config: TargetConfig): string | undefined => {
  const to = record.details?.to;
  const holder =
    record.type === 'escalated' && typeof to === 'string'
      ? to
      : (record.case.escalatedTo ?? record.case.tier);
  if (holder === MANAGEMENT) return MANAGEMENT;
  const tier = tierNamed(holder, config);
  return tier.alerts ? tier.name : undefined;
};

/** The time zone deadlines are shown in: the target tier's business hours, else the top-level ones. */
const timeZoneOf = (target: string, config: TargetConfig): string => {
  const tier = config.tiers.find((candidate) => candidate.name === target);
  return tier?.businessHours?.timeZone ?? config.businessHours.timeZone;
};

export { alertTarget, MANAGEMENT, timeZoneOf };
export type { AlertRecord, TargetConfig };
