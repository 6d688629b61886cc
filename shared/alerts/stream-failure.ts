import { z } from 'zod';
import { parseJsonWith } from '../parse.js';

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
const parseStreamFailure = (body: string): StreamBatchInfo =>
  parseJsonWith(StreamFailureSchema, body, {
    notJson: 'DLQ message is not JSON',
    invalid: 'DLQ message is not a stream batch failure',
  }).DDBStreamBatchInfo;

export { parseStreamFailure, StreamFailureSchema };
export type { StreamBatchInfo };
