import type { FieldIssue } from '../errors.js';
import type { AdvocateAction } from '../casework/routes.js';
import { ACTION_FIELDS, type ActionField } from './action-fields.js';

type Body = Record<string, unknown>;

const valueOf = (field: ActionField, form: URLSearchParams): unknown => {
  const raw = form.get(field.name) ?? '';
  if (field.kind === 'checkbox') return raw === 'yes';
  if (field.kind === 'lines')
    return raw
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  return raw;
};

const isEmpty = (value: unknown): boolean =>
  value === '' || value === false || (Array.isArray(value) && value.length === 0);

/** Sets `a.0.b` in a nested body, making arrays for numeric segments. */
const setPath = (body: Body, path: string, value: unknown): void => {
  const parts = path.split('.');
  let node: Body = body;
  parts.slice(0, -1).forEach((part, index) => {
    const nextIsIndex = /^\d+$/.test(parts[index + 1] ?? '');
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Body;
  });
  node[parts.at(-1) ?? path] = value;
};

// Arrays built with gaps (row 2 filled, row 1 empty) are closed up so the API sees a plain list.
const compact = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compact(inner)]));
  return value;
};

/**
 * An action's body from its submitted form: each field by its spec, optional fields and
 * untouched optional groups left out, so validation speaks only of what the advocate must fix.
 */
const actionBodyFromForm = (action: AdvocateAction, form: URLSearchParams): Body => {
  const fields = ACTION_FIELDS[action];
  const filledGroups = new Set(
    fields
      .filter((field) => field.group !== undefined && !isEmpty(valueOf(field, form)))
      .map((field) => field.group),
  );
  const body: Body = {};
  for (const field of fields) {
    const value = valueOf(field, form);
    if (field.optional === true && isEmpty(value)) continue;
    if (field.group !== undefined && !filledGroups.has(field.group)) continue;
    setPath(body, field.name, value);
  }
  return compact(body) as Body;
};

/**
 * Which field each issue belongs to: the field whose name is the issue's path or a prefix of it
 * (`successCriteria.2` -> the criteria box); issues matching no field belong to the whole form.
 */
const issuesByField = (
  action: AdvocateAction,
  issues: readonly FieldIssue[],
): { byField: Map<string, string[]>; general: string[] } => {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const issue of issues) {
    const field = ACTION_FIELDS[action].find(
      (candidate) => issue.path === candidate.name || issue.path.startsWith(`${candidate.name}.`),
    );
    if (field === undefined) general.push(`${issue.path}: ${issue.message}`);
    else byField.set(field.name, [...(byField.get(field.name) ?? []), issue.message]);
  }
  return { byField, general };
};

export { actionBodyFromForm, issuesByField };
