import { Logger } from '@aws-lambda-powertools/logger';
import { createConnectClient } from '../../shared/aws/connect.js';
import { createS3Client } from '../../shared/aws/s3.js';
import { createSqsClient } from '../../shared/aws/sqs.js';
import { readFunctionEnv } from '../../shared/config/env.js';
import { loadRuntimeConfig } from '../../shared/config/runtime-config.js';
import { ConnectContactAttributesReader } from '../../shared/sources/connect-contact-attributes-reader.js';
import { S3AnalysisFileReader } from '../../shared/sources/s3-analysis-file-reader.js';
import { SqsSignalQueue } from '../../shared/sources/sqs-signal-queue.js';
import { createHandler } from './handler.js';

// Cold-start wiring: environment, configuration and clients once per container.
const env = readFunctionEnv('contactlens');
const config = await loadRuntimeConfig(env.configFile);
const options = config.sources.contactlens;
const clientOptions = { region: env.region, endpoint: env.awsEndpoint };

const handler = createHandler({
  options,
  files: new S3AnalysisFileReader(createS3Client(clientOptions)),
  contacts: new ConnectContactAttributesReader(
    createConnectClient(clientOptions),
    options.connectInstanceId,
  ),
  queue: new SqsSignalQueue(createSqsClient(clientOptions), env.signalsQueueUrl),
  now: () => new Date(),
  logger: new Logger({ serviceName: 'advocacy-contactlens' }),
});

export { handler };
