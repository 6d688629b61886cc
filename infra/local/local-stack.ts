import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoDocumentClient } from '../../shared/aws/dynamodb.js';
import { createSnsClient } from '../../shared/aws/sns.js';
import { createSqsClient } from '../../shared/aws/sqs.js';
import { ensureCasesTable } from '../../shared/cases/create-table.js';
import { loadConfigFile } from '../../shared/config/load.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { consoleCasesUrl } from '../../shared/console/paths.js';
import { buildConsoleAssets } from '../console-assets.js';
import { apiRequestListener } from './api-server.js';
import { createConsoleGateway } from './console-gateway.js';
import { writeLocalConfig } from './local-config.js';
import { createStreamsClient } from './aws-clients.js';
import { startAwsEdge, type AwsEdge } from './aws-edge.js';
import { localSecrets, localToken, type LocalSecret } from './dev-secrets.js';
import { startDynamoDbLocal, type DynamoDbLocalJvm } from './emulators/dynamodb-local.js';
import { startSnsSqsEmulator } from './emulators/fauxqs.js';
import { startEventSources } from './event-sources.js';
import type { EdgeObserver } from './edge-observer.js';
import { loadFunction, observeInvocations, type InvocationObserver } from './functions.js';
import { startInboxCollector, type DeliveredAlert } from './inbox.js';
import { closeServer, listenOnLoopback } from './listen.js';
import { assertPortsFree, type LocalPorts } from './ports.js';
import { createMessagingResources, type LocalResources } from './resources.js';
import { applyFunctionEnvironment, functionEnvironment } from './runtime-env.js';
import type { StreamRetryPolicy } from './stream-batch.js';

const REGION = 'us-east-1';

interface LocalStackOptions {
  readonly configFile: string;
  readonly ports: LocalPorts;
  /** Folder for DynamoDB data; in memory when absent. */
  readonly dataDir?: string | undefined;
  /** DynamoDB Local's JVM tuning: fast start (tests, demo) or throughput (`npm start`, load bench). */
  readonly dynamodbJvm?: DynamoDbLocalJvm;
  /** Visibility timeout of the signals queue: how long a failed signal waits before its retry. */
  readonly visibilityTimeoutSeconds?: number;
  /** Escalation sweep period; the configuration's sweepMinutes when absent, never when 0. */
  readonly sweepIntervalMs?: number;
  readonly streamRetry?: Partial<StreamRetryPolicy>;
  /** Stand-ins for AWS services no emulator covers, by signing name (tests: `connect`). */
  readonly standIns?: Readonly<Record<string, string>>;
  readonly env?: NodeJS.ProcessEnv;
  readonly log?: (line: string) => void;
  readonly onAlert?: (alert: DeliveredAlert) => void;
  /** Sees every request a handler makes to AWS through the edge (the cost meter). */
  readonly edgeObserver?: EdgeObserver;
  /** Told every handler invocation and its duration (the cost meter). */
  readonly onInvocation?: InvocationObserver;
}

interface LocalStack {
  readonly config: AdvocacyConfig;
  readonly apiUrl: string;
  /** The one AWS endpoint of the handlers (ADVOCACY_AWS_ENDPOINT), also good for the CLI. */
  readonly awsEndpoint: string;
  readonly dynamodbEndpoint: string;
  readonly fauxqsEndpoint: string;
  readonly token: string;
  readonly secrets: readonly LocalSecret[];
  readonly resources: LocalResources;
  readonly edge: AwsEdge;
  readonly clients: {
    readonly dynamo: DynamoDBDocumentClient;
    readonly sqs: SQSClient;
    readonly sns: SNSClient;
  };
  readonly alerts: () => readonly DeliveredAlert[];
  /** The signals mapping's counters: detect invocations and records it failed. */
  readonly detectStats: () => { readonly invocations: number; readonly failedRecords: number };
  stop(): Promise<void>;
}

/**
 * Starts the whole pipeline on this machine: the emulators, the stack's resources from the
 * configuration, the HTTP API through the real handlers, and the event source mappings and
 * schedule that AWS would run. `stop()` undoes it all in reverse order; if start fails halfway,
 * what was started is stopped before the error is rethrown.
 */
const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const stops: (() => Promise<void>)[] = [];
  const stop = async (): Promise<void> => {
    for (const step of stops.splice(0).reverse()) await step().catch(() => undefined);
  };
  try {
    await assertPortsFree(options.ports);
    // The API listens first, so that alerts can link to this stack's console pages and no other
    // process can take its port while the rest starts; it answers once its routes are attached.
    const server = createServer();
    const apiPort = await listenOnLoopback(server, options.ports.api, 'the HTTP API', 'PORT');
    const closeApi = (): Promise<void> => closeServer(server);
    stops.push(closeApi);
    const configFile = await writeLocalConfig(resolve(options.configFile), {
      caseLinkBaseUrl: consoleCasesUrl(`http://127.0.0.1:${apiPort}`),
    });
    stops.push(() => rm(dirname(configFile), { recursive: true, force: true }));
    const config = await loadConfigFile(configFile);
    const dynamodb = await startDynamoDbLocal({
      ...(options.ports.dynamodb === 0 ? {} : { port: options.ports.dynamodb }),
      ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
      ...(options.dynamodbJvm === undefined ? {} : { jvm: options.dynamodbJvm }),
    });
    stops.push(() => dynamodb.stop());
    const messaging = await startSnsSqsEmulator(
      options.ports.fauxqs === 0 ? undefined : options.ports.fauxqs,
    );
    stops.push(() => messaging.stop());
    const edge = await startAwsEdge(
      {
        dynamodb: dynamodb.endpoint,
        messaging: messaging.endpoint,
        ...(options.standIns === undefined ? {} : { standIns: options.standIns }),
      },
      options.ports.aws,
      options.edgeObserver,
    );
    stops.push(() => edge.stop());
    if (options.onInvocation !== undefined) {
      observeInvocations(options.onInvocation);
      stops.push(() => {
        observeInvocations(undefined);
        return Promise.resolve();
      });
    }

    const dynamo = createDynamoDocumentClient({ region: REGION, endpoint: dynamodb.endpoint });
    const sqs = createSqsClient({ region: REGION, endpoint: messaging.endpoint });
    const sns = createSnsClient({ region: REGION, endpoint: messaging.endpoint });
    const streams = createStreamsClient({ region: REGION, endpoint: dynamodb.endpoint });
    stops.push(() => {
      for (const client of [dynamo, sqs, sns, streams]) client.destroy();
      return Promise.resolve();
    });

    const tableName = `${config.name}-cases`;
    await ensureCasesTable(dynamo, tableName);
    const resources: LocalResources = {
      tableName,
      ...(await createMessagingResources({ sqs, sns }, config, {
        visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30,
      })),
    };
    const secrets = localSecrets(config, options.env);
    applyFunctionEnvironment(
      functionEnvironment({
        resources,
        awsEndpoint: edge.endpoint,
        configFile,
        region: REGION,
        secrets: Object.fromEntries(secrets.map((secret) => [secret.source, secret.value])),
        env: options.env ?? process.env,
      }),
    );

    const inbox = startInboxCollector(sqs, resources.inboxes, options.onAlert ?? (() => undefined));
    stops.push(() => inbox.stop());
    const sources = await startEventSources({
      config,
      resources,
      region: REGION,
      clients: { dynamo, sqs, streams },
      messagingEndpoint: messaging.endpoint,
      dataDir: options.dataDir,
      streamRetry: options.streamRetry,
      sweepMs: options.sweepIntervalMs ?? config.escalation.sweepMinutes * 60_000,
      log,
    });
    stops.push(() => sources.stop());

    const token = localToken(options.env);
    server.on(
      'request',
      apiRequestListener({
        functionFor: loadFunction,
        token,
        localRoutes: { '/local/alerts': () => inbox.alerts() },
        log,
        console: createConsoleGateway({ token, assets: buildConsoleAssets() }),
      }),
    );
    // Once started, stopping closes the API first, while the handlers' emulators still answer.
    stops.splice(stops.indexOf(closeApi), 1);
    stops.push(closeApi);

    return {
      config,
      apiUrl: `http://127.0.0.1:${apiPort}`,
      awsEndpoint: edge.endpoint,
      dynamodbEndpoint: dynamodb.endpoint,
      fauxqsEndpoint: messaging.endpoint,
      token,
      secrets,
      resources,
      edge,
      clients: { dynamo, sqs, sns },
      alerts: () => inbox.alerts(),
      detectStats: sources.detectStats,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};

export { REGION, startLocalStack };
export type { LocalStack, LocalStackOptions };
