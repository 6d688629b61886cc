import { ENTITIES } from '../cases/model.js';
import type { ENV } from './env.js';

/** A variable of shared/config/env.ts, by its key in `ENV`. */
type EnvKey = keyof typeof ENV;

/**
 * Lambda event filtering pattern: an object mirrors the record's shape, a list of values means
 * "equals one of" (the only operator this stack uses).
 */
interface EventPattern {
  readonly [field: string]: EventPattern | readonly (string | number | boolean)[];
}

/** What invokes a function, and how. */
type Trigger =
  | { readonly kind: 'http' }
  | {
      readonly kind: 'sqs';
      /** Messages per invocation. */
      readonly batchSize: number;
      /** Concurrent invocations at most: bounds the table writes a burst of webhooks can cause. */
      readonly maxConcurrency: number;
    }
  | {
      readonly kind: 'dynamodb-stream';
      readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
      /** Records per invocation. */
      readonly batchSize: number;
      /** Batches of one shard in flight at once; a partition key's records stay in order. */
      readonly parallelizationFactor: number;
      /** Retries of a failing batch before its position goes to the on-failure queue. */
      readonly retryAttempts: number;
      /** Split a batch in two when the function throws (splits are not retries). */
      readonly bisectBatchOnError: boolean;
      /** Records older than this are given up on (AWS only: the local stream is never that late). */
      readonly maxRecordAgeHours: number;
      /** Only records matching one of these patterns invoke the function. */
      readonly filters: readonly EventPattern[];
    }
  | {
      readonly kind: 's3';
      /** The notification's key filter. */
      readonly prefix: string;
      readonly suffix: string;
      /** Lambda's retries of a failed asynchronous invocation before the failure queue. */
      readonly retryAttempts: number;
    }
  | {
      readonly kind: 'schedule';
      /** EventBridge's retries of a failed invocation. */
      readonly retryAttempts: number;
    };

interface FunctionTopology {
  readonly description: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /** The variables the function reads at cold start; infra and the local stack set them. */
  readonly environment: readonly EnvKey[];
  readonly trigger: Trigger;
}

/** Where Contact Lens writes post-call analysis files (original and redacted) in the instance's bucket. */
const CONTACT_LENS_PREFIX = 'Analysis/Voice/';

/**
 * The pipeline's functions and what connects them, stated once: the CDK stack deploys it, the
 * local stack emulates it and each function's cold-start wiring reads its environment from it.
 * Free of aws-cdk-lib so handlers and the local stack can import it.
 */
const TOPOLOGY = {
  ingest: {
    description: 'Verifies and enqueues webhooks',
    memoryMb: 512,
    // Platforms time out at 5-10 s (Intercom 5 s): verify, enqueue, answer.
    timeoutSeconds: 10,
    environment: ['signalsQueueUrl', 'secretArns'],
    trigger: { kind: 'http' },
  },
  contactlens: {
    description: 'Reads Contact Lens analysis files',
    memoryMb: 512,
    timeoutSeconds: 60,
    environment: ['signalsQueueUrl'],
    trigger: { kind: 's3', prefix: CONTACT_LENS_PREFIX, suffix: '.json', retryAttempts: 2 },
  },
  detect: {
    description: 'Scores signals and opens or extends cases',
    // Measured (npm run bench -- cost): a signal's time is waiting on DynamoDB, the scoring
    // itself takes microseconds, so 1024 MB only doubled the GB-seconds.
    memoryMb: 512,
    timeoutSeconds: 60,
    environment: ['tableName', 'signalsDlqUrl'],
    trigger: { kind: 'sqs', batchSize: 10, maxConcurrency: 10 },
  },
  notify: {
    description: 'Publishes case alerts from the table stream',
    memoryMb: 512,
    timeoutSeconds: 60,
    environment: ['tableName', 'topicArns'],
    trigger: {
      kind: 'dynamodb-stream',
      startingPosition: 'TRIM_HORIZON',
      batchSize: 10,
      // Publishing waits on SNS and the marker writes: one batch at a time per shard falls
      // behind detect under a burst of new cases. 10 (AWS's maximum) rather than 5: on the load
      // bench at 50 webhooks/s, case opened -> alert p95 went from 7.1 s to 1.2 s (README).
      parallelizationFactor: 10,
      retryAttempts: 5,
      bisectBatchOnError: true,
      maxRecordAgeHours: 6,
      // Only new case events can alert; every other write would be an invocation for nothing.
      filters: [
        { eventName: ['INSERT'], dynamodb: { NewImage: { entity: { S: [ENTITIES.caseEvent] } } } },
      ],
    },
  },
  cases: {
    description: 'Cases API for advocates',
    memoryMb: 512,
    timeoutSeconds: 10,
    environment: ['tableName'],
    trigger: { kind: 'http' },
  },
  escalate: {
    description: 'Escalates unacknowledged cases',
    memoryMb: 512,
    timeoutSeconds: 120,
    environment: ['tableName'],
    trigger: { kind: 'schedule', retryAttempts: 2 },
  },
  review: {
    description: 'Sends the weekly management review',
    memoryMb: 1024,
    timeoutSeconds: 300,
    environment: ['tableName', 'topicArns'],
    trigger: { kind: 'schedule', retryAttempts: 2 },
  },
  console: {
    description: 'Advocate console',
    memoryMb: 512,
    timeoutSeconds: 10,
    environment: ['tableName'],
    trigger: { kind: 'http' },
  },
} as const satisfies Record<string, FunctionTopology>;

type FunctionName = keyof typeof TOPOLOGY;

/** The Lambda entry points, each `functions/<name>/index.ts` exporting `handler`. */
const FUNCTION_NAMES = Object.keys(TOPOLOGY) as readonly FunctionName[];

/** The trigger of one function, typed by its kind. */
const triggerOf = <K extends Trigger['kind']>(
  name: FunctionName,
  kind: K,
): Extract<Trigger, { kind: K }> => {
  const trigger: Trigger = TOPOLOGY[name].trigger;
  if (trigger.kind !== kind)
    throw new Error(`${name} is triggered by ${trigger.kind}, not ${kind}`);
  return trigger as Extract<Trigger, { kind: K }>;
};

export { CONTACT_LENS_PREFIX, FUNCTION_NAMES, TOPOLOGY, triggerOf };
export type { EnvKey, EventPattern, FunctionName, FunctionTopology, Trigger };
