import type { CaseAction } from './actions.js';
import type { CustomerRecord } from './customer.js';
import type { SignalFacts } from './intake.js';
import type { CaseChange } from './lifecycle.js';
import type { AdvocacyCase, CaseEvent, CaseSignal, CaseStatus } from './model.js';
import type { Trigger } from '../scoring/assessment.js';
import type { Signal, SignalCustomer } from '../sources/signal.js';

/**
 * What recording a signal did: `opened` or `appended` a case (with the change the stream
 * carries to notify), only `recorded` the assessment (no case wanted), or nothing at all
 * because the source event was already recorded (`duplicate`).
 */
type RecordSignalResult =
  | ({ readonly outcome: 'opened' | 'appended' } & CaseChange)
  | { readonly outcome: 'recorded' }
  | { readonly outcome: 'duplicate'; readonly caseId?: string | undefined };

/** A case with its timeline (oldest first) and the signals that joined it. */
interface CaseDetails {
  readonly case: AdvocacyCase;
  readonly events: readonly CaseEvent[];
  readonly signals: readonly CaseSignal[];
}

/** One page of a listing; pass `cursor` back to get the next page (absent on the last one). */
interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string | undefined;
}

interface PageRequest {
  /** Opaque, from the previous page. */
  readonly cursor?: string | undefined;
  readonly limit: number;
}

interface QueueQuery extends PageRequest {
  readonly tier: string;
  /** Defaults to `open`: cases waiting for an advocate. */
  readonly status?: CaseStatus | undefined;
  readonly urgent?: boolean | undefined;
}

/** The cases system of record. Every change is one conditional DynamoDB transaction. */
interface CaseStore {
  /** Records an accepted signal once per source event, opening or appending a case when wanted. */
  recordSignal(facts: SignalFacts): Promise<RecordSignalResult>;
  /** A case with its timeline and signals; NotFoundError when unknown. */
  getCase(caseId: string): Promise<CaseDetails>;
  /**
   * Applies a lifecycle action. With `expectedVersion`, a case changed meanwhile is a
   * ConflictError with `details.currentVersion`; without it the latest version is used.
   */
  applyAction(
    caseId: string,
    expectedVersion: number | undefined,
    action: CaseAction,
    now: Date,
  ): Promise<CaseChange>;
  /** An advocate tier's queue, oldest first. */
  listQueue(query: QueueQuery): Promise<Page<AdvocacyCase>>;
  /** A customer's cases, newest first. */
  listByCustomer(customerKey: string, page: PageRequest): Promise<Page<AdvocacyCase>>;
  /** The cases of several customer keys in one history, newest first. */
  listByCustomerKeys(
    customerKeys: readonly string[],
    page: PageRequest,
  ): Promise<Page<AdvocacyCase>>;
  /**
   * The customer keys a person's search term means: a customer id, e-mail, account id or name
   * (case-insensitive, exact) that any signal named, or a customer key itself.
   */
  findCustomerKeys(term: string): Promise<string[]>;
  /** Open (unacknowledged) cases whose acknowledgement deadline is at or before `now`, earliest first. */
  listDue(now: Date): Promise<AdvocacyCase[]>;
  /** Cases opened in [from, to), oldest first: the management review's look back. */
  listOpenedBetween(from: Date, to: Date): Promise<AdvocacyCase[]>;
}

/** How long the store keeps what expires, in days (`retention` in the configuration). */
interface Retention {
  /** A signal's raw words (the TEXT item). */
  readonly rawTextDays: number;
  /** The assessment of a signal that opened or joined no case. */
  readonly assessmentDays: number;
}

/** A signal's own words, kept `retention.rawTextDays`: the text or the turns, with the triggers. */
interface SignalText {
  readonly signalId: string;
  readonly text: string;
  readonly turns: Signal['turns'];
  readonly triggers: readonly Trigger[];
}

/** Reads the customer's words of signals (those past retention are simply absent). */
interface SignalTextReader {
  getSignalTexts(signalIds: readonly string[]): Promise<SignalText[]>;
}

/** The customer records segmentation reads. */
interface CustomerStore {
  /** Writes (or replaces) records; returns how many were written. */
  putCustomers(records: readonly CustomerRecord[]): Promise<number>;
  getCustomer(key: string): Promise<CustomerRecord | undefined>;
  /** The record for a signal's customer, by account id, then customer id, then e-mail. */
  findCustomer(customer: SignalCustomer): Promise<CustomerRecord | undefined>;
}

export type {
  CaseDetails,
  CaseStore,
  CustomerStore,
  Page,
  PageRequest,
  QueueQuery,
  RecordSignalResult,
  Retention,
  SignalText,
  SignalTextReader,
};
