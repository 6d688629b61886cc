import type { CaseView } from '../../casework/case-view.js';
import type { DeadlineView } from '../deadline.js';
import { html, type SafeHtml } from '../html.js';
import { consolePaths } from '../paths.js';
import { categoryLabel, dateTime } from './format.js';

/** A deadline that the console script keeps counting down; the server's words work without it. */
const deadlineBadge = (deadline: DeadlineView): SafeHtml =>
  html`<time
    datetime="${deadline.iso}"
    class="deadline${deadline.overdue ? ' overdue' : ''}"
    data-countdown
    >${deadline.local} (<span class="remaining">${deadline.remaining}</span>)</time
  >`;

const customerFacts = (view: CaseView): SafeHtml => {
  const { customer } = view;
  const rows: [string, string | undefined][] = [
    ['Account', customer.accountName],
    ['Account id', customer.accountId],
    ['Contact', customer.name],
    ['E-mail', customer.email],
    ['Customer id', customer.id],
  ];
  return html`${rows.map(([label, value]) =>
    value === undefined
      ? ''
      : html`<dt>${label}</dt>
          <dd dir="auto">${value}</dd>`,
  )}`;
};

/** The case at a glance: who, where it is routed, how urgent, and until when to acknowledge. */
const caseSummary = (view: CaseView, deadline: DeadlineView): SafeHtml =>
  html`<dl class="facts-grid">
    ${customerFacts(view)}
    <dt>Segment</dt>
    <dd>${view.segment} <span class="hint">(${view.segmentReason})</span></dd>
    <dt>Tier</dt>
    <dd>
      ${view.tier}${view.escalatedTo === undefined ? '' : html`, escalated to <strong>${view.escalatedTo}</strong> (level ${view.escalationLevel})`}
    </dd>
    <dt>Status</dt>
    <dd><span class="status status-${view.status}">${view.status}</span></dd>
    <dt>Urgency</dt>
    <dd>
      ${view.urgent ? html`<strong class="urgent">Urgent</strong>: presently impacted, 24x7` : 'Business hours'}
    </dd>
    <dt>Triggers</dt>
    <dd>${view.triggers.map(categoryLabel).join(', ')}</dd>
    <dt>Acknowledge by</dt>
    <dd>
      ${view.acknowledgedAt === undefined ? deadlineBadge(deadline) : html`acknowledged <time datetime="${view.acknowledgedAt}">${dateTime(view.acknowledgedAt, deadline.timeZone)}</time>`}
    </dd>
    <dt>Signals</dt>
    <dd>${view.signalCount}</dd>
    <dt>Customer history</dt>
    <dd><a href="${consolePaths.history(view.id)}">Earlier cases of this customer</a></dd>
  </dl>`;

const list = (items: readonly string[] | undefined, empty: string): SafeHtml =>
  items === undefined || items.length === 0
    ? html`<p class="hint">${empty}</p>`
    : html`<ul>
        ${items.map((item) => html`<li dir="auto">${item}</li>`)}
      </ul>`;

/** Engagement: the situation, the agreed disengagement criteria, the get-well plan and trial. */
const caseEngagement = (view: CaseView, timeZone: string): SafeHtml =>
  html`<section aria-labelledby="engagement-title">
    <h2 id="engagement-title">Engagement</h2>
    ${
      view.summary === undefined
        ? ''
        : html`<h3>Situation</h3>
            <p dir="auto">${view.summary}</p>`
    }
    <h3>Success criteria</h3>
    ${list(view.successCriteria, 'Not agreed yet: acknowledge the case with the customer’s criteria.')}
    ${
      view.criteriaInDoubt === undefined || view.criteriaInDoubt.length === 0
        ? ''
        : html`<h3>Criteria the customer disputes</h3>
            ${list(view.criteriaInDoubt, '')}`
    }
    <h3>Get-well plan</h3>
    ${
      view.plan === undefined
        ? html`<p class="hint">No plan yet.</p>`
        : html`<div class="table-wrap">
              <table>
                <caption class="visually-hidden">
                  Corrective actions
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Due</th>
                  </tr>
                </thead>
                <tbody>
                  ${view.plan.actions.map(
                    (action) =>
                      html`<tr>
                        <td dir="auto">${action.what}</td>
                        <td dir="auto">${action.owner}</td>
                        <td>${action.due}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${view.plan.trial === undefined ? '' : html`<p>Trial of <strong dir="auto">${view.plan.trial.service}</strong> until <time datetime="${view.plan.trial.ends}">${view.plan.trial.ends}</time>.</p>`}`
    }
    <h3>Linked cases</h3>
    ${view.previousCaseId === undefined ? html`<p class="hint">None.</p>` : html`<p>Recurs after <a href="${consolePaths.case(view.previousCaseId)}">case ${view.previousCaseId}</a>.</p>`}
    ${view.closedAt === undefined ? '' : html`<p>Closed <time datetime="${view.closedAt}">${dateTime(view.closedAt, timeZone)}</time>${view.customerAgreed === true ? ' with the customer’s agreement' : ''}.</p>`}
  </section>`;

/** Every change, oldest first: who, when, and why. */
const caseTimeline = (view: CaseView, timeZone: string): SafeHtml =>
  html`<section aria-labelledby="timeline-title">
    <h2 id="timeline-title">Timeline</h2>
    <ol class="timeline">
      ${view.timeline.map(
        (event) =>
          html`<li>
            <time datetime="${event.at}">${dateTime(event.at, timeZone)}</time>
            <strong>${categoryLabel(event.type)}</strong> by
            <span dir="auto">${event.actor}</span
            >${event.note === undefined ? '' : html`: <span dir="auto">${event.note}</span>`}
          </li>`,
      )}
    </ol>
  </section>`;

export { caseEngagement, caseSummary, caseTimeline, deadlineBadge };
