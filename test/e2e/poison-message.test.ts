import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { samplePayload } from '../../infra/local/samples.js';
import { ENV } from '../../shared/config/env.js';
import { signRequest } from '../../shared/sources/signing.js';
import { eventually, useLocalStack } from '../helpers/local-stack.js';

const local = useLocalStack();

const run = promisify(execFile);

/** Runs the real CLI against the local stack, as an operator would from another terminal. */
const advocacy = (...args: string[]) => {
  const stack = local.stack();
  return run('npm', ['run', '--silent', 'advocacy', '--', ...args], {
    env: {
      ...process.env,
      [ENV.awsEndpoint]: stack.awsEndpoint,
      [ENV.tableName]: stack.resources.tableName,
      [ENV.signalsQueueUrl]: stack.resources.signalsQueueUrl,
      [ENV.signalsDlqUrl]: stack.resources.signalsDlqUrl,
      [ENV.alertsDlqUrl]: stack.resources.alertsDlqUrl,
      [ENV.topicArns]: JSON.stringify(stack.resources.topicArns),
    },
  });
};

describe('a signal that fails detection every time', () => {
  it('lands in the signals DLQ after maxReceiveCount tries and is replayed by replay-dlq once fixed', async () => {
    // Prepare: detection fails on every try while DynamoDB is unreachable for the handlers.
    const tag = randomUUID().slice(0, 8);
    const now = new Date();
    const body = samplePayload(
      'generic',
      {
        id: `u-${tag}`,
        email: `p-${tag}@example.com`,
        name: 'Pat',
        accountId: `acct-${tag}`,
        accountName: `Poison ${tag}`,
        segment: 'strategic',
      },
      {
        responseId: `poison-${tag}`,
        nps: 0,
        comment:
          "Everything is down right now and we can't work at all. We are losing money every minute.",
        at: now,
      },
    );
    const { resources, config } = local.stack();
    local.stack().edge.block('dynamodb');

    // Act
    const signed = signRequest('generic', body, developmentSecret('generic'), now);
    const answer = await local.post('/webhooks/generic', signed.body, signed.headers);
    await eventually(
      async () => ((await local.queueDepth(resources.signalsDlqUrl)) === 1 ? true : undefined),
      60_000,
      'the signal in the DLQ',
    );
    const queuedBeforeFix = await local.queueDepth(resources.signalsQueueUrl);
    const failedTries = local.stack().detectStats().failedRecords;
    const casesBeforeFix = await local.casesOf(`account:acct-${tag}`);
    local.stack().edge.unblock('dynamodb');
    const replay = await advocacy('replay-dlq', '--queue', 'signals');
    const [opened] = await eventually(
      async () => {
        const cases = await local.casesOf(`account:acct-${tag}`);
        return cases.length > 0 ? cases : undefined;
      },
      30_000,
      'the replayed case',
    );
    const alerts = await local.waitForAlerts((alert) => alert.attributes.caseId === opened?.id, 2);

    // Assess
    expect(answer.status).toBe(202);
    expect(failedTries).toBe(config.queue.maxReceiveCount);
    expect(queuedBeforeFix).toBe(0);
    expect(casesBeforeFix).toEqual([]);
    expect(replay.stdout).toContain('1 signal(s) moved');
    expect(alerts.map((alert) => alert.subscription).sort()).toEqual(['pager', 'team-inbox']);
    expect(await local.queueDepth(resources.signalsDlqUrl)).toBe(0);
    expect(await local.queueDepth(resources.signalsQueueUrl)).toBe(0);
  });
});
