import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';

/** `['tiers', 1, 'sla', 'urgentMinutes']` -> `tiers[1].sla.urgentMinutes`; the root is `(root)`. */
const formatPath = (path: readonly PropertyKey[]): string => {
  const text = path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      return /^[A-Za-z_$][\w$]*$/.test(name)
        ? `${index === 0 ? '' : '.'}${name}`
        : `[${JSON.stringify(name)}]`;
    })
    .join('');
  return text === '' ? '(root)' : text;
};

/** Zod's message, made readable: drops the redundant "Invalid input: " prefix. */
const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message.replace(/^Invalid input: /, ''),
  }));

export { formatPath, toFieldIssues };
