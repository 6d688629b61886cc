import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import type { Construct } from 'constructs';
import { ENV } from '../shared/config/env.js';
import type { AdvocacyConfig } from '../shared/config/schema.js';
import {
  FUNCTION_NAMES,
  TOPOLOGY,
  triggerOf,
  type EnvKey,
  type FunctionName,
} from '../shared/config/topology.js';
import { AlertTopics, MANAGEMENT } from './constructs/alert-topics.js';
import { AdvocateSignIn } from './constructs/advocate-sign-in.js';
import { ChatChannels } from './constructs/chat-channels.js';
import { CasesTable } from './constructs/cases-table.js';
import { ConsoleApiRoutes } from './constructs/console-api-routes.js';
import { ConsoleSite } from './constructs/console-site.js';
import { ContactLensTrigger } from './constructs/contact-lens-trigger.js';
import { DataKey } from './constructs/data-key.js';
import { FailureQueue } from './constructs/failure-queue.js';
import { PipelineApi } from './constructs/pipeline-api.js';
import { PipelineFunction } from './constructs/pipeline-function.js';
import { PipelineMonitoring } from './constructs/pipeline-monitoring.js';
import { SignalsQueue } from './constructs/signals-queue.js';
import { WebhookSecrets } from './constructs/webhook-secrets.js';
import {
  acknowledgeBucketDeploymentHandler,
  acknowledgeBucketNotificationsHandler,
  acknowledgeGrantWildcardsAtSynth,
} from './nag-acknowledgements.js';
import { queueEventSource, streamEventSource } from './function-triggers.js';
import { contactLensSettings, webhookSources } from './stack-config.js';
import { buildConsoleAssets } from './console-assets.js';
import { addStackOutputs } from './stack-outputs.js';

interface AdvocacyStackProps extends StackProps {
  /** The validated configuration (shared/config): drives tiers, topics, sources and schedules. */
  readonly config: AdvocacyConfig;
  /** Folder with one `<name>/index.ts` per function. @default the repository's `functions/` */
  readonly functionsDir?: string;
  /** For the table and the data key. @default RemovalPolicy.RETAIN (tests and integ runs: DESTROY) */
  readonly removalPolicy?: RemovalPolicy;
}

const DEFAULT_FUNCTIONS_DIR = fileURLToPath(new URL('../functions/', import.meta.url));

/**
 * Ingest may call a platform's API (SurveyMonkey, Qualtrics) for the full response, bounded by
 * `ingest.apiTimeoutMs`; its own timeout leaves 5 s beyond that for verifying and enqueueing.
 */
const timeoutSeconds = (name: FunctionName, config: AdvocacyConfig): number => {
  const seconds = TOPOLOGY[name].timeoutSeconds;
  return name === 'ingest'
    ? Math.max(seconds, Math.ceil(config.ingest.apiTimeoutMs / 1000) + 5)
    : seconds;
};

/**
 * The whole pipeline in one stack, composed from the constructs in `constructs/`: webhooks ->
 * ingest -> FIFO signals queue -> detect -> cases table -> stream -> notify -> SNS per tier, plus
 * the cases API, the escalation sweep, the weekly review, alarms and a dashboard; and the advocate
 * console: CloudFront (assets from S3, pages from the console function), a user pool with a group
 * per tier, and a JWT authorizer on the console's routes.
 */
class AdvocacyStack extends Stack {
  public readonly dataKey: DataKey;
  public readonly casesTable: CasesTable;
  public readonly signalsQueue: SignalsQueue;
  public readonly alertsFailureQueue: FailureQueue;
  /** Only when Contact Lens is wired. */
  public readonly contactLensFailureQueue: FailureQueue | undefined;
  public readonly topics: AlertTopics;
  /** Slack and Microsoft Teams channel configurations, when any tier has chat channels. */
  public readonly chat: ChatChannels | undefined;
  public readonly secrets: WebhookSecrets;
  public readonly functions: ReadonlyMap<FunctionName, PipelineFunction>;
  public readonly api: PipelineApi;
  public readonly monitoring: PipelineMonitoring;
  public readonly consoleSite: ConsoleSite;
  public readonly signIn: AdvocateSignIn;
  public readonly consoleRoutes: ConsoleApiRoutes;

  constructor(scope: Construct, id: string, props: AdvocacyStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const contactLens = contactLensSettings(config);
    const hooks = webhookSources(config);

    this.dataKey = new DataKey(this, 'DataKey', { name: config.name, removalPolicy });
    const encryptionKey = this.dataKey.key;
    this.casesTable = new CasesTable(this, 'CasesTable', { encryptionKey, removalPolicy });
    this.signalsQueue = new SignalsQueue(this, 'Signals', {
      encryptionKey,
      maxReceiveCount: config.queue.maxReceiveCount,
      consumerTimeout: Duration.seconds(TOPOLOGY.detect.timeoutSeconds),
    });
    this.alertsFailureQueue = new FailureQueue(this, 'AlertsFailures', {
      encryptionKey,
      holds: "notify's stream batches",
    });
    this.contactLensFailureQueue =
      contactLens === undefined
        ? undefined
        : new FailureQueue(this, 'ContactLensFailures', {
            encryptionKey,
            holds: 'S3 events contactlens could not handle',
          });
    this.topics = new AlertTopics(this, 'Topics', {
      name: config.name,
      tiers: config.tiers,
      managementSubscriptions: config.management.subscriptions,
      opsEmail: config.opsEmail,
      encryptionKey,
    });
    this.chat =
      this.topics.chatTopics.size === 0
        ? undefined
        : new ChatChannels(this, 'Chat', {
            name: config.name,
            tiers: config.tiers,
            chatTopics: this.topics.chatTopics,
          });
    // The filtered subscriptions first: the channels then join them instead of making their own.
    this.chat?.node.addDependency(this.topics);
    this.secrets = new WebhookSecrets(this, 'WebhookSecrets', {
      name: config.name,
      sources: hooks,
      encryptionKey,
    });

    const table = this.casesTable.table;
    const queue = this.signalsQueue.queue;
    const dlq = this.signalsQueue.deadLetterQueue;
    const topicArns = this.topics.topicArns();
    const variables: Partial<Record<EnvKey, string>> = {
      tableName: table.tableName,
      signalsQueueUrl: queue.queueUrl,
      signalsDlqUrl: dlq.queueUrl,
      alertsDlqUrl: this.alertsFailureQueue.queue.queueUrl,
      topicArns: this.toJsonString(topicArns),
      secretArns: this.toJsonString(this.secrets.secretArns()),
    };
    // Review publishes only its report: it is told the management topic and no other.
    const reviewTopicArns = this.toJsonString({ [MANAGEMENT]: topicArns[MANAGEMENT] });
    const environmentOf = (name: FunctionName): Record<string, string> =>
      Object.fromEntries(
        TOPOLOGY[name].environment.map((key) => {
          const value = name === 'review' && key === 'topicArns' ? reviewTopicArns : variables[key];
          if (value === undefined) throw new Error(`the stack sets no ${ENV[key]} for ${name}`);
          return [ENV[key], value];
        }),
      );
    const functions = new Map<FunctionName, PipelineFunction>();
    for (const name of FUNCTION_NAMES) {
      const spec = TOPOLOGY[name];
      if (name === 'contactlens' && contactLens === undefined) continue;
      functions.set(
        name,
        new PipelineFunction(this, `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`, {
          name,
          functionsDir: props.functionsDir ?? DEFAULT_FUNCTIONS_DIR,
          config,
          description: spec.description,
          memorySize: spec.memoryMb,
          timeout: Duration.seconds(timeoutSeconds(name, config)),
          environment: environmentOf(name),
          logsKey: encryptionKey,
        }),
      );
    }
    this.functions = functions;
    const pipelineFunction = (name: FunctionName): PipelineFunction => {
      const found = functions.get(name);
      if (found === undefined) throw new Error(`function ${name} was not created`);
      return found;
    };
    const fn = (name: FunctionName): lambda.Function => pipelineFunction(name).function;

    // ingest: enqueue and read the signing secrets; it never touches the table.
    queue.grantSendMessages(fn('ingest'));
    this.secrets.grantRead(fn('ingest'));

    if (contactLens !== undefined && this.contactLensFailureQueue !== undefined) {
      queue.grantSendMessages(fn('contactlens'));
      // S3 invokes asynchronously: after Lambda's retries, the event is kept, not dropped.
      fn('contactlens').configureAsyncInvoke({
        retryAttempts: triggerOf('contactlens', 's3').retryAttempts,
        onFailure: new destinations.SqsDestination(this.contactLensFailureQueue.queue),
      });
      new ContactLensTrigger(this, 'ContactLens', { ...contactLens, function: fn('contactlens') });
    }

    table.grantReadWriteData(fn('detect'));
    dlq.grantSendMessages(fn('detect'));
    fn('detect').addEventSource(queueEventSource('detect', queue));

    table.grantReadWriteData(fn('notify'));
    fn('notify').addEventSource(
      // The cast: CDK declares optional attributes without `| undefined` (exactOptionalPropertyTypes).
      streamEventSource('notify', table as dynamodb.ITable, this.alertsFailureQueue.queue),
    );
    for (const topic of [...this.topics.tierTopics.values(), ...this.topics.chatTopics.values()]) {
      this.topics.restrictPublishers(topic, [pipelineFunction('notify').role]);
    }
    // Escalations past the last tier reach management through notify; review sends its report.
    this.topics.restrictPublishers(this.topics.managementTopic, [
      pipelineFunction('notify').role,
      pipelineFunction('review').role,
    ]);

    table.grantReadWriteData(fn('cases'));
    table.grantReadWriteData(fn('escalate'));
    table.grantReadData(fn('review'));
    // The console lists, shows and changes cases (the advocates' actions).
    table.grantReadWriteData(fn('console'));

    new events.Rule(this, 'EscalationSweep', {
      description: 'Escalates cases not acknowledged by their deadline',
      schedule: events.Schedule.rate(Duration.minutes(config.escalation.sweepMinutes)),
      targets: [
        new targets.LambdaFunction(fn('escalate'), {
          retryAttempts: triggerOf('escalate', 'schedule').retryAttempts,
        }),
      ],
    });
    new events.Rule(this, 'WeeklyReview', {
      description: 'Sends the management review',
      schedule: events.Schedule.expression(config.management.reviewSchedule),
      targets: [
        new targets.LambdaFunction(fn('review'), {
          retryAttempts: triggerOf('review', 'schedule').retryAttempts,
        }),
      ],
    });

    this.api = new PipelineApi(this, 'Http', {
      name: config.name,
      ingestFunction: fn('ingest'),
      casesFunction: fn('cases'),
      logsKey: encryptionKey,
    });
    this.consoleSite = new ConsoleSite(this, 'ConsoleSite', {
      name: config.name,
      api: this.api.api,
      assets: buildConsoleAssets(),
      removalPolicy,
      logsKey: encryptionKey,
    });
    const consoleOrigin = this.consoleSite.origin;
    this.signIn = new AdvocateSignIn(this, 'SignIn', {
      name: config.name,
      // Tiers that alert have advocates working their queues; the others are SOP queues that
      // management oversees.
      tierNames: config.tiers.filter((tier) => tier.alerts).map((tier) => tier.name),
      consoleOrigin,
      removalPolicy,
    });
    this.consoleRoutes = new ConsoleApiRoutes(this, 'ConsoleRoutes', {
      api: this.api.api,
      consoleFunction: fn('console'),
      userPool: this.signIn.userPool,
      client: this.signIn.client,
    });
    fn('console').addEnvironment(ENV.consoleOrigin, consoleOrigin);
    fn('console').addEnvironment(ENV.signInUrl, this.signIn.signInUrl);
    fn('console').addEnvironment(ENV.signInClientId, this.signIn.client.userPoolClientId);
    // Alerts link to the console's case pages unless the configuration names another base.
    fn('notify').addEnvironment(ENV.consoleOrigin, consoleOrigin);

    this.monitoring = new PipelineMonitoring(this, 'Monitoring', {
      name: config.name,
      metricsNamespace: config.name,
      opsTopic: this.topics.opsTopic,
      functions: new Map([...functions].map(([name, created]) => [name, created.function])),
      deadLetterQueues: new Map([
        ['SignalsDlq', dlq],
        ['AlertsFailureQueue', this.alertsFailureQueue.queue],
        ...(this.contactLensFailureQueue === undefined
          ? []
          : [['ContactLensFailureQueue', this.contactLensFailureQueue.queue] as const]),
      ]),
      streamConsumer: fn('notify'),
      api: this.api.api,
    });

    addStackOutputs(this, hooks);

    acknowledgeGrantWildcardsAtSynth(
      this,
      () => [...functions.values()].map((created) => created.role),
      table,
    );
    acknowledgeBucketNotificationsHandler(this);
    acknowledgeBucketDeploymentHandler(this, this.consoleSite.assetsBucket);
  }
}

export { AdvocacyStack, DEFAULT_FUNCTIONS_DIR };
export type { AdvocacyStackProps };
