import { ConfigError } from '../errors.js';
import { toFieldIssues } from './issues.js';
import { AdvocacyConfigSchema, type AdvocacyConfig } from './schema.js';

declare const __ADVOCACY_CONFIG__: string;

/**
 * The configuration of a deployed function. CDK loads the file at synth time with every check
 * (load.ts) and esbuild inlines the result as the JSON text `__ADVOCACY_CONFIG__` (see infra), so
 * a Lambda never reads a file and a config change is a code change that `cdk deploy` rolls out.
 *
 * Only its shape is checked again here. The checks against the detector's built-in rules ran at
 * synth, and leaving them out keeps the rules and word lists out of every function that does not
 * score. The define makes the `typeof` test a constant, so esbuild drops the other branch, and
 * load.ts with it, from a bundle. Outside a bundle (local stack, tests) the file named by
 * ADVOCACY_CONFIG is loaded with every check.
 */
const loadRuntimeConfig = async (configFile: string | undefined): Promise<AdvocacyConfig> => {
  if (typeof __ADVOCACY_CONFIG__ === 'undefined') {
    const { DEFAULT_CONFIG_FILE, loadConfigFile } = await import('./load.js');
    return loadConfigFile(configFile ?? DEFAULT_CONFIG_FILE);
  }
  const bundled: unknown = JSON.parse(__ADVOCACY_CONFIG__);
  const result = AdvocacyConfigSchema.safeParse(bundled, { jitless: true });
  if (!result.success) throw new ConfigError(toFieldIssues(result.error), 'bundled configuration');
  return result.data;
};

export { loadRuntimeConfig };
