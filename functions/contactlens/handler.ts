import type { S3Event } from 'aws-lambda';
import { AdvocacyError, DependencyError } from '../../shared/errors.js';
import type { HttpLogger } from '../../shared/http.js';
import {
  ingestAnalysisFile,
  type ContactLensDeps,
} from '../../shared/sources/ingest-contact-lens.js';

interface ContactLensHandlerDeps extends ContactLensDeps {
  readonly logger: HttpLogger;
}

// S3 event keys are URL-encoded, with "+" for spaces.
const decodeKey = (key: string): string => decodeURIComponent(key.replace(/\+/g, ' '));

/**
 * S3 `ObjectCreated` on the Contact Lens prefix. A file that cannot become a Signal (bad shape,
 * no customer) is logged with its key and not retried: it stays in the bucket and can be
 * replayed with `advocacy normalize`. Unreachable dependencies fail the invocation so that
 * Lambda's asynchronous retries (and the function's failure destination) take over.
 */
const createHandler =
  (deps: ContactLensHandlerDeps) =>
  async (event: S3Event): Promise<void> => {
    const retryable: unknown[] = [];
    for (const record of event.Records) {
      const bucket = record.s3.bucket.name;
      const key = decodeKey(record.s3.object.key);
      try {
        const outcome = await ingestAnalysisFile(bucket, key, deps);
        deps.logger.info('analysis file handled', { ...outcome, bucket });
      } catch (error) {
        if (error instanceof DependencyError || !(error instanceof AdvocacyError)) {
          deps.logger.error('analysis file will be retried', {
            bucket,
            key,
            reason: String(error),
          });
          retryable.push(error);
        } else {
          deps.logger.error('analysis file rejected', {
            bucket,
            key,
            error: error.name,
            reason: error.message,
          });
        }
      }
    }
    if (retryable.length > 0)
      throw new AggregateError(retryable, `${retryable.length} analysis file(s) failed; retry`);
  };

export { createHandler };
export type { ContactLensHandlerDeps };
