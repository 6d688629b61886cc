import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';
import { ConfigError } from '../../shared/errors.js';
import type { LocalStackOptions } from './local-stack.js';

/** Where `npm start` keeps DynamoDB data between runs (git-ignored). */
const DATA_DIR = '.local/dynamodb';

const USAGE = `Usage: npm start -- [--in-memory] [--config FILE] [--sweep-seconds N]

  --in-memory        keep DynamoDB data in memory (default: persisted under ${DATA_DIR})
  --config FILE      configuration file (default: ${DEFAULT_CONFIG_FILE})
  --sweep-seconds N  run the escalation sweep every N seconds (default: escalation.sweepMinutes)

Environment: PORT (3000), DYNAMODB_PORT (8000), FAUXQS_PORT (4566), AWS_PORT (4567),
ADVOCACY_SECRET_<SOURCE> (signing secrets), ADVOCACY_LOCAL_TOKEN (cases API token),
ADVOCACY_SWEEP_SECONDS (same as --sweep-seconds).`;

const port = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65_535)
    throw new ConfigError(
      [{ path: name, message: `expected a port number, got "${text}"` }],
      'environment',
    );
  return value;
};

const seconds = (text: string | undefined, name: string): number | undefined => {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new ConfigError([
      { path: name, message: `expected a positive number of seconds, got "${text}"` },
    ]);
  return value;
};

/** Parses `npm start` flags and environment into the local stack's options (or the usage text). */
const parseStartOptions = (
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): { help: string } | { options: LocalStackOptions } => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'in-memory': { type: 'boolean', default: false },
      config: { type: 'string', default: env.ADVOCACY_CONFIG ?? DEFAULT_CONFIG_FILE },
      'sweep-seconds': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return { help: USAGE };
  const sweep = seconds(values['sweep-seconds'] ?? env.ADVOCACY_SWEEP_SECONDS, '--sweep-seconds');
  return {
    options: {
      configFile: values.config,
      ports: {
        api: port(env, 'PORT', 3000),
        dynamodb: port(env, 'DYNAMODB_PORT', 8000),
        fauxqs: port(env, 'FAUXQS_PORT', 4566),
        aws: port(env, 'AWS_PORT', 4567),
      },
      dataDir: values['in-memory'] ? undefined : DATA_DIR,
      ...(sweep === undefined ? {} : { sweepIntervalMs: sweep * 1000 }),
      env,
    },
  };
};

export { DATA_DIR, parseStartOptions, USAGE };
