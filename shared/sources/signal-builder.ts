import type { z } from 'zod';
import { UnprocessableError, ValidationError } from '../errors.js';
import { parseJsonText, parseWith } from '../parse.js';
import { SignalSchema, type Signal, type SignalCustomer } from './signal.js';

type Fields = Readonly<Record<string, unknown>> | null | undefined;

/** The names of the custom fields that carry a customer's identity (configuration: `customerFields`). */
interface CustomerFieldNames {
  readonly customerId: string;
  readonly accountId: string;
  readonly segment: string;
  readonly email: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes the raw body as strict UTF-8 and parses it as JSON. Invalid UTF-8 or JSON is a 400:
 * silently replacing bad bytes would change the customer's words.
 */
const parseJson = (body: Buffer): unknown => {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch (error) {
    throw new ValidationError('body is not valid UTF-8', [], { cause: error });
  }
  return parseJsonText(text, 'body is not valid JSON');
};

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

/** Unix seconds to ISO-8601 (platforms send both). */
const fromUnixSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString();

export {
  buildSignal,
  fromUnixSeconds,
  parseJson,
  parsePayload,
  pickField,
  present,
  resolveCustomer,
};
export type { CustomerFieldNames, Fields };
