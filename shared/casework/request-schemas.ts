import { z } from 'zod';
import { CASE_STATUSES } from '../cases/model.js';
import { ValidationError } from '../errors.js';
import { parseJsonText, parseWith } from '../parse.js';

/** Largest page a listing returns; clients page with the cursor beyond it. */
const MAX_PAGE = 100;
const DEFAULT_PAGE = 25;
/** Longest page cursor taken: a page's start keys, a few hundred characters in practice. */
const MAX_CURSOR_CHARS = 4096;

const pageError = `expected a whole number from 1 to ${MAX_PAGE}`;

const booleanText = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/**
 * `GET /cases` query parameters (all strings on the wire). A listing is either a tier's queue
 * (`tier`, optionally `status` and `urgent`) or one customer's history (`customer`: a customer
 * id, e-mail, account id or name as any signal named it, or the internal key `account:acme-42`).
 */
const ListQuerySchema = z
  .object({
    tier: z.string().min(1).max(40).optional(),
    status: z.enum(CASE_STATUSES).optional(),
    urgent: booleanText.optional(),
    customer: z.string().min(1).max(600).optional(),
    cursor: z.string().min(1).max(MAX_CURSOR_CHARS).optional(),
    limit: z.coerce
      .number()
      .int({ error: pageError })
      .min(1, { error: pageError })
      .max(MAX_PAGE, { error: pageError })
      .default(DEFAULT_PAGE),
  })
  .refine((query) => query.tier !== undefined || query.customer !== undefined, {
    error: 'tier or customer is required',
    path: ['tier'],
  });

type ListQuery = z.infer<typeof ListQuerySchema>;

/** A case id as it appears in a path: what the store generates (UUIDs) and room for imports. */
const CaseIdSchema = z
  .string()
  .regex(/^[\w.:-]{1,100}$/, { error: 'expected a case id (letters, digits, . _ : -)' });

const VersionSchema = z.int({ error: 'expected a whole number' }).min(1);

const JsonObjectSchema = z.record(z.string(), z.unknown(), { error: 'expected a JSON object' });

/** Validates the list query; ValidationError with paths such as `query.limit`. */
const parseListQuery = (input: Readonly<Record<string, string | undefined>>): ListQuery =>
  parseWith(ListQuerySchema, input, 'invalid query', { at: 'query' });

const parseCaseId = (input: string): string =>
  parseWith(CaseIdSchema, input, 'invalid case id', { at: 'path.id' });

/**
 * The version a change is conditional on: the `If-Match` header (`"3"`, `W/"3"` or `3`, as the
 * ETag of a previous response carries it) or `expectedVersion` in the body. Both absent means
 * "the latest"; both present must agree.
 */
const expectedVersionOf = (
  ifMatch: string | undefined,
  bodyVersion: unknown,
): number | undefined => {
  let fromHeader: number | undefined;
  if (ifMatch !== undefined && ifMatch.trim() !== '*') {
    const digits = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(ifMatch)?.[1];
    if (digits === undefined) {
      throw new ValidationError('invalid If-Match header', [
        { path: 'headers.if-match', message: 'expected a case version such as "3"' },
      ]);
    }
    fromHeader = Number(digits);
  }
  let fromBody: number | undefined;
  if (bodyVersion !== undefined) {
    fromBody = parseWith(VersionSchema, bodyVersion, 'invalid expectedVersion', {
      at: 'expectedVersion',
    });
  }
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    throw new ValidationError('If-Match and expectedVersion disagree', [
      { path: 'expectedVersion', message: `${fromBody} differs from If-Match ${fromHeader}` },
    ]);
  }
  return fromHeader ?? fromBody;
};

/** A JSON object body, or a ValidationError at `body`. An empty body is an empty object. */
const parseJsonObject = (text: string): Record<string, unknown> =>
  text.trim() === ''
    ? {}
    : parseWith(
        JsonObjectSchema,
        parseJsonText(text, 'invalid JSON body', { at: 'body' }),
        'invalid body',
        { at: 'body' },
      );

export {
  DEFAULT_PAGE,
  expectedVersionOf,
  MAX_CURSOR_CHARS,
  MAX_PAGE,
  parseCaseId,
  parseJsonObject,
  parseListQuery,
};
export type { ListQuery };
