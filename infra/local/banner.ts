import type { DeliveredAlert } from './inbox.js';
import type { LocalStack } from './local-stack.js';

/** What `npm start` prints once the stack is up: where to send webhooks, with which secrets. */
const startBanner = (stack: LocalStack, dataDir: string | undefined): string => {
  const webhooks = stack.secrets.map(
    (secret) =>
      `  ${`${stack.apiUrl}/webhooks/${secret.source}`.padEnd(48)} secret ${secret.value}` +
      (secret.fromEnvironment ? ` (from ADVOCACY_SECRET_${secret.source.toUpperCase()})` : ''),
  );
  const defaults = stack.secrets.some((secret) => !secret.fromEnvironment)
    ? ['  (development secrets; set ADVOCACY_SECRET_<SOURCE> to use your own)']
    : [];
  return [
    '',
    `Advocacy pipeline running locally (${stack.config.name})`,
    '',
    'Webhooks (POST, signed as each platform signs):',
    ...webhooks,
    ...defaults,
    '',
    'Cases API (Authorization: Bearer <token>):',
    `  ${stack.apiUrl}/cases    token ${stack.token}`,
    '',
    'Advocate console (sign in with the token above; alerts link here):',
    `  ${stack.apiUrl}/console/`,
    '',
    'Advocate inbox (every alert delivered to a subscription):',
    `  ${stack.apiUrl}/local/alerts`,
    '',
    'AWS endpoint for the CLI (advocacy cases, replay-dlq, ...):',
    `  export ADVOCACY_AWS_ENDPOINT=${stack.awsEndpoint} ADVOCACY_TABLE_NAME=${stack.resources.tableName}`,
    `  export ADVOCACY_SIGNALS_QUEUE_URL=${stack.resources.signalsQueueUrl}`,
    `  export ADVOCACY_SIGNALS_DLQ_URL=${stack.resources.signalsDlqUrl}`,
    `  export ADVOCACY_ALERTS_DLQ_URL=${stack.resources.alertsDlqUrl}`,
    // Replayed alerts link to this stack's console, as the ones notify sends do.
    `  export ADVOCACY_CONSOLE_ORIGIN=${stack.apiUrl}`,
    `  DynamoDB Local ${stack.dynamodbEndpoint} (${dataDir === undefined ? 'in memory' : `data in ${dataDir}`}), fauxqs ${stack.fauxqsEndpoint}`,
    '',
    'Try it: npm run demo    Stop: Ctrl-C',
    '',
  ].join('\n');
};

/** One alert on the console, as it reaches a subscription. */
const alertLine = (alert: DeliveredAlert): string =>
  `[alert] ${alert.tier}/${alert.subscription} ${alert.attributes.urgency ?? ''} ${alert.subject ?? ''}`.replace(
    /\s+/g,
    ' ',
  );

export { alertLine, startBanner };
