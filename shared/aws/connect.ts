import { ConnectClient } from '@aws-sdk/client-connect';
import { sdkClientConfig, type AwsClientOptions } from './client-options.js';

/** Amazon Connect client: Contact Lens files name no customer, the contact's attributes do. */
const createConnectClient = (options: AwsClientOptions): ConnectClient =>
  new ConnectClient(sdkClientConfig(options));

export { createConnectClient };
