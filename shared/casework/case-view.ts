import type { CaseDetails } from '../cases/case-store.js';
import { allowedActions } from '../cases/lifecycle.js';
import type { AdvocacyCase, CaseEvent, CaseSignal } from '../cases/model.js';
import { ADVOCATE_ACTIONS, type AdvocateAction } from './routes.js';

/**
 * A case as advocates see it: every case field (id, status, tier, segment, urgent, customer,
 * triggers with evidence, ackDeadline, version, ...) plus its signals, its timeline oldest first,
 * and the actions its status allows now.
 */
type CaseView = AdvocacyCase & {
  readonly signals: readonly CaseSignal[];
  readonly timeline: readonly CaseEvent[];
  readonly allowedActions: readonly AdvocateAction[];
};

const advocateActionsFor = (item: AdvocacyCase): AdvocateAction[] => {
  const allowed: readonly string[] = allowedActions(item.status);
  return ADVOCATE_ACTIONS.filter((action) => allowed.includes(action));
};

const toCaseView = (details: CaseDetails): CaseView => ({
  ...details.case,
  signals: details.signals,
  timeline: [...details.events].sort((a, b) => a.eventId.localeCompare(b.eventId)),
  allowedActions: advocateActionsFor(details.case),
});

/** Every tier or group the timeline says the case was escalated to, oldest first. */
const escalationTargets = (view: Pick<CaseView, 'timeline'>): string[] =>
  view.timeline.flatMap((event) =>
    event.type === 'escalated' && typeof event.details?.to === 'string' ? [event.details.to] : [],
  );

export { advocateActionsFor, escalationTargets, toCaseView };
export type { CaseView };
