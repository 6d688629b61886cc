import { Logger } from '@aws-lambda-powertools/logger';
import { caseStoreFor } from '../../shared/cases/dynamo-case-store.js';
import { createCaseService } from '../../shared/casework/case-service.js';
import { readFunctionEnv } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { createHandler } from './handler.js';

// Cold start: environment, configuration and clients once per container.
const env = readFunctionEnv('cases');
const config = await loadRuntimeConfig(env.configFile);
const store = caseStoreFor(env, config.retention);

/** The cases API's Lambda entry point. */
export const handler = createHandler({
  service: createCaseService({ store, now: () => new Date() }),
  logger: new Logger({ serviceName: 'cases' }),
});
