import type { SignalCustomer } from '../sources/signal.js';

/**
 * What a person may know a customer by (customer id, e-mail, account id, person or account
 * name), reduced to one comparable form: trimmed, inner whitespace collapsed, lower-cased
 * (Unicode-aware, so "ÅSA" finds "åsa"). Search terms and stored identities both go through it.
 *
 * @example normalizeIdentity('  Dana.Ops@Acme.example ') // 'dana.ops@acme.example'
 */
const normalizeIdentity = (text: string): string =>
  text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');

/** The identity terms one signal (or a case's customer) names its customer by, each once. */
const identityTerms = (customer: Omit<SignalCustomer, 'key'>): string[] => [
  ...new Set(
    [customer.id, customer.email, customer.accountId, customer.name, customer.accountName]
      .filter((value): value is string => value !== undefined)
      .map(normalizeIdentity)
      .filter((term) => term !== ''),
  ),
];

const KEY_PREFIXES = ['account:', 'id:', 'email:'] as const;

/**
 * The customer keys a search term could be on its own: the internal key itself
 * (`account:acme`), or an account id, customer id or e-mail that a case was grouped by
 * before identities were recorded. Lower-case variants cover ids stored as typed.
 */
const directCustomerKeys = (term: string): string[] => {
  const trimmed = term.trim();
  if (KEY_PREFIXES.some((prefix) => trimmed.startsWith(prefix))) return [trimmed];
  return [...new Set([`account:${trimmed}`, `id:${trimmed}`, `email:${trimmed.toLowerCase()}`])];
};

export { directCustomerKeys, identityTerms, normalizeIdentity };
