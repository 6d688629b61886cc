import { z } from 'zod';
import { UnprocessableError } from '../errors.js';
import { decodeUtf8, parseJsonText, parseWith } from '../parse.js';
import { SignalSchema, type Signal, type SignalCustomer } from './signal.js';

type Fields = Readonly<Record<string, unknown>> | null | undefined;

/** The names of the custom fields that carry a customer's identity (configuration: `customerFields`). */
interface CustomerFieldNames {
  readonly customerId: string;
  readonly accountId: string;
  readonly segment: string;
  readonly email: string;
}

/** Decodes the raw body (see decodeUtf8) and parses it as JSON; invalid JSON is a 400. */
const parseJson = (body: Buffer): unknown =>
  parseJsonText(decodeUtf8(body), 'body is not valid JSON');

/** Validates a platform's payload (`what`: `Typeform webhook`); issues name the failing field paths. */
const parsePayload = <Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  what: string,
): z.output<Schema> => parseWith(schema, input, `${what} does not match the expected shape`);

/** A custom field's value as trimmed text; own properties only (`__proto__` never reaches here), blanks are absent. */
const pickField = (fields: Fields, name: string): string | undefined => {
  if (fields === null || fields === undefined || !Object.hasOwn(fields, name)) return undefined;
  const value = fields[name];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : text;
};

/** Trims a native value; empty strings (unfilled placeholders, blank answers) are absent. */
const present = (value: string | null | undefined): string | undefined => {
  const text = value?.trim();
  return text === undefined || text === '' ? undefined : text;
};

/**
 * The customer, from the sender's custom fields first (they are what the admin configured), then
 * the platform's native identity fields (a native external id counts as the customer id).
 */
const resolveCustomer = (
  fields: Fields,
  names: CustomerFieldNames,
  native: SignalCustomer = {},
): SignalCustomer => {
  const customer = {
    id: pickField(fields, names.customerId) ?? present(native.id),
    email: pickField(fields, names.email) ?? present(native.email),
    name: present(native.name),
    accountId: pickField(fields, names.accountId) ?? present(native.accountId),
    accountName: present(native.accountName),
    segment: pickField(fields, names.segment) ?? present(native.segment),
  };
  return Object.fromEntries(Object.entries(customer).filter(([, value]) => value !== undefined));
};

/**
 * Validates the normalized Signal. No customer id, email or account id is a 422 (it cannot be
 * routed); any other violation (a rating outside its scale) is a 400 naming the Signal field.
 */
const buildSignal = (candidate: z.input<typeof SignalSchema>): Signal => {
  const { customer } = candidate;
  if (customer.id === undefined && customer.email === undefined && customer.accountId === undefined)
    throw new UnprocessableError(
      'no customer id, email or account id: the signal cannot be routed',
    );
  return parseWith(SignalSchema, candidate, 'normalized signal is invalid', { at: 'signal' });
};

/**
 * A time as Unix seconds, up to the last second of the year 9999, the last an ISO-8601 time with
 * a four-digit year states: `1e300` made the conversion throw (a 500) instead of naming the field.
 */
const UnixSecondsSchema = z.number().min(0).max(253_402_300_799);

/** Unix seconds (see UnixSecondsSchema) to ISO-8601 (platforms send both). */
const fromUnixSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString();

/**
 * Free-form JSON a sender may attach (the generic source's `metadata`), at most this many levels
 * of objects and arrays deep: serializing 100,000 levels overflowed the stack (a 500).
 */
const METADATA_DEPTH = 8;

/** Whether `value` nests at most `limit` levels, walked level by level, never recursively. */
const nestsAtMost = (value: unknown, limit: number): boolean => {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth += 1) {
    if (depth > limit) return false;
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item === 'object' && item !== null)
        for (const inner of Object.values(item)) next.push(inner);
    }
    level = next;
  }
  return true;
};

const MetadataSchema = z
  .record(z.string(), z.unknown())
  .refine((value) => nestsAtMost(value, METADATA_DEPTH), {
    error: `nested more than ${String(METADATA_DEPTH)} levels deep`,
  });

export {
  buildSignal,
  fromUnixSeconds,
  MetadataSchema,
  UnixSecondsSchema,
  parseJson,
  parsePayload,
  pickField,
  present,
  resolveCustomer,
};
export type { CustomerFieldNames, Fields };
