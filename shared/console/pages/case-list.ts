import type { AdvocacyCase } from '../../cases/model.js';
import { deadlineView } from '../deadline.js';
import { html, type SafeHtml } from '../html.js';
import { consolePaths } from '../paths.js';
import { deadlineBadge } from './case-details.js';
import { categoryLabel, customerLabel, dateTime } from './format.js';

// The columns' names: the table's headers, and on a phone, where each row is shown as a card,
// the label before each value (`data-label`, see console.css).
const CUSTOMER = 'Customer';
const STATUS = 'Status';
const SEGMENT = 'Segment · tier';
const TRIGGERS = 'Triggers';
const OPENED = 'Opened';
const ACKNOWLEDGE_BY = 'Acknowledge by';
const COLUMNS = [CUSTOMER, STATUS, SEGMENT, TRIGGERS, OPENED, ACKNOWLEDGE_BY];

/** Cases as a table: one row each, the customer linking to the case; overdue rows stand out. */
const caseTable = (
  caption: string,
  cases: readonly AdvocacyCase[],
  timeZoneOf: (item: AdvocacyCase) => string,
  now: Date,
): SafeHtml =>
  cases.length === 0
    ? html`<p class="hint">${caption}: none.</p>`
    : html`<div class="table-wrap">
        <table class="cases" role="table">
          <caption>
            ${caption}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${COLUMNS.map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${cases.map((item) => {
              const deadline = deadlineView(item.ackDeadline, timeZoneOf(item), now);
              const waiting = item.status === 'open';
              return html`<tr role="row" class="${waiting && deadline.overdue ? 'overdue' : ''}">
                <td role="cell">
                  <a href="${consolePaths.case(item.id)}" dir="auto">${customerLabel(item)}</a
                  >${item.urgent ? html` <span class="urgent-tag">Urgent</span>` : ''}
                </td>
                <td role="cell" data-label="${STATUS}">
                  <span class="status status-${item.status}">${item.status}</span>
                </td>
                <td role="cell" data-label="${SEGMENT}">
                  ${item.segment} ·
                  ${item.tier}${item.escalatedTo === undefined ? '' : html` → ${item.escalatedTo}`}
                </td>
                <td role="cell" data-label="${TRIGGERS}">
                  ${item.triggers.map(categoryLabel).join(', ')}
                </td>
                <td role="cell" data-label="${OPENED}">
                  <time datetime="${item.openedAt}"
                    >${dateTime(item.openedAt, timeZoneOf(item))}</time
                  >
                </td>
                <td role="cell" data-label="${ACKNOWLEDGE_BY}">
                  ${waiting ? deadlineBadge(deadline) : 'acknowledged'}
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;

export { caseTable };
