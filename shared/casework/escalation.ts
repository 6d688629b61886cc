import type { CaseAction } from '../cases/actions.js';
import type { AdvocacyCase } from '../cases/model.js';
import type { AdvocacyConfig } from '../config/schema.js';
import { acknowledgementDeadline } from '../routing/route.js';

type EscalateAction = Extract<CaseAction, { type: 'escalate' }>;

/** The configuration escalation reads: the tiers' chains and SLAs, business hours, the bound. */
type EscalationConfig = Pick<
  AdvocacyConfig,
  'tiers' | 'businessHours' | 'escalation' | 'segments' | 'defaultSegment'
>;

/** Who acts on escalations for the pipeline (the timeline's actor). */
const ESCALATION_ACTOR = 'system';

/** Why a due case is left alone this time. */
type SkipReason =
  'acknowledged' | 'not yet due' | 'chain ended' | 'no escalation target' | 'unknown tier';

type EscalationDecision =
  | {
      readonly kind: 'escalate';
      readonly from: string;
      readonly to: string;
      readonly level: number;
      readonly action: EscalateAction;
    }
  | { readonly kind: 'skip'; readonly reason: SkipReason };

/**
 * Decides what to do with a case the sweep found past its deadline. Pure, with `now` passed in:
 *
 * - only an `open` (unacknowledged) case whose deadline has passed escalates;
 * - it goes from whoever holds it (the last escalation target, else its tier) to that tier's
 *   `escalateTo`; a tier without one ends the chain;
 * - the new deadline is the target tier's SLA from `now` (urgent: wall-clock minutes;
 *   otherwise business minutes), so the target gets its full SLA from the moment it is alerted;
 * - reaching `management` or `config.escalation.maxLevels` ends the chain (`ackDeadline: null`):
 *   the case leaves the due index and is never escalated again, whatever the sweep does.
 */
const decideEscalation = (
  item: AdvocacyCase,
  now: Date,
  config: EscalationConfig,
): EscalationDecision => {
  if (item.status !== 'open') return { kind: 'skip', reason: 'acknowledged' };
  if (item.escalationEnded === true || item.escalationLevel >= config.escalation.maxLevels) {
    return { kind: 'skip', reason: 'chain ended' };
  }
  if (Date.parse(item.ackDeadline) > now.getTime()) return { kind: 'skip', reason: 'not yet due' };
  const from = item.escalatedTo ?? item.tier;
  if (from === 'management') return { kind: 'skip', reason: 'chain ended' };
  const holder = config.tiers.find((tier) => tier.name === from);
  if (holder === undefined) return { kind: 'skip', reason: 'unknown tier' };
  const to = holder.escalateTo;
  if (to === null) return { kind: 'skip', reason: 'no escalation target' };
  const level = item.escalationLevel + 1;
  const last = to === 'management' || level >= config.escalation.maxLevels;
  const ackDeadline = last
    ? null
    : acknowledgementDeadline({ tier: to, urgent: item.urgent, from: now }, config);
  return {
    kind: 'escalate',
    from,
    to,
    level,
    action: {
      type: 'escalate',
      actor: ESCALATION_ACTOR,
      to,
      ackDeadline,
      note:
        `not acknowledged by ${item.ackDeadline}: escalated from ${from} to ${to}` +
        ` (level ${level} of ${config.escalation.maxLevels})`,
    },
  };
};

export { decideEscalation, ESCALATION_ACTOR };
export type { EscalateAction, EscalationConfig, EscalationDecision, SkipReason };
