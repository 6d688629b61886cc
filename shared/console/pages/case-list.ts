import type { AdvocacyCase } from '../../cases/model.js';
import { deadlineView } from '../deadline.js';
import { html, type SafeHtml } from '../html.js';
import { consolePaths } from '../paths.js';
import { deadlineBadge } from './case-details.js';
import { categoryLabel, customerLabel, dateTime } from './format.js';

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
        <table class="cases">
          <caption>
            ${caption}
          </caption>
          <thead>
            <tr>
              <th scope="col">Customer</th>
              <th scope="col">Status</th>
              <th scope="col">Segment · tier</th>
              <th scope="col">Triggers</th>
              <th scope="col">Opened</th>
              <th scope="col">Acknowledge by</th>
            </tr>
          </thead>
          <tbody>
            ${cases.map((item) => {
              const deadline = deadlineView(item.ackDeadline, timeZoneOf(item), now);
              const waiting = item.status === 'open';
              return html`<tr class="${waiting && deadline.overdue ? 'overdue' : ''}">
                <td>
                  <a href="${consolePaths.case(item.id)}" dir="auto">${customerLabel(item)}</a
                  >${item.urgent ? html` <span class="urgent-tag">Urgent</span>` : ''}
                </td>
                <td><span class="status status-${item.status}">${item.status}</span></td>
                <td>
                  ${item.segment} ·
                  ${item.tier}${item.escalatedTo === undefined ? '' : html` → ${item.escalatedTo}`}
                </td>
                <td>${item.triggers.map(categoryLabel).join(', ')}</td>
                <td>
                  <time datetime="${item.openedAt}"
                    >${dateTime(item.openedAt, timeZoneOf(item))}</time
                  >
                </td>
                <td>${waiting ? deadlineBadge(deadline) : 'acknowledged'}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>`;

export { caseTable };
