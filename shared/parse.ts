import type { z } from 'zod';
import { toFieldIssues } from './config/issues.js';
import { ValidationError } from './errors.js';
import { wellFormed } from './plain-text.js';

/**
 * Where a parsed text sits, for the one path convention of every boundary: issue paths are
 * relative to the text being parsed (`customer.email`, `(root)` for the text itself). A text
 * that is one part of a larger input (a form's `MSG` field, a request's body next to its query,
 * a command-line option) is named by `at`, and its paths start with that name (`MSG`,
 * `MSG.SurveyID`, `body.status`).
 */
interface Boundary {
  /** The name of the part being parsed. @default none: the text is the whole input */
  readonly at?: string;
}

const under = (at: string | undefined, path: string): string =>
  at === undefined ? path : path === '(root)' ? at : `${at}.${path}`;

/**
 * Validates a value with a zod schema; a mismatch is a ValidationError carrying `message` and
 * every issue's path.
 *
 * @example
 * const query = parseWith(ListQuerySchema, input, 'invalid query', { at: 'query' });
 */
const parseWith = <Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  message: string,
  { at }: Boundary = {},
): z.output<Schema> => {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = toFieldIssues(result.error).map((issue) => ({
      ...issue,
      path: under(at, issue.path),
    }));
    throw new ValidationError(message, issues);
  }
  return result.data;
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a raw body as strict UTF-8. Invalid UTF-8 is a ValidationError at `at` (`(root)` when
 * the body is the whole input): silently replacing bad bytes would change the customer's words.
 */
const decodeUtf8 = (bytes: Uint8Array, { at }: Boundary = {}): string => {
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new ValidationError(
      'body is not valid UTF-8',
      [{ path: at ?? '(root)', message: 'expected UTF-8' }],
      { cause: error },
    );
  }
};

// A JSON escape can carry half a surrogate pair ("\ud83d"), which no UTF-8 text can: it would
// reach cases, alerts and the table as no character at all. Strings are made well formed here,
// where every JSON text enters; only a text with a surrogate escape pays for the reviver.
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
const wellFormedStrings = (_key: string, value: unknown): unknown =>
  typeof value === 'string' ? wellFormed(value) : value;

/**
 * Parses a JSON text, every string in it well formed (see wellFormed); a text that is not JSON
 * is a ValidationError carrying `message`.
 */
const parseJsonText = (text: string, message: string, { at }: Boundary = {}): unknown => {
  try {
    return SURROGATE_ESCAPE.test(text) ? JSON.parse(text, wellFormedStrings) : JSON.parse(text);
  } catch (error) {
    throw new ValidationError(message, [{ path: at ?? '(root)', message: 'expected JSON' }], {
      cause: error,
    });
  }
};

interface JsonMessages {
  /** The error's message when the text is not JSON. */
  readonly notJson: string;
  /** The error's message when the JSON does not match the schema. */
  readonly invalid: string;
}

/**
 * Parses a JSON text and validates it: {@link parseJsonText}, then {@link parseWith}.
 *
 * @example
 * const signal = parseJsonWith(SignalSchema, body, {
 *   notJson: 'queue message is not JSON',
 *   invalid: 'queue message is not a Signal',
 * });
 */
const parseJsonWith = <Schema extends z.ZodType>(
  schema: Schema,
  text: string,
  messages: JsonMessages,
  boundary: Boundary = {},
): z.output<Schema> =>
  parseWith(schema, parseJsonText(text, messages.notJson, boundary), messages.invalid, boundary);

export { decodeUtf8, parseJsonText, parseJsonWith, parseWith };
export type { Boundary, JsonMessages };
