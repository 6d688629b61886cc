import { formatAlert, type FormatConfig } from '../../shared/alerts/format.js';
import {
  CustomNotificationSchema,
  type CustomNotification,
} from '../../shared/alerts/custom-notification.js';
import type { AlertRecord } from '../../shared/alerts/target.js';
import { renderChat } from './chat-render.js';
import type { ScenarioResult } from './demo-run.js';
import type { DeliveredAlert } from './inbox.js';

/** The webhook answers, one block per scenario with what to expect. */
const describeAnswers = (results: readonly ScenarioResult[]): string =>
  [
    'Webhooks sent',
    ...results.map(
      (result, index) =>
        `  ${index + 1}. ${result.scenario.title} (${result.scenario.source})\n` +
        `     -> ${result.status} ${result.answer}\n` +
        `     expect: ${result.scenario.expect}`,
    ),
    '',
  ].join('\n');

/** Alerts grouped by tier and subscription, with their subject lines. */
const describeAlerts = (alerts: readonly DeliveredAlert[]): string => {
  if (alerts.length === 0) return 'Alerts delivered: none\n';
  const byInbox = new Map<string, DeliveredAlert[]>();
  for (const alert of alerts) {
    const key = `${alert.tier}/${alert.subscription}`;
    byInbox.set(key, [...(byInbox.get(key) ?? []), alert]);
  }
  const lines = ['Alerts delivered (GET /local/alerts)'];
  for (const [inbox, received] of byInbox) {
    lines.push(`  ${inbox}: ${received.length}`);
    for (const alert of received) lines.push(`    - ${alert.subject ?? '(no subject)'}`);
  }
  return `${lines.join('\n')}\n`;
};

const field = (item: Record<string, unknown>, name: string): string => {
  const value = item[name];
  if (value === undefined || value === null) return '-';
  if (typeof value === 'object') {
    const named = value as Record<string, unknown>;
    const label = named.accountName ?? named.name ?? named.email ?? named.key;
    return typeof label === 'string' ? label : JSON.stringify(value);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
};

const itemsOf = (listing: unknown): Record<string, unknown>[] => {
  if (Array.isArray(listing)) return listing as Record<string, unknown>[];
  if (typeof listing === 'object' && listing !== null) {
    const container = listing as Record<string, unknown>;
    const items = container.items ?? container.cases;
    if (Array.isArray(items)) return items as Record<string, unknown>[];
  }
  return [];
};

/** Open cases per tier from the cases API (or why they could not be listed). */
const describeCases = (perTier: readonly (readonly [string, unknown])[]): string => {
  const lines = ['Cases per tier (GET /cases?tier=...)'];
  for (const [tier, listing] of perTier) {
    if (listing === undefined) {
      lines.push(
        `  ${tier}: not listed (start the stack with npm start, or set ADVOCACY_LOCAL_TOKEN)`,
      );
      continue;
    }
    const items = itemsOf(listing);
    lines.push(`  ${tier}: ${items.length}`);
    for (const item of items)
      lines.push(
        `    - ${field(item, 'id')} ${field(item, 'status')} urgent=${field(item, 'urgent')} ${field(item, 'customer')}`,
      );
  }
  return `${lines.join('\n')}\n`;
};

const chatOf = (alert: DeliveredAlert): CustomNotification | undefined => {
  try {
    const parsed = CustomNotificationSchema.safeParse(JSON.parse(alert.message));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

const indent = (text: string) =>
  text
    .split('\n')
    .map((line) => `    ${line}`.trimEnd())
    .join('\n');

/**
 * One chat alert as a Slack or Teams channel shows it: the first one a chat inbox received, or,
 * when no tier has chat channels, the chat form of the first alert's case (from the cases API,
 * through the same formatting notify uses), marked as a preview.
 */
const describeChat = (
  alerts: readonly DeliveredAlert[],
  preview: { readonly config: FormatConfig; readonly caseView: unknown },
): string => {
  const delivered = alerts.find((alert) => chatOf(alert) !== undefined);
  const chat = delivered === undefined ? undefined : chatOf(delivered);
  if (delivered !== undefined && chat !== undefined) {
    return `Chat alert (${delivered.tier}/${delivered.subscription})\n${indent(renderChat(chat))}\n`;
  }
  const view = preview.caseView as (AlertRecord['case'] & { timeline?: unknown[] }) | undefined;
  const opened = view?.timeline?.[0] as Omit<AlertRecord, 'case'> | undefined;
  const tier = alerts[0]?.tier;
  if (view === undefined || opened === undefined || tier === undefined) return '';
  const { chat: form } = formatAlert({ ...opened, case: view }, tier, preview.config);
  return (
    `Chat alert preview (no chat channel configured; add tiers[].chat to deliver it)\n` +
    `${indent(renderChat(form))}\n`
  );
};

export { describeAlerts, describeAnswers, describeCases, describeChat };
