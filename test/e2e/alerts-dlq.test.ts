import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { samplePayload } from '../../infra/local/samples.js';
import { ENV } from '../../shared/config/env.js';
import { signRequest } from '../../shared/sources/signing.js';
import { eventually, sleep, useLocalStack } from '../helpers/local-stack.js';

// One retry only, so the stream mapping gives up on the batch while SNS is still unreachable
// and sends the batch's metadata to the alerts failure queue, as the deployed mapping would.
const local = useLocalStack({ streamRetry: { retryAttempts: 1, backoffMs: 100 } });

const run = promisify(execFile);

/** The command's output; it exits 1 while it keeps a message for a later run, which is expected here. */
const replayAlerts = async (): Promise<string> => {
  const stack = local.stack();
  const result = await run(
    'npm',
    ['run', '--silent', 'advocacy', '--', 'replay-dlq', '--queue', 'alerts'],
    {
      env: {
        ...process.env,
        [ENV.awsEndpoint]: stack.awsEndpoint,
        [ENV.tableName]: stack.resources.tableName,
        [ENV.alertsDlqUrl]: stack.resources.alertsDlqUrl,
        [ENV.topicArns]: JSON.stringify(stack.resources.topicArns),
        [ENV.consoleOrigin]: stack.apiUrl,
      },
    },
  ).catch((error: unknown) => error as { stdout: string; stderr: string });
  return `${result.stdout}${result.stderr}`;
};

describe('alerts the stream mapping gave up on', () => {
  it('reach the alerts failure queue and go out with advocacy replay-dlq --queue alerts', async () => {
    // Prepare
    const tag = randomUUID().slice(0, 8);
    const now = new Date();
    const body = samplePayload(
      'generic',
      {
        id: `u-${tag}`,
        email: `d-${tag}@example.com`,
        name: 'Noor Haddad',
        accountId: `acct-${tag}`,
        accountName: `Dlq ${tag}`,
        segment: 'strategic',
      },
      {
        responseId: `dlq-${tag}`,
        nps: 0,
        comment:
          "Our whole site is down right now and we can't take any orders. We are losing money every minute.",
        at: now,
      },
    );
    const signed = signRequest('generic', body, developmentSecret('generic'), now);
    const { resources } = local.stack();
    local.stack().edge.block('sns');

    // Act
    const answer = await local.post('/webhooks/generic', signed.body, signed.headers);
    await eventually(
      async () => ((await local.queueDepth(resources.alertsDlqUrl)) > 0 ? true : undefined),
      60_000,
      'the failed batch in the alerts failure queue',
    );
    const [opened] = await local.casesOf(`account:acct-${tag}`);
    local.stack().edge.unblock('sns');
    const output = await replayAlerts();
    const alerts = await local.waitForAlerts((alert) => alert.attributes.caseId === opened?.id, 2);
    await sleep(2000);

    // Assess
    expect(answer.status).toBe(202);
    expect(output).toMatch(/replayed .*shard/);
    expect(alerts.map((alert) => alert.subscription).sort()).toEqual(['pager', 'team-inbox']);
    expect(
      local
        .stack()
        .alerts()
        .filter((alert) => alert.attributes.caseId === opened?.id),
    ).toHaveLength(2);
    expect(await local.queueDepth(resources.alertsDlqUrl)).toBe(0);
  });
});
