import { ENV, localSecretVariable } from '../../shared/config/env.js';
import type { LocalResources } from './resources.js';

interface FunctionEnvironment {
  readonly resources: LocalResources;
  /** The single AWS endpoint (the edge) every handler client uses. */
  readonly awsEndpoint: string;
  readonly configFile: string;
  readonly region: string;
  /** Source name -> signing secret value. */
  readonly secrets: Readonly<Record<string, string>>;
  /** Where the user's POWERTOOLS_* choices come from. */
  readonly env: NodeJS.ProcessEnv;
}

/**
 * The environment variables infra gives the deployed functions, with local values: resource
 * names from the emulators, the edge as ADVOCACY_AWS_ENDPOINT, the configuration file (deployed
 * functions carry it inlined), and ADVOCACY_SECRET_<SOURCE> in place of Secrets Manager.
 * Powertools stays quiet on the console unless the user asked otherwise.
 */
const functionEnvironment = (input: FunctionEnvironment): Record<string, string> => {
  const variables: Record<string, string> = {
    [ENV.tableName]: input.resources.tableName,
    [ENV.signalsQueueUrl]: input.resources.signalsQueueUrl,
    [ENV.signalsDlqUrl]: input.resources.signalsDlqUrl,
    [ENV.alertsDlqUrl]: input.resources.alertsDlqUrl,
    [ENV.topicArns]: JSON.stringify(input.resources.topicArns),
    [ENV.awsEndpoint]: input.awsEndpoint,
    [ENV.configFile]: input.configFile,
    [ENV.region]: input.region,
    POWERTOOLS_LOG_LEVEL: input.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
    POWERTOOLS_METRICS_DISABLED: input.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    POWERTOOLS_SERVICE_NAME: 'advocacy-local',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  };
  for (const [source, secret] of Object.entries(input.secrets))
    variables[localSecretVariable(source)] = secret;
  return variables;
};

/**
 * Sets the variables on this process before any handler module is imported: the handlers run
 * in-process and read `process.env` once at their cold start, as they do in Lambda.
 */
const applyFunctionEnvironment = (variables: Readonly<Record<string, string>>): void => {
  Object.assign(process.env, variables);
};

export { applyFunctionEnvironment, functionEnvironment };
export type { FunctionEnvironment };
