import type { CaseView } from '../../casework/case-view.js';
import type { AdvocateAction } from '../../casework/routes.js';
import type { FieldIssue } from '../../errors.js';
import { ACTION_FIELDS, ACTION_TITLES, type ActionField } from '../action-fields.js';
import { issuesByField } from '../action-form.js';
import { html, type SafeHtml } from '../html.js';
import { consolePaths } from '../paths.js';

/** What the advocate sent last, shown again with the problems found, next to each field. */
interface Attempt {
  readonly action: AdvocateAction;
  readonly form: URLSearchParams;
  readonly issues: readonly FieldIssue[];
}

const idOf = (action: AdvocateAction, field: ActionField): string =>
  `${action}-${field.name.replace(/\./g, '-')}`;

const control = (
  action: AdvocateAction,
  field: ActionField,
  value: string,
  errors: readonly string[],
): SafeHtml => {
  const id = idOf(action, field);
  const describedBy = [
    ...(field.hint === undefined ? [] : [`${id}-hint`]),
    ...(errors.length === 0 ? [] : [`${id}-error`]),
  ].join(' ');
  const common = html`id="${id}"
  name="${field.name}"${describedBy === '' ? '' : html` aria-describedby="${describedBy}"`}${errors.length === 0 ? '' : html` aria-invalid="true"`}${field.optional === true || field.group !== undefined ? '' : html` required`}`;
  const hint =
    field.hint === undefined ? '' : html`<span class="hint" id="${id}-hint">${field.hint}</span>`;
  const error =
    errors.length === 0
      ? ''
      : html`<span class="field-error" id="${id}-error">${errors.join('; ')}</span>`;
  if (field.kind === 'checkbox')
    return html`<div class="field checkbox">
      <input type="checkbox" value="yes" ${common}${value === 'yes' ? html` checked` : ''} />
      <label for="${id}">${field.label}</label>${hint}${error}
    </div>`;
  const input =
    field.kind === 'textarea' || field.kind === 'lines'
      ? html`<textarea ${common} rows="${field.kind === 'lines' ? 3 : 2}" dir="auto">
${value}</textarea>`
      : html`<input
          type="${field.kind === 'date' ? 'date' : 'text'}"
          ${common}
          value="${value}"
          dir="auto"
        />`;
  return html`<div class="field">
    <label for="${id}">${field.label}</label>${hint}${input}${error}
  </div>`;
};

const actionForm = (
  view: CaseView,
  action: AdvocateAction,
  attempt: Attempt | undefined,
): SafeHtml => {
  const mine = attempt?.action === action ? attempt : undefined;
  const { byField, general } = issuesByField(action, mine?.issues ?? []);
  const headingId = `form-${action}-title`;
  return html`<section class="action" aria-labelledby="${headingId}">
    <h3 id="${headingId}">${ACTION_TITLES[action]}</h3>
    <form method="post" action="${consolePaths.action(view.id, action)}" novalidate>
      <input type="hidden" name="expectedVersion" value="${view.version}" />
      ${general.length === 0 ? '' : html`<p class="field-error" role="alert">${general.join('; ')}</p>`}
      ${ACTION_FIELDS[action].map((field) =>
        control(action, field, mine?.form.get(field.name) ?? '', byField.get(field.name) ?? []),
      )}
      <button type="submit">${ACTION_TITLES[action]}</button>
    </form>
  </section>`;
};

/** A form per action the case's status allows now; the attempted one opens first with its errors. */
const actionForms = (view: CaseView, attempt: Attempt | undefined): SafeHtml =>
  view.allowedActions.length === 0
    ? html`<section aria-labelledby="actions-title">
        <h2 id="actions-title">Actions</h2>
        <p>This case is closed; a new signal from the customer opens a new, linked case.</p>
      </section>`
    : html`<section aria-labelledby="actions-title">
        <h2 id="actions-title">Actions</h2>
        ${[...view.allowedActions]
          .sort((a, b) => Number(b === attempt?.action) - Number(a === attempt?.action))
          .map((action) => actionForm(view, action, attempt))}
      </section>`;

export { actionForms };
export type { Attempt };
