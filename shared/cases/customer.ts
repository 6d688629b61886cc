/**
 * What the pipeline knows about a customer beyond a signal: the attributes segmentation reads.
 * Imported in bulk from CSV (`advocacy customers import FILE.csv`) and stored under the same
 * customer key that cases use (see `customerKey` in shared/sources/signal.ts).
 */
interface CustomerRecord {
  /** `account:<accountId>`, `id:<customerId>` or `email:<address>`, as `customerKey` builds it. */
  readonly key: string;
  readonly id?: string | undefined;
  readonly accountId?: string | undefined;
  readonly name?: string | undefined;
  /** E-mail domain of the account, e.g. `example.com`. */
  readonly emailDomain?: string | undefined;
  readonly annualRevenue?: number | undefined;
  /** Number of products the account uses. */
  readonly products?: number | undefined;
  /** IANA time zone of the customer, shown to advocates. */
  readonly timeZone?: string | undefined;
  /** An explicit segment wins over every rule. */
  readonly segment?: string | undefined;
}

export type { CustomerRecord };
