import { S3Client } from '@aws-sdk/client-s3';
import { sdkClientConfig, type AwsClientOptions } from './client-options.js';

// Path-style addressing against emulators: bucket subdomains of 127.0.0.1 do not resolve.
const createS3Client = (options: AwsClientOptions): S3Client =>
  new S3Client({ ...sdkClientConfig(options), forcePathStyle: options.endpoint !== undefined });

export { createS3Client };
