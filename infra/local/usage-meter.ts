import type { RequestCount } from '../../shared/cost/usage.js';
import { createDynamoMeter, type Span } from './dynamodb-meter.js';
import { operationOf, type EdgeObserver } from './edge-observer.js';

/** One handler invocation's wall-clock time. */
interface InvocationTally {
  readonly invocations: number;
  readonly durationsMs: readonly number[];
}

interface UsageMeter {
  /** Give it to the edge: counts every request a handler makes to AWS. */
  readonly observer: EdgeObserver;
  /** Call around every handler invocation (the local stack's `onInvocation`). */
  readonly recordInvocation: (name: string, durationMs: number) => void;
  readonly requests: () => Readonly<Record<string, RequestCount>>;
  readonly invocations: () => Readonly<Record<string, InvocationTally>>;
  reset(): void;
}

const CHUNK = 64 * 1024;

/**
 * Counts what the handlers ask of AWS through the local edge, the way AWS bills it: requests per
 * service and operation (SQS/SNS in 64 KB chunks), DynamoDB read and write units (DynamoDB
 * Local's ConsumedCapacity for single-item operations and queries, asked for on every request;
 * transactions computed from the items' images before and after, see dynamodb-units.ts), and
 * handler invocations with their wall-clock time.
 */
const createUsageMeter = (): UsageMeter => {
  const requests = new Map<string, RequestCount>();
  const invocations = new Map<string, { invocations: number; durationsMs: number[] }>();

  const add = (name: string, tally: Omit<RequestCount, 'calls'>): void => {
    const known = requests.get(name) ?? {
      calls: 0,
      billedRequests: 0,
      readUnits: 0,
      writeUnits: 0,
    };
    requests.set(name, {
      calls: known.calls + 1,
      billedRequests: known.billedRequests + tally.billedRequests,
      readUnits: known.readUnits + tally.readUnits,
      writeUnits: known.writeUnits + tally.writeUnits,
    });
  };

  // When the meter's own reads ran, to take them out of the handler time they happened in.
  const overhead: Span[] = [];
  const dynamo = createDynamoMeter((span) => overhead.push(span));

  const observer: EdgeObserver = {
    prepare: (request) =>
      request.service === 'dynamodb' ? dynamo.prepare(request) : Promise.resolve(request.body),
    settle: async (request, response) => {
      const name = `${request.service}.${operationOf(request)}`;
      if (request.service === 'dynamodb') {
        add(name, { billedRequests: 1, ...(await dynamo.charge(request, response)) });
        return;
      }
      // SQS and SNS bill each 64 KB chunk of a request's payload (here: its body) as a request.
      const billed =
        request.service === 'sqs' || request.service === 'sns'
          ? Math.max(1, Math.ceil(request.body.length / CHUNK))
          : 1;
      add(name, { billedRequests: billed, readUnits: 0, writeUnits: 0 });
    },
  };

  return {
    observer,
    recordInvocation: (name, durationMs) => {
      const end = performance.now();
      const start = end - durationMs;
      const metered = overhead.reduce(
        (sum, span) => sum + Math.max(0, Math.min(end, span.end) - Math.max(start, span.start)),
        0,
      );
      const known = invocations.get(name) ?? { invocations: 0, durationsMs: [] };
      known.invocations += 1;
      known.durationsMs.push(Math.max(0, durationMs - metered));
      invocations.set(name, known);
    },
    requests: () => Object.fromEntries(requests),
    invocations: () => Object.fromEntries(invocations),
    reset: () => {
      requests.clear();
      invocations.clear();
      overhead.length = 0;
    },
  };
};

export { createUsageMeter };
export type { InvocationTally, UsageMeter };
