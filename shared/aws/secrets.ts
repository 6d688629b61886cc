import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { sdkClientConfig, type AwsClientOptions } from './client-options.js';

/** Secrets Manager client for the webhook sources' signing secrets and API tokens. */
const createSecretsManagerClient = (options: AwsClientOptions): SecretsManagerClient =>
  new SecretsManagerClient(sdkClientConfig(options));

export { createSecretsManagerClient };
