import { SNSClient } from '@aws-sdk/client-sns';
import { sdkClientConfig, type AwsClientOptions } from './client-options.js';

const createSnsClient = (options: AwsClientOptions): SNSClient =>
  new SNSClient(sdkClientConfig(options));

export { createSnsClient };
