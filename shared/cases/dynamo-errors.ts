import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { AdvocacyError, DependencyError } from '../errors.js';

/**
 * The cancellation reason code of each item of a cancelled transaction (`None` for items that
 * were fine), or undefined when the error is not a cancelled transaction.
 */
const cancellationCodes = (error: unknown): string[] | undefined =>
  error instanceof TransactionCanceledException
    ? (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None')
    : undefined;

const isConditionalCheckFailed = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException;

/** True when a cancelled transaction lost a race (a condition or a concurrent transaction). */
const lostRace = (codes: readonly string[]): boolean =>
  codes.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict');

/**
 * Our own errors pass through; anything else from DynamoDB (throttling, timeouts, a transaction
 * cancelled for another reason) becomes a DependencyError, so the caller retries later.
 */
const toDomainError = (operation: string, error: unknown): Error => {
  if (error instanceof AdvocacyError) return error;
  const reason =
    error instanceof Error
      ? `${error.name}${error.message === '' ? '' : `: ${error.message.split('\n')[0] ?? ''}`}`
      : String(error);
  return new DependencyError(`DynamoDB ${operation} failed: ${reason}`, { cause: error });
};

/** Runs a store operation, translating SDK failures once at the boundary. */
const guarded = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    throw toDomainError(operation, error);
  }
};

/** Full-jitter backoff before retry `attempt` (0-based): random in [0, min(cap, base * 2^attempt)). */
const backoff = (attempt: number, baseMs = 10, capMs = 400): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, Math.random() * Math.min(capMs, baseMs * 2 ** attempt));
  });

export { backoff, cancellationCodes, guarded, isConditionalCheckFailed, lostRace, toDomainError };
