import { SQSClient } from '@aws-sdk/client-sqs';
import { sdkClientConfig, type AwsClientOptions } from './client-options.js';

// useQueueUrlAsEndpoint=false: emulator queue URLs use *.localhost hosts that this Debian does
// not resolve; the explicit endpoint is used for every call instead.
const createSqsClient = (options: AwsClientOptions): SQSClient =>
  new SQSClient({
    ...sdkClientConfig(options),
    useQueueUrlAsEndpoint: options.endpoint === undefined,
  });

export { createSqsClient };
