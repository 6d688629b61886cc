import type { Page } from '../../cases/case-store.js';
import { CASE_STATUSES, type AdvocacyCase } from '../../cases/model.js';
import { html, type SafeHtml } from '../html.js';
import { page } from '../layout.js';
import { consolePaths } from '../paths.js';
import type { QueueFilters } from '../queue-filters.js';
import type { Viewer } from '../viewer.js';
import { caseTable } from './case-list.js';

interface QueuePageInput {
  readonly viewer: Viewer;
  readonly tiers: readonly string[];
  readonly filters: QueueFilters;
  /** Urgent cases first, then the rest; each pages on its own. */
  readonly urgent?: Page<AdvocacyCase> | undefined;
  readonly rest?: Page<AdvocacyCase> | undefined;
  readonly timeZone: string;
  readonly now: Date;
}

const select = (
  name: string,
  label: string,
  options: readonly string[],
  chosen: string | undefined,
) =>
  html`<div class="field">
    <label for="filter-${name}">${label}</label
    ><select id="filter-${name}" name="${name}">
      <option value="">Any</option>
      ${options.map((option) => html`<option${option === chosen ? html` selected` : ''}>${option}</option>`)}
    </select>
  </div>`;

const text = (name: string, label: string, value: string | undefined) =>
  html`<div class="field">
    <label for="filter-${name}">${label}</label
    ><input id="filter-${name}" name="${name}" value="${value ?? ''}" />
  </div>`;

const filterForm = (input: QueuePageInput): SafeHtml =>
  html`<form
    method="get"
    action="${consolePaths.home}"
    class="filters"
    aria-label="Filter the queue"
  >
    ${select('tier', 'Tier', input.tiers, input.filters.tier)}
    ${select('status', 'Status', CASE_STATUSES, input.filters.status)}
    ${select('urgency', 'Urgency', ['urgent', 'normal'], input.filters.urgency)}
    ${text('segment', 'Segment', input.filters.segment)}
    ${text('trigger', 'Trigger', input.filters.trigger)}
    ${text('source', 'Source', input.filters.source)}
    <button type="submit">Apply filters</button>
  </form>`;

const more = (input: QueuePageInput, key: 'urgentCursor' | 'cursor', cursor: string | undefined) =>
  cursor === undefined
    ? ''
    : html`<p>
        <a href="${consolePaths.queue({ ...input.filters, [key]: cursor })}">Next page</a>
      </p>`;

/** A tier's queue: urgent cases first, overdue ones highlighted, deadlines in the tier's zone. */
const queuePage = (input: QueuePageInput): string => {
  const zoneOf = () => input.timeZone;
  return page({
    title: `Queue ${input.filters.tier ?? ''}`,
    viewer: input.viewer,
    body: html`<h1>
        Queue: ${input.filters.tier ?? 'no tier'} (${input.filters.status ?? 'open'})
      </h1>
      ${filterForm(input)}
      ${input.urgent === undefined ? '' : html`${caseTable('Urgent', input.urgent.items, zoneOf, input.now)}${more(input, 'urgentCursor', input.urgent.cursor)}`}
      ${input.rest === undefined ? '' : html`${caseTable(input.urgent === undefined ? 'Cases' : 'Not urgent', input.rest.items, zoneOf, input.now)}${more(input, 'cursor', input.rest.cursor)}`}
      <p class="hint">Deadlines are shown in the tier's time zone, ${input.timeZone}.</p>`,
  });
};

export { queuePage };
export type { QueuePageInput };
