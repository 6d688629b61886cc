import { loadConfigFile } from '../../shared/config/load.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';

let cached: Promise<AdvocacyConfig> | undefined;

/** The validated example configuration at the repository root, loaded once per test file. */
const exampleConfig = (): Promise<AdvocacyConfig> =>
  (cached ??= loadConfigFile('advocacy.config.ts'));

export { exampleConfig };
