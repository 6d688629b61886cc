import type { Assessment, DetectorInput } from '../scoring/assessment.js';
import { signalId, type Signal, type SignalCustomer } from '../sources/signal.js';
import type { CaseStore, CustomerStore, RecordSignalResult } from './case-store.js';
import type { CustomerRecord } from './customer.js';
import type { CaseRouting } from './intake.js';

/** What turning a signal into a case change needs; each part is built once per cold start. */
interface SignalIntakeDeps {
  /** The detector: `createDetector(config.detection).assess`. */
  readonly assess: (input: DetectorInput) => Assessment;
  /** Routing bound to the configuration: `(input) => routeCase(input, config)`. */
  readonly route: (input: {
    readonly customer: SignalCustomer;
    readonly record: CustomerRecord | undefined;
    readonly urgent: boolean;
    readonly now: Date;
  }) => CaseRouting;
  readonly customers: Pick<CustomerStore, 'findCustomer'>;
  readonly store: Pick<CaseStore, 'recordSignal'>;
}

type SignalIntake = (signal: Signal, now: Date) => Promise<RecordSignalResult>;

/**
 * Scores a signal, places the customer (record -> segment -> tier -> deadline) and records it:
 * the detect function's work for one queue message.
 *
 * @example
 * const intake = createSignalIntake({ assess: detector.assess, route, customers, store });
 * const result = await intake(signal, new Date()); // { outcome: 'opened', case, event }
 */
const createSignalIntake =
  (deps: SignalIntakeDeps): SignalIntake =>
  async (signal, now) => {
    const assessment = deps.assess({ ...signal, id: signalId(signal) });
    const record = await deps.customers.findCustomer(signal.customer);
    const routing = deps.route({
      customer: signal.customer,
      record,
      urgent: assessment.urgent,
      now,
    });
    return deps.store.recordSignal({ signal, assessment, routing, now });
  };

export { createSignalIntake };
export type { SignalIntake, SignalIntakeDeps };
