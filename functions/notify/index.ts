import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { withCaseLinks } from '../../shared/alerts/case-links.js';
import { DynamoAlertMarkers } from '../../shared/alerts/dynamo-alert-markers.js';
import { SnsAlertPublisher } from '../../shared/alerts/sns-alert-publisher.js';
import { createDynamoDocumentClient } from '../../shared/aws/dynamodb.js';
import { createSnsClient } from '../../shared/aws/sns.js';
import { readFunctionEnv } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { createHandler } from './handler.js';

// Cold start: environment, configuration and clients once per container.
const env = readFunctionEnv('notify');
const config = await loadRuntimeConfig(env.configFile);
const clientOptions = { region: env.region, endpoint: env.awsEndpoint };
const metrics = new Metrics({ namespace: config.name, serviceName: 'notify' });

/** The notify function's Lambda entry point (DynamoDB stream of the cases table). */
export const handler = createHandler({
  config: withCaseLinks(config, env.consoleOrigin),
  topicArns: env.topicArns,
  publisher: new SnsAlertPublisher({ client: createSnsClient(clientOptions) }),
  markers: new DynamoAlertMarkers({
    client: createDynamoDocumentClient(clientOptions),
    tableName: env.tableName,
  }),
  now: () => new Date(),
  metrics: {
    addMetric: (name, unit, value) => {
      metrics.addMetric(name, MetricUnit[unit], value);
    },
    // A batch of non-alerting items records nothing; publishing then would only log a warning.
    publishStoredMetrics: () => {
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    },
  },
  logger: new Logger({ serviceName: 'notify' }),
});
