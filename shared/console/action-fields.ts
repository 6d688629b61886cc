import type { AdvocateAction } from '../casework/routes.js';

/**
 * One field of an action form. `name` is the field's path in the action's body (dotted, with
 * array indexes), so a ValidationError's issue path finds the field it belongs to.
 */
interface ActionField {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'textarea' | 'lines' | 'date' | 'checkbox';
  readonly hint?: string;
  /** Left out of the body when empty (the action's schema makes it optional). */
  readonly optional?: boolean;
  /** Fields of one optional group (a plan row, the trial) are sent only when any is filled in. */
  readonly group?: string;
}

/** Rows of corrective actions a plan form offers; the API takes up to 50. */
const PLAN_ROWS = 3;

const note = (label: string, optional = false): ActionField => ({
  name: 'note',
  label,
  kind: 'textarea',
  optional,
});

const planRow = (row: number): ActionField[] => {
  const group = row === 0 ? undefined : `actions.${row}`;
  const label = `Action ${row + 1}`;
  return [
    { name: `actions.${row}.what`, label: `${label}: what`, kind: 'text', ...(group && { group }) },
    {
      name: `actions.${row}.owner`,
      label: `${label}: owner`,
      kind: 'text',
      ...(group && { group }),
    },
    { name: `actions.${row}.due`, label: `${label}: due`, kind: 'date', ...(group && { group }) },
  ];
};

/** The fields of each action, in form order: the one statement of what a form sends. */
const ACTION_FIELDS: Readonly<Record<AdvocateAction, readonly ActionField[]>> = {
  acknowledge: [
    { name: 'summary', label: 'Situation, in your words', kind: 'textarea' },
    {
      name: 'successCriteria',
      label: 'Success criteria agreed with the customer',
      kind: 'lines',
      hint: 'One per line: the issue resolved and the corrective action in place.',
    },
  ],
  plan: [
    ...Array.from({ length: PLAN_ROWS }, (_, row) => planRow(row)).flat(),
    { name: 'trial.service', label: 'Mitigating service on trial', kind: 'text', group: 'trial' },
    { name: 'trial.ends', label: 'Trial ends', kind: 'date', group: 'trial' },
    note('Note', true),
  ],
  resolve: [note('What was fixed, and the corrective action in place')],
  close: [
    { name: 'customerAgreed', label: 'The customer agreed the criteria are met', kind: 'checkbox' },
    note('How the customer agreed'),
  ],
  disagree: [
    {
      name: 'criteriaInDoubt',
      label: 'Criteria the customer disputes',
      kind: 'lines',
      hint: 'One per line.',
    },
    note('Note', true),
  ],
  link: [{ name: 'previousCaseId', label: 'Earlier case id', kind: 'text' }, note('Note', true)],
};

const ACTION_TITLES: Readonly<Record<AdvocateAction, string>> = {
  acknowledge: 'Acknowledge',
  plan: 'Get-well plan',
  resolve: 'Resolve',
  close: 'Close with the customer',
  disagree: 'Customer disagrees',
  link: 'Link to an earlier case',
};

export { ACTION_FIELDS, ACTION_TITLES, PLAN_ROWS };
export type { ActionField };
