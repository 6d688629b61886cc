import { createHash } from 'node:crypto';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { Option, type Command } from 'commander';
import { withCaseLinks } from '../../shared/alerts/case-links.js';
import { DEFAULT_CONFIG_FILE } from '../../shared/config/load.js';
import { ENV, readRuntimeEnv } from '../../shared/config/env.js';
import { ConfigError } from '../../shared/errors.js';

interface ReplayOptions {
  readonly queue: 'signals' | 'alerts';
  readonly endpoint?: string;
  readonly region?: string;
  readonly dlqUrl?: string;
  readonly queueUrl?: string;
  readonly table?: string;
  readonly topicArns?: string;
  readonly config: string;
  readonly max: string;
}

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** The option's value, else the environment variable's, else a ConfigError naming both. */
const need = (value: string | undefined, option: string, variable: string): string => {
  if (value !== undefined && value !== '') return value;
  throw new ConfigError([{ path: option, message: `is required (or set ${variable})` }]);
};

/**
 * Moves every message of the signals DLQ back to the signals queue with its message group and
 * a new deduplication id (the original's would be dropped inside SQS's 5-minute window),
 * derived from the DLQ message id so a rerun after a crash does not enqueue it twice. Detection
 * is idempotent per source event, so a signal that did get through once changes nothing.
 */
const replaySignals = async (sqs: SQSClient, dlqUrl: string, queueUrl: string, max: number) => {
  const { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand } =
    await import('@aws-sdk/client-sqs');
  const fifo = queueUrl.endsWith('.fifo');
  const seen = new Set<string>();
  while (seen.size < max) {
    const page = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: dlqUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 0,
        VisibilityTimeout: 60,
        MessageSystemAttributeNames: ['MessageGroupId', 'MessageDeduplicationId'],
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = (page.Messages ?? []).filter((message) => !seen.has(message.MessageId ?? ''));
    if (messages.length === 0) break;
    for (const message of messages) {
      const id = message.MessageId ?? '';
      seen.add(id);
      const group = message.Attributes?.MessageGroupId;
      const dedupe = createHash('sha256').update(`replay:${id}`).digest('hex');
      await sqs.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: message.Body ?? '',
          MessageAttributes: message.MessageAttributes,
          ...(fifo ? { MessageGroupId: group ?? 'replay', MessageDeduplicationId: dedupe } : {}),
        }),
      );
      await sqs.send(
        new DeleteMessageCommand({ QueueUrl: dlqUrl, ReceiptHandle: message.ReceiptHandle }),
      );
      const reason = message.MessageAttributes?.reason?.StringValue;
      print(
        `replayed ${id}${group === undefined ? '' : ` (group ${group.slice(0, 12)})`}` +
          (reason === undefined ? '' : `, it failed with: ${reason}`),
      );
    }
  }
  print(`${String(seen.size)} signal(s) moved from ${dlqUrl} to ${queueUrl}`);
};

const replay = async (options: ReplayOptions): Promise<void> => {
  const env = readRuntimeEnv();
  const aws = {
    region: options.region ?? env.region,
    endpoint: options.endpoint ?? env.awsEndpoint,
  };
  const max = Number.parseInt(options.max, 10);
  const { createSqsClient } = await import('../../shared/aws/sqs.js');
  if (options.queue === 'signals') {
    const dlqUrl = need(options.dlqUrl ?? env.signalsDlqUrl, '--dlq-url', ENV.signalsDlqUrl);
    const queueUrl = need(
      options.queueUrl ?? env.signalsQueueUrl,
      '--queue-url',
      ENV.signalsQueueUrl,
    );
    const sqs = createSqsClient(aws);
    await replaySignals(sqs, dlqUrl, queueUrl, max).finally(() => {
      sqs.destroy();
    });
    return;
  }
  const dlqUrl = need(options.dlqUrl ?? env.alertsDlqUrl, '--dlq-url', ENV.alertsDlqUrl);
  const tableName = need(options.table ?? env.tableName, '--table', ENV.tableName);
  const topicArns =
    options.topicArns === undefined
      ? env.topicArns
      : readRuntimeEnv({ [ENV.topicArns]: options.topicArns }).topicArns;
  if (Object.keys(topicArns).length === 0) {
    throw new ConfigError([
      { path: '--topic-arns', message: `is required (or set ${ENV.topicArns})` },
    ]);
  }
  const [config, clients, alerts] = await Promise.all([
    import('../../shared/config/load.js').then(({ loadConfigFile }) =>
      loadConfigFile(options.config),
    ),
    alertClients(aws),
    Promise.all([
      import('../../shared/alerts/replay-alerts.js'),
      import('../../shared/alerts/dynamo-alert-markers.js'),
      import('../../shared/alerts/sns-alert-publisher.js'),
    ]),
  ]);
  const [{ replayAlertsDlq }, { DynamoAlertMarkers }, { SnsAlertPublisher }] = alerts;
  try {
    const summary = await replayAlertsDlq({
      ...clients,
      dlqUrl,
      tableName,
      config: withCaseLinks(config, env.consoleOrigin),
      topicArns,
      publisher: new SnsAlertPublisher({ client: clients.sns }),
      markers: new DynamoAlertMarkers({ client: clients.dynamo, tableName }),
      now: () => new Date(),
      log: print,
      maxMessages: max,
    });
    print(
      `${String(summary.replayed)} DLQ message(s) replayed, ${String(summary.kept)} kept; alerts: ` +
        `${String(summary.alerts.published)} published, ${String(summary.alerts.duplicate)} already sent, ` +
        `${String(summary.alerts.silent)} for tiers without alerts`,
    );
    if (summary.kept > 0) process.exitCode = 1;
  } finally {
    for (const client of Object.values(clients)) client.destroy();
  }
};

const alertClients = async (aws: { region: string; endpoint: string | undefined }) => {
  const [{ createSqsClient }, { createSnsClient }, { createDynamoDocumentClient }, options, sdk] =
    await Promise.all([
      import('../../shared/aws/sqs.js'),
      import('../../shared/aws/sns.js'),
      import('../../shared/aws/dynamodb.js'),
      import('../../shared/aws/client-options.js'),
      import('@aws-sdk/client-dynamodb-streams'),
    ]);
  return {
    sqs: createSqsClient(aws),
    sns: createSnsClient(aws),
    dynamo: createDynamoDocumentClient(aws),
    // Only the replay reads streams, so no factory in shared/aws builds this client.
    streams: new sdk.DynamoDBStreamsClient(options.sdkClientConfig(aws)),
  };
};

/** `advocacy replay-dlq --queue signals|alerts`: make parked work go through again. */
const registerReplayDlqCommand = (program: Command): void => {
  program
    .command('replay-dlq')
    .description(
      'replay a dead-letter queue: signals go back to the signals queue; failed alert batches are ' +
        're-read from the stream (or the table) and their alerts published, once',
    )
    .addOption(
      new Option('--queue <queue>', 'which DLQ')
        .choices(['signals', 'alerts'])
        .makeOptionMandatory(),
    )
    .option('--endpoint <url>', `AWS endpoint of an emulator (env ${ENV.awsEndpoint})`)
    .option('--region <region>', `AWS region (env ${ENV.region})`)
    .option('--dlq-url <url>', `the DLQ (env ${ENV.signalsDlqUrl} or ${ENV.alertsDlqUrl})`)
    .option('--queue-url <url>', `signals: where messages go back to (env ${ENV.signalsQueueUrl})`)
    .option('--table <name>', `alerts: the cases table (env ${ENV.tableName})`)
    .option('--topic-arns <json>', `alerts: tier -> topic ARN (env ${ENV.topicArns})`)
    .option('-c, --config <file>', 'alerts: configuration file', DEFAULT_CONFIG_FILE)
    .option('--max <n>', 'DLQ messages to handle at most', '1000')
    .action(replay);
};

export { registerReplayDlqCommand };
