import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { sdkClientConfig, type AwsClientOptions } from '../../shared/aws/client-options.js';

/**
 * The DynamoDB Streams client of the local stream mapping. Only the local stack reads streams
 * itself (in AWS, Lambda's event source mapping does), so this factory lives here rather than
 * in shared/aws/.
 */
const createStreamsClient = (options: AwsClientOptions): DynamoDBStreamsClient =>
  new DynamoDBStreamsClient(sdkClientConfig(options));

export { createStreamsClient };
