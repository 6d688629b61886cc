import { processPartialResponse, SqsFifoPartialProcessorAsync } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { SignalIntake } from '../../shared/cases/signal-intake.js';
import { ValidationError } from '../../shared/errors.js';
import { parseQueueMessage } from '../../shared/sources/queue-message.js';
import type { Quarantine } from './quarantine.js';

/** The slice of Powertools Metrics the handler uses. */
interface MetricsSink {
  addMetric(name: string, unit: 'Count', value: number): void;
  publishStoredMetrics(): void;
}

interface DetectDeps {
  readonly intake: SignalIntake;
  readonly quarantine: Quarantine;
  readonly metrics: MetricsSink;
  readonly logger: Pick<Logger, 'info' | 'warn'>;
  readonly clock?: () => Date;
}

const OUTCOME_METRICS = {
  opened: ['CasesOpened', 'AssessmentsRecorded'],
  appended: ['SignalsAppended', 'AssessmentsRecorded'],
  recorded: ['AssessmentsRecorded'],
  duplicate: ['DuplicateSignals'],
} as const;

const reasonOf = (error: ValidationError): string =>
  [error.message, ...error.issues.map((issue) => `${issue.path}: ${issue.message}`)].join('; ');

/**
 * The detect function: an SQS FIFO batch, one customer per message group. A failed record fails
 * only its own group (`skipGroupOnError`), so other customers' records commit once and a
 * customer's signals never overtake each other. A body that is not a Signal goes to the DLQ
 * with its reason instead of being retried.
 */
const createHandler = (deps: DetectDeps) => {
  const clock = deps.clock ?? (() => new Date());
  const recordHandler = async (record: SQSRecord): Promise<void> => {
    let signal;
    try {
      signal = parseQueueMessage(record.body);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      await deps.quarantine({
        body: record.body,
        groupId: record.attributes.MessageGroupId,
        deduplicationId: record.attributes.MessageDeduplicationId,
        reason: reasonOf(error),
      });
      deps.metrics.addMetric('SignalsQuarantined', 'Count', 1);
      deps.logger.info('queue message quarantined', {
        messageId: record.messageId,
        reason: reasonOf(error),
      });
      return;
    }
    const result = await deps.intake(signal, clock()).catch((error: unknown) => {
      // Reported as a batch item failure below: SQS redelivers it after the visibility timeout.
      deps.logger.warn('signal not recorded; it will be redelivered', {
        messageId: record.messageId,
        error: error instanceof Error ? error : String(error),
      });
      throw error;
    });
    deps.metrics.addMetric('SignalsProcessed', 'Count', 1);
    for (const name of OUTCOME_METRICS[result.outcome]) deps.metrics.addMetric(name, 'Count', 1);
  };

  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    try {
      // A processor per invocation: it holds the batch's failed groups.
      return await processPartialResponse(
        event,
        recordHandler,
        new SqsFifoPartialProcessorAsync(),
        {
          skipGroupOnError: true,
          throwOnFullBatchFailure: false,
        },
      );
    } finally {
      deps.metrics.publishStoredMetrics();
    }
  };
};

export { createHandler };
export type { DetectDeps, MetricsSink };
