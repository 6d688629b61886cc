import type { AdvocacyCase } from '../cases/model.js';
import type { Tier } from '../config/routing-schema.js';
import type { Breach, Durations, TierAcknowledgement } from './review-model.js';
import { median, minutesBetween, percentile } from './review-stats.js';

/** How the review names a customer: the person or account name, else the customer key. */
const customerLabel = (item: AdvocacyCase): string =>
  item.customer.name ?? item.customer.accountName ?? item.customer.key;

/** Count, median and nearest-rank p90 of some durations in minutes. */
const durations = (minutes: readonly number[]): Durations => ({
  count: minutes.length,
  medianMinutes: median(minutes),
  p90Minutes: percentile(minutes, 0.9),
});

/** Missed the SLA: escalated, acknowledged late, or still unacknowledged past the deadline. */
const breached = (item: AdvocacyCase, now: Date): boolean =>
  item.escalationLevel > 0 ||
  Date.parse(item.acknowledgedAt ?? now.toISOString()) > Date.parse(item.ackDeadline);

/** Minutes from opening to acknowledgement of each acknowledged case. */
const ackMinutes = (items: readonly AdvocacyCase[]): number[] =>
  items.flatMap((item) =>
    item.acknowledgedAt === undefined ? [] : [minutesBetween(item.openedAt, item.acknowledgedAt)],
  );

/** Minutes from opening to close of each closed case. */
const closeMinutes = (items: readonly AdvocacyCase[]): number[] =>
  items.flatMap((item) =>
    item.closedAt === undefined ? [] : [minutesBetween(item.openedAt, item.closedAt)],
  );

/** Time to acknowledge for one tier's cases, against the tier's SLA. */
const tierAcknowledgement = (
  tier: string,
  items: readonly AdvocacyCase[],
  config: Tier | undefined,
  now: Date,
): TierAcknowledgement => {
  const breaches = items.filter((item) => breached(item, now)).length;
  return {
    tier,
    cases: items.length,
    ...durations(ackMinutes(items)),
    slaUrgentMinutes: config?.sla.urgentMinutes ?? null,
    slaNonUrgentBusinessMinutes: config?.sla.nonUrgentBusinessMinutes ?? null,
    withinSla: items.filter((item) => item.acknowledgedAt !== undefined && !breached(item, now))
      .length,
    breaches,
  };
};

/** A breached case as the review lists it. */
const toBreach = (item: AdvocacyCase): Breach => ({
  caseId: item.id,
  tier: item.tier,
  customer: customerLabel(item),
  urgent: item.urgent,
  ackDeadline: item.ackDeadline,
  acknowledgedAt: item.acknowledgedAt ?? null,
  escalationLevel: item.escalationLevel,
  escalatedTo: item.escalatedTo ?? null,
});

export {
  ackMinutes,
  breached,
  closeMinutes,
  customerLabel,
  durations,
  tierAcknowledgement,
  toBreach,
};
