import type { AdvocacyConfig } from '../../../shared/config/schema.js';
import { exampleConfig } from '../../helpers/config.js';

/** The example configuration with Contact Lens wired to a bucket and an instance (all seven functions). */
const withContactLens = async (): Promise<AdvocacyConfig> => {
  const config = structuredClone(await exampleConfig());
  config.sources.contactlens = {
    ...config.sources.contactlens,
    enabled: true,
    bucketName: 'amazon-connect-example-bucket',
    connectInstanceId: '11111111-2222-3333-4444-555555555555',
  };
  return config;
};

export { withContactLens };
