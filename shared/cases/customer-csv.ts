import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';
import { formatPath } from '../config/issues.js';
import { ValidationError, type FieldIssue } from '../errors.js';
import { shown } from '../plain-text.js';
import type { CustomerRecord } from './customer.js';
import { isTimeZone } from '../config/routing-schema.js';

/** The columns `advocacy customers import` reads; all optional but one of id and account_id. */
const CUSTOMER_COLUMNS = [
  'id',
  'account_id',
  'name',
  'email_domain',
  'annual_revenue',
  'products',
  'time_zone',
  'segment',
] as const;

// Empty cells are absent values; numbers may carry thousands separators ("1,250,000").
const cell = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const amount = z
  .string()
  .transform((value) => value.replaceAll(/[,_ ]/g, ''))
  .pipe(z.string().regex(/^\d+(\.\d+)?$/, { error: 'expected a non-negative number' }))
  .transform(Number);

const RowSchema = z
  .object({
    id: cell(z.string().max(200)),
    account_id: cell(z.string().max(200)),
    name: cell(z.string().max(500)),
    email_domain: cell(
      z
        .string()
        .toLowerCase()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: 'expected a domain such as example.com' }),
    ),
    annual_revenue: cell(amount),
    products: cell(amount.pipe(z.number().int({ error: 'expected a whole number' }))),
    time_zone: cell(z.string().refine(isTimeZone, { error: 'expected an IANA time zone' })),
    segment: cell(z.string()),
  })
  .refine((row) => row.id !== undefined || row.account_id !== undefined, {
    error: 'one of id or account_id is required',
    path: ['id'],
  });

const toRecord = (row: z.infer<typeof RowSchema>): CustomerRecord => ({
  key: row.account_id === undefined ? `id:${row.id ?? ''}` : `account:${row.account_id}`,
  id: row.id,
  accountId: row.account_id,
  name: row.name,
  emailDomain: row.email_domain,
  annualRevenue: row.annual_revenue,
  products: row.products,
  timeZone: row.time_zone,
  segment: row.segment,
});

const fail = (issues: FieldIssue[]): never => {
  throw new ValidationError(
    [`${issues.length} problem${issues.length === 1 ? '' : 's'} in the customer CSV:`]
      .concat(issues.map((issue) => `${issue.path}: ${issue.message}`))
      .join('\n'),
    issues,
  );
};

/**
 * Parses a customer CSV (header row with {@link CUSTOMER_COLUMNS}) into records keyed as
 * `customerKey` keys them: `account:<account_id>`, else `id:<id>`. Every problem is reported at
 * once, each with its line number: `line 4, annual_revenue: expected a non-negative number`.
 * `segments`, when given, are the configured segment names an explicit segment must be one of.
 */
const parseCustomerCsv = (text: string, segments?: readonly string[]): CustomerRecord[] => {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    });
  } catch (error) {
    if (error instanceof CsvError) return fail([{ path: 'csv', message: error.message }]);
    throw error;
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const unknown = header.filter(
    (column) => !(CUSTOMER_COLUMNS as readonly string[]).includes(column),
  );
  if (unknown.length > 0)
    fail([
      {
        path: 'line 1',
        message: `unknown columns ${unknown.join(', ')}; expected ${CUSTOMER_COLUMNS.join(', ')}`,
      },
    ]);

  const issues: FieldIssue[] = [];
  const records: CustomerRecord[] = [];
  const lineOfKey = new Map<string, number>();
  for (const { record, info } of rows) {
    const where = `line ${info.lines}`;
    const result = RowSchema.safeParse(record);
    if (!result.success) {
      issues.push(
        ...result.error.issues.map((issue) => ({
          path: `${where}, ${formatPath(issue.path)}`,
          message: issue.message.replace(/^Invalid input: /, ''),
        })),
      );
    }
    const segment = record.segment ?? '';
    if (segments !== undefined && segment !== '' && !segments.includes(segment)) {
      issues.push({
        path: `${where}, segment`,
        message: `unknown segment ${shown(segment)}; expected one of ${segments.join(', ')}`,
      });
    }
    if (!result.success) continue;
    const customer = toRecord(result.data);
    const earlier = lineOfKey.get(customer.key);
    if (earlier !== undefined)
      issues.push({
        path: where,
        message: `duplicate customer ${customer.key} (also on line ${earlier})`,
      });
    lineOfKey.set(customer.key, info.lines);
    records.push(customer);
  }
  if (issues.length > 0) fail(issues);
  return records;
};

export { CUSTOMER_COLUMNS, parseCustomerCsv };
