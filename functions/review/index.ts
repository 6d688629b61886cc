import { Logger } from '@aws-lambda-powertools/logger';
import { createDynamoDocumentClient } from '../../shared/aws/dynamodb.js';
import { createSnsClient } from '../../shared/aws/sns.js';
import { DynamoCaseStore } from '../../shared/cases/dynamo-case-store.js';
import { SnsReviewPublisher } from '../../shared/casework/review-publisher.js';
import { loadReviewInput } from '../../shared/casework/review-source.js';
import { ENV, readFunctionEnv, required } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { createHandler } from './handler.js';

// Cold start: environment, configuration and clients once per container.
const env = readFunctionEnv('review');
const config = await loadRuntimeConfig(env.configFile);
const clientOptions = { region: env.region, endpoint: env.awsEndpoint };
const store = new DynamoCaseStore({
  client: createDynamoDocumentClient(clientOptions),
  tableName: env.tableName,
  retention: config.retention,
});
const tierNames = config.tiers.map((tier) => tier.name);

/** The weekly review's Lambda entry point (EventBridge rule on management.reviewSchedule). */
export const handler = createHandler({
  load: (period) => loadReviewInput(store, tierNames, period),
  tiers: config.tiers,
  publisher: new SnsReviewPublisher({
    client: createSnsClient(clientOptions),
    topicArn: required(env.topicArns.management, `${ENV.topicArns}.management`),
  }),
  logger: new Logger({ serviceName: 'review' }),
  now: () => new Date(),
});
