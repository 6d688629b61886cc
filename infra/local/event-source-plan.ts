import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { triggerOf, type EventPattern } from '../../shared/config/topology.js';

/**
 * The event source mappings the local stack runs, read from shared/config/topology.ts: the same
 * batch sizes, retries, bisection, filters and key filter as the deployed stack
 * (test/infra/topology.test.ts compares the two), with the detect mapping's maximum concurrency
 * and the stream's parallelization factor. The stream's record age limit is left out: the local
 * stream is never that late.
 */
interface EventSourcePlan {
  /** The signals queue -> detect. */
  readonly signals: {
    readonly function: 'detect';
    readonly batchSize: number;
    /** Batches in flight at most, across message groups (the mapping's maximum concurrency). */
    readonly maxConcurrency: number;
  };
  /** The cases table's stream -> notify; given up batches go to the alerts failure queue. */
  readonly stream: {
    readonly function: 'notify';
    readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
    readonly batchSize: number;
    readonly parallelizationFactor: number;
    readonly retryAttempts: number;
    readonly bisectBatchOnError: boolean;
    readonly filters: readonly EventPattern[];
  };
  /** The Connect bucket -> contactlens, when Contact Lens is enabled with a bucket. */
  readonly analysisFiles:
    | {
        readonly function: 'contactlens';
        readonly bucket: string;
        readonly prefix: string;
        readonly suffix: string;
        /** Retries of a failed asynchronous invocation. */
        readonly retryAttempts: number;
      }
    | undefined;
}

const eventSourcePlan = (config: AdvocacyConfig): EventSourcePlan => {
  const stream = triggerOf('notify', 'dynamodb-stream');
  const files = triggerOf('contactlens', 's3');
  const signals = triggerOf('detect', 'sqs');
  const contactLens = config.sources.contactlens;
  return {
    signals: {
      function: 'detect',
      batchSize: signals.batchSize,
      maxConcurrency: signals.maxConcurrency,
    },
    stream: {
      function: 'notify',
      startingPosition: stream.startingPosition,
      batchSize: stream.batchSize,
      parallelizationFactor: stream.parallelizationFactor,
      retryAttempts: stream.retryAttempts,
      bisectBatchOnError: stream.bisectBatchOnError,
      filters: stream.filters,
    },
    analysisFiles:
      contactLens.enabled && contactLens.bucketName !== undefined
        ? {
            function: 'contactlens',
            bucket: contactLens.bucketName,
            prefix: files.prefix,
            suffix: files.suffix,
            retryAttempts: files.retryAttempts,
          }
        : undefined,
  };
};

export { eventSourcePlan };
export type { EventSourcePlan };
