/**
 * The closed set of errors the domain throws. Handlers map them once per transport
 * (`toHttpResponse` in shared/http.ts; batch failures in the queue consumers).
 */

/** One problem with an input, named by its path: `data.rating.value: expected a number`. */
interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

class AdvocacyError extends Error {
  override name = 'AdvocacyError';
}

/** The input failed its schema (400, or quarantine in a queue consumer: never retried). */
class ValidationError extends AdvocacyError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The configuration is invalid; the message is one line per problem, each naming the path. */
class ConfigError extends AdvocacyError {
  override name = 'ConfigError';
  constructor(
    readonly issues: readonly FieldIssue[],
    readonly file?: string,
  ) {
    super(
      issues
        .map((issue) => `${file === undefined ? '' : `${file}: `}${issue.path}: ${issue.message}`)
        .join('\n'),
    );
  }
}

/** The webhook signature is missing, wrong, or outside the replay window (401, no detail). */
class UnauthorizedError extends AdvocacyError {
  override name = 'UnauthorizedError';
}

/** The request is well-formed but cannot be acted on, e.g. a signal naming no customer (422). */
class UnprocessableError extends AdvocacyError {
  override name = 'UnprocessableError';
}

/** The resource does not exist (404): an unknown source, an unknown case. */
class NotFoundError extends AdvocacyError {
  override name = 'NotFoundError';
}

/** The request conflicts with the current state (409): a stale version or a disallowed transition. */
class ConflictError extends AdvocacyError {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** A body larger than allowed (413). */
class PayloadTooLargeError extends AdvocacyError {
  override name = 'PayloadTooLargeError';
}

/** A content type we do not read (415). */
class UnsupportedMediaTypeError extends AdvocacyError {
  override name = 'UnsupportedMediaTypeError';
}

/** A detector pattern is malformed, ambiguous or redundant; `pattern` is its source text. */
class PatternError extends AdvocacyError {
  override name = 'PatternError';
  constructor(
    message: string,
    readonly pattern: string,
  ) {
    super(`pattern "${pattern}": ${message}`);
  }
}

/** DynamoDB, SQS, SNS or a platform API failed or throttled: retry later (503, or a batch item failure). */
class DependencyError extends AdvocacyError {
  override name = 'DependencyError';
}

export {
  AdvocacyError,
  ConfigError,
  ConflictError,
  DependencyError,
  NotFoundError,
  PatternError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnprocessableError,
  UnsupportedMediaTypeError,
  ValidationError,
};
export type { FieldIssue };
