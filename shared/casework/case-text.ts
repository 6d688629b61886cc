import type { Page } from '../cases/case-store.js';
import type { AdvocacyCase } from '../cases/model.js';
import type { CaseView } from './case-view.js';
import { oneLine } from '../plain-text.js';
import { textTable } from './text-table.js';

const customerOf = (item: AdvocacyCase): string =>
  item.customer.name ?? item.customer.accountName ?? item.customer.key;

const minute = (instant: string): string => instant.replace('T', ' ').slice(0, 16);

const deadlineOf = (item: AdvocacyCase, now: Date): string => {
  if (item.status !== 'open') return '-';
  const late = Date.parse(item.ackDeadline) <= now.getTime();
  return `${minute(item.ackDeadline)}${late ? ' OVERDUE' : ''}`;
};

/** A queue page as a table (times in UTC), with the cursor for the next page when there is one. */
const renderQueue = (page: Page<AdvocacyCase>, now: Date): string => {
  if (page.items.length === 0) return 'no cases\n';
  const table = textTable(
    ['id', 'status', 'urgent', 'tier', 'customer', 'triggers', 'opened (UTC)', 'ack deadline', 'v'],
    page.items.map((item) => [
      item.id,
      item.status,
      item.urgent ? 'URGENT' : '-',
      item.escalatedTo === undefined ? item.tier : `${item.tier}->${item.escalatedTo}`,
      customerOf(item),
      item.triggers.join(','),
      minute(item.openedAt),
      deadlineOf(item, now),
      String(item.version),
    ]),
  );
  return page.cursor === undefined ? table : `${table}more: --cursor ${page.cursor}\n`;
};

// Every value may hold a customer's or an advocate's words: one visible line each, so no text
// can forge a line of the case or drive the terminal (see oneLine).
const field = (label: string, value: string | undefined): string[] =>
  value === undefined || value === '' ? [] : [`${`${label}:`.padEnd(16)}${oneLine(value)}`];

/** One case in full: the facts, the customer's words, the plan, and the timeline. */
const renderCase = (view: CaseView, now: Date): string => {
  const lines = [
    ...field('case', `${view.id} (version ${view.version})`),
    ...field('status', view.status),
    ...field('customer', `${customerOf(view)} [${view.customer.key}]`),
    ...field('segment', `${view.segment} (${view.segmentReason}), tier ${view.tier}`),
    ...field('urgent', view.urgent ? 'yes: engage now, 24x7' : 'no: business hours'),
    ...field('opened', view.openedAt),
    ...field(
      'ack deadline',
      deadlineOf(view, now) === '-' ? view.ackDeadline : deadlineOf(view, now),
    ),
    ...field('acknowledged', view.acknowledgedAt),
    ...field(
      'escalated',
      view.escalationLevel === 0
        ? undefined
        : `${view.escalationLevel}x, now with ${view.escalatedTo ?? '?'}`,
    ),
    ...field('summary', view.summary),
    ...field('criteria', view.successCriteria?.join('; ')),
    ...field('in doubt', view.criteriaInDoubt?.join('; ')),
    ...field('previous case', view.previousCaseId),
    ...field('next', view.allowedActions.join(', ') || 'nothing: the case is closed'),
    '',
    'Evidence:',
    ...view.evidence.map(
      (trigger) =>
        `  ${trigger.category}: "${oneLine(trigger.evidence)}" (${oneLine(trigger.signalId)})`,
    ),
  ];
  if (view.plan !== undefined) {
    lines.push('', 'Get-well plan:');
    lines.push(
      ...view.plan.actions.map(
        (action) =>
          `  - ${oneLine(action.what)} (owner ${oneLine(action.owner)}, due ${oneLine(action.due)})`,
      ),
    );
    if (view.plan.trial !== undefined) {
      const { service, ends } = view.plan.trial;
      lines.push(`  trial: ${oneLine(service)} until ${oneLine(ends)}`);
    }
  }
  lines.push('', 'Timeline:');
  const timeline = textTable(
    ['at (UTC)', 'event', 'actor', 'note'],
    view.timeline.map((event) => [minute(event.at), event.type, event.actor, event.note ?? '']),
    72,
  );
  const indented = timeline.split('\n').map((line) => (line === '' ? line : `  ${line}`));
  return `${lines.join('\n')}\n${indented.join('\n')}`;
};

export { renderCase, renderQueue };
