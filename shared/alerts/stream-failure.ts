import { z } from 'zod';
import { toFieldIssues } from '../config/issues.js';
import { ValidationError } from '../errors.js';

/**
 * What Lambda's on-failure destination receives when a stream batch exhausts its retries:
 * metadata, not the records: the shard and the sequence range, plus arrival times.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-dynamodb-errors.html
 */
const StreamFailureSchema = z.looseObject({
  requestContext: z.looseObject({ condition: z.string().optional() }).optional(),
  DDBStreamBatchInfo: z.looseObject({
    shardId: z.string().min(1),
    startSequenceNumber: z.string().regex(/^\d+$/),
    endSequenceNumber: z.string().regex(/^\d+$/),
    approximateArrivalOfFirstRecord: z.iso.datetime({ offset: true }).optional(),
    approximateArrivalOfLastRecord: z.iso.datetime({ offset: true }).optional(),
    batchSize: z.number().optional(),
    streamArn: z.string().min(1),
  }),
});

type StreamFailure = z.infer<typeof StreamFailureSchema>;
type StreamBatchInfo = StreamFailure['DDBStreamBatchInfo'];

/** Parses an alerts-DLQ message body; anything else is a ValidationError naming the paths. */
const parseStreamFailure = (body: string): StreamBatchInfo => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new ValidationError(
      'DLQ message is not JSON',
      [{ path: 'body', message: 'expected JSON' }],
      {
        cause: error,
      },
    );
  }
  const result = StreamFailureSchema.safeParse(json);
  if (!result.success) {
    throw new ValidationError(
      'DLQ message is not a stream batch failure',
      toFieldIssues(result.error),
    );
  }
  return result.data.DDBStreamBatchInfo;
};

export { parseStreamFailure, StreamFailureSchema };
export type { StreamBatchInfo };
