import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { sdkClientConfig, type AwsClientOptions } from './client-options.js';

/** A document client that drops `undefined` attributes (optional domain fields) instead of failing. */
const createDynamoDocumentClient = (options: AwsClientOptions): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(new DynamoDBClient(sdkClientConfig(options)), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });

export { createDynamoDocumentClient };
