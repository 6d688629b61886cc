import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createSecretsManagerClient } from '../../shared/aws/secrets.js';
import { createSqsClient } from '../../shared/aws/sqs.js';
import { localSecretVariable, readFunctionEnv } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { createFetchPlatformApi } from '../../shared/sources/platform-api.js';
import { SecretsManagerSecretProvider } from '../../shared/sources/secrets-manager-secret-provider.js';
import { EnvSecretProvider } from '../../shared/sources/source-secret.js';
import { SqsSignalQueue } from '../../shared/sources/sqs-signal-queue.js';
import { createHandler } from './handler.js';

// Cold-start wiring: environment, configuration and clients once per container.
const env = readFunctionEnv('ingest');
const config = await loadRuntimeConfig(env.configFile);
const clientOptions = { region: env.region, endpoint: env.awsEndpoint };
// Deployed functions get ADVOCACY_SECRET_ARNS from infra; the local stack sets per-source
// variables (ADVOCACY_SECRET_TYPEFORM, ...) instead, having no Secrets Manager.
const secrets =
  Object.keys(env.secretArns).length > 0
    ? new SecretsManagerSecretProvider({
        client: createSecretsManagerClient(clientOptions),
        secretArns: env.secretArns,
      })
    : new EnvSecretProvider(process.env, localSecretVariable);

const handler = createHandler({
  sources: config.sources,
  ingest: config.ingest,
  secrets,
  queue: new SqsSignalQueue(createSqsClient(clientOptions), env.signalsQueueUrl),
  api: createFetchPlatformApi({ timeoutMs: config.ingest.apiTimeoutMs }),
  now: () => new Date(),
  logger: new Logger({ serviceName: 'advocacy-ingest' }),
  metrics: new Metrics({ namespace: config.name, serviceName: 'ingest' }),
});

export { handler };
