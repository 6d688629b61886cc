import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { createDynamoDocumentClient } from '../../shared/aws/dynamodb.js';
import { createSqsClient } from '../../shared/aws/sqs.js';
import { DynamoCaseStore } from '../../shared/cases/dynamo-case-store.js';
import { DynamoCustomerStore } from '../../shared/cases/dynamo-customer-store.js';
import { createSignalIntake } from '../../shared/cases/signal-intake.js';
import { readFunctionEnv } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { routeCase } from '../../shared/routing/route.js';
import { createDetector } from '../../shared/scoring/detector.js';
import { createHandler } from './handler.js';
import { createSqsQuarantine } from './quarantine.js';

// Cold start: environment, configuration, clients and the detector's compiled phrase index,
// once per container.
const env = readFunctionEnv('detect');
const config = await loadRuntimeConfig(env.configFile);
const clients = { region: env.region, endpoint: env.awsEndpoint };
const client = createDynamoDocumentClient(clients);
const tableName = env.tableName;
const detector = createDetector(config.detection);

const handler = createHandler({
  intake: createSignalIntake({
    assess: (input) => detector.assess(input),
    route: (input) => routeCase(input, config),
    customers: new DynamoCustomerStore({ client, tableName }),
    store: new DynamoCaseStore({ client, tableName, retention: config.retention }),
  }),
  quarantine: createSqsQuarantine(createSqsClient(clients), env.signalsDlqUrl),
  metrics: new Metrics({ namespace: config.name, serviceName: 'detect' }),
  logger: new Logger({ serviceName: 'detect' }),
});

export { handler };
