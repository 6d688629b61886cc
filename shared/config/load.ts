import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, type FieldIssue } from '../errors.js';
import { detectionIssues } from '../scoring/rule-set.js';
import { DetectionSchema, type DetectionConfig } from './detection-schema.js';
import { formatPath, toFieldIssues } from './issues.js';
import { AdvocacyConfigSchema, type AdvocacyConfig } from './schema.js';

/** The configuration file used when none is named: the documented example at the repository root. */
const DEFAULT_CONFIG_FILE = 'advocacy.config.ts';

/** The `detection` section of an input that failed as a whole, when that section is valid itself. */
const detectionOf = (input: unknown): DetectionConfig | undefined => {
  const section =
    typeof input === 'object' && input !== null && 'detection' in input
      ? input.detection
      : undefined;
  return DetectionSchema.safeParse(section ?? {}).data;
};

/** Problems of a valid detection section against the detector's built-in rules. */
const ruleIssuesOf = (detection: DetectionConfig | undefined): FieldIssue[] =>
  detection === undefined
    ? []
    : detectionIssues(detection).map(({ path, message }) => ({
        path: formatPath(['detection', ...path]),
        message,
      }));

/**
 * Validates a configuration object, its detection phrases and rule ids against the built-in
 * rules included (checked whenever the section is valid itself, so one run names every problem);
 * throws ConfigError naming every bad path.
 */
const parseConfig = (input: unknown, file?: string): AdvocacyConfig => {
  // Parsed once per process: generating zod's compiled fast path for each object schema would
  // cost more than it saves (a tenth of the command line's start).
  const result = AdvocacyConfigSchema.safeParse(input, { jitless: true });
  const issues = [
    ...(result.success ? [] : toFieldIssues(result.error)),
    ...ruleIssuesOf(result.success ? result.data.detection : detectionOf(input)),
  ];
  if (!result.success || issues.length > 0) throw new ConfigError(issues, file);
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

export { DEFAULT_CONFIG_FILE, loadConfigFile, parseConfig };
