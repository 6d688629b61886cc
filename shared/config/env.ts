import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { toFieldIssues } from './issues.js';
import { TOPOLOGY, type FunctionName } from './topology.js';

/**
 * Environment variable names, spelled once: infra sets them (`addEnvironment`), the local stack
 * sets them, and `readRuntimeEnv` reads them. Only this file reads `process.env` in shared/.
 */
const ENV = {
  tableName: 'ADVOCACY_TABLE_NAME',
  signalsQueueUrl: 'ADVOCACY_SIGNALS_QUEUE_URL',
  signalsDlqUrl: 'ADVOCACY_SIGNALS_DLQ_URL',
  alertsDlqUrl: 'ADVOCACY_ALERTS_DLQ_URL',
  /** JSON object: tier name (and `management`) -> SNS topic ARN. */
  topicArns: 'ADVOCACY_TOPIC_ARNS',
  /** JSON object: source name -> Secrets Manager secret ARN. */
  secretArns: 'ADVOCACY_SECRET_ARNS',
  /** The console's origin (`https://<distribution domain>`): its sign-in redirects and alert links. */
  consoleOrigin: 'ADVOCACY_CONSOLE_ORIGIN',
  /** The user pool domain that signs advocates in to the console. */
  signInUrl: 'ADVOCACY_SIGN_IN_URL',
  /** The console's app client id at that user pool. */
  signInClientId: 'ADVOCACY_SIGN_IN_CLIENT_ID',
  /** Points every AWS client at an emulator (local stack, tests). Never set in AWS. */
  awsEndpoint: 'ADVOCACY_AWS_ENDPOINT',
  /** Configuration file for unbundled runs; deployed functions carry the configuration inlined. */
  configFile: 'ADVOCACY_CONFIG',
  region: 'AWS_REGION',
} as const;

/** Local-only: `ADVOCACY_SECRET_TYPEFORM` and so on hold signing secrets instead of Secrets Manager. */
const localSecretVariable = (source: string): string => `ADVOCACY_SECRET_${source.toUpperCase()}`;

const jsonRecord = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected a JSON object' });
      return z.NEVER;
    }
  })
  .pipe(z.record(z.string(), z.string()));

const RuntimeEnvSchema = z.object({
  [ENV.tableName]: z.string().min(1).optional(),
  [ENV.signalsQueueUrl]: z.string().min(1).optional(),
  [ENV.signalsDlqUrl]: z.string().min(1).optional(),
  [ENV.alertsDlqUrl]: z.string().min(1).optional(),
  [ENV.topicArns]: jsonRecord.optional(),
  [ENV.secretArns]: jsonRecord.optional(),
  [ENV.consoleOrigin]: z.url().optional(),
  [ENV.signInUrl]: z.url().optional(),
  [ENV.signInClientId]: z.string().min(1).optional(),
  [ENV.awsEndpoint]: z.url().optional(),
  [ENV.configFile]: z.string().min(1).optional(),
  [ENV.region]: z.string().min(1).default('us-east-1'),
});

interface RuntimeEnv {
  readonly tableName: string | undefined;
  readonly signalsQueueUrl: string | undefined;
  readonly signalsDlqUrl: string | undefined;
  readonly alertsDlqUrl: string | undefined;
  readonly topicArns: Readonly<Record<string, string>>;
  readonly secretArns: Readonly<Record<string, string>>;
  readonly consoleOrigin: string | undefined;
  readonly signInUrl: string | undefined;
  readonly signInClientId: string | undefined;
  readonly awsEndpoint: string | undefined;
  readonly configFile: string | undefined;
  readonly region: string;
}

/** Reads and validates the function environment once per cold start. */
const readRuntimeEnv = (env: NodeJS.ProcessEnv = process.env): RuntimeEnv => {
  const result = RuntimeEnvSchema.safeParse(env);
  if (!result.success) throw new ConfigError(toFieldIssues(result.error), 'environment');
  const values = result.data;
  return {
    tableName: values[ENV.tableName],
    signalsQueueUrl: values[ENV.signalsQueueUrl],
    signalsDlqUrl: values[ENV.signalsDlqUrl],
    alertsDlqUrl: values[ENV.alertsDlqUrl],
    topicArns: values[ENV.topicArns] ?? {},
    secretArns: values[ENV.secretArns] ?? {},
    consoleOrigin: values[ENV.consoleOrigin],
    signInUrl: values[ENV.signInUrl],
    signInClientId: values[ENV.signInClientId],
    awsEndpoint: values[ENV.awsEndpoint],
    configFile: values[ENV.configFile],
    region: values[ENV.region],
  };
};

/** The environment of one function: the variables its topology lists are known to be set. */
type FunctionEnv<N extends FunctionName> = RuntimeEnv & {
  readonly [K in (typeof TOPOLOGY)[N]['environment'][number]]: NonNullable<RuntimeEnv[K]>;
};

/**
 * Reads the environment of one function (shared/config/topology.ts lists what it needs) once per
 * cold start, failing with every variable that is missing rather than the first.
 */
const readFunctionEnv = <N extends FunctionName>(
  name: N,
  env: NodeJS.ProcessEnv = process.env,
): FunctionEnv<N> => {
  const values = readRuntimeEnv(env);
  const missing = TOPOLOGY[name].environment.filter((key) => values[key] === undefined);
  if (missing.length > 0)
    throw new ConfigError(
      missing.map((key) => ({ path: ENV[key], message: 'is required' })),
      'environment',
    );
  return values as FunctionEnv<N>;
};

/** Returns a required value or fails the cold start with the variable's name. */
const required = (value: string | undefined, name: string): string => {
  if (value === undefined)
    throw new ConfigError([{ path: name, message: 'is required' }], 'environment');
  return value;
};

export { ENV, localSecretVariable, readFunctionEnv, readRuntimeEnv, required };
export type { FunctionEnv, RuntimeEnv };
