import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../errors.js';
import { toFieldIssues } from './issues.js';
import { AdvocacyConfigSchema, type AdvocacyConfig } from './schema.js';

/** The configuration file used when none is named: the documented example at the repository root. */
const DEFAULT_CONFIG_FILE = 'advocacy.config.ts';

/** Validates a configuration object; throws ConfigError naming every bad path. */
const parseConfig = (input: unknown, file?: string): AdvocacyConfig => {
  // Parsed once per process: generating zod's compiled fast path for each object schema would
  // cost more than it saves (a tenth of the command line's start).
  const result = AdvocacyConfigSchema.safeParse(input, { jitless: true });
  if (!result.success) throw new ConfigError(toFieldIssues(result.error), file);
  return result.data;
};

/**
 * Loads and validates a configuration file: `.json`, or a TypeScript/JavaScript module whose
 * default export is the configuration (run through tsx, as every npm script here is).
 */
const loadConfigFile = async (file: string = DEFAULT_CONFIG_FILE): Promise<AdvocacyConfig> => {
  const path = resolve(file);
  let input: unknown;
  try {
    if (extname(path) === '.json') {
      input = JSON.parse(await readFile(path, 'utf8'));
    } else {
      const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
      input = module.default;
    }
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new ConfigError(
      [{ path: '(file)', message: `cannot read configuration: ${reason}` }],
      file,
    );
  }
  return parseConfig(input, file);
};

declare const __ADVOCACY_CONFIG__: unknown;

/**
 * The configuration of a deployed function. CDK validates the file at synth time and esbuild
 * inlines the result as `__ADVOCACY_CONFIG__` (see infra), so a Lambda never reads a file and a
 * config change is a code change that `cdk deploy` rolls out. Outside a bundle (local stack,
 * tests) the file named by ADVOCACY_CONFIG is used instead.
 */
const loadRuntimeConfig = async (configFile: string | undefined): Promise<AdvocacyConfig> =>
  typeof __ADVOCACY_CONFIG__ === 'undefined'
    ? loadConfigFile(configFile ?? DEFAULT_CONFIG_FILE)
    : parseConfig(__ADVOCACY_CONFIG__, 'bundled configuration');

export { DEFAULT_CONFIG_FILE, loadConfigFile, loadRuntimeConfig, parseConfig };
