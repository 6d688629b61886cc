import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { samplePayload } from '../../infra/local/samples.js';
import { signRequest } from '../../shared/sources/signing.js';
import { eventually, sleep, useLocalStack } from '../helpers/local-stack.js';

// A long retry window (0.5 s doubling up to 10 s, 14 retries: about two minutes), so the outage
// ends well before the stream mapping would give up on the batch.
const local = useLocalStack({
  streamRetry: { backoffMs: 500, maxBackoffMs: 10_000, retryAttempts: 14 },
});

const postUrgent = async (tag: string): Promise<number> => {
  const now = new Date();
  const body = samplePayload(
    'generic',
    {
      id: `u-${tag}`,
      email: `it-${tag}@example.com`,
      name: 'Kim Lee',
      accountId: `acct-${tag}`,
      accountName: `Outage ${tag}`,
      segment: 'strategic',
    },
    {
      responseId: `outage-${tag}`,
      nps: 0,
      comment:
        "Our checkout is down right now and we can't take a single payment. We are losing money every minute.",
      at: now,
    },
  );
  const signed = signRequest('generic', body, developmentSecret('generic'), now);
  const answer = await local.post('/webhooks/generic', signed.body, signed.headers);
  return answer.status;
};

describe('an SNS outage', () => {
  it('delays alerts while SNS is unreachable, then delivers every one exactly once', async () => {
    // Prepare
    const tags = [1, 2, 3].map(() => randomUUID().slice(0, 8));
    local.stack().edge.block('sns');

    // Act
    const statuses = await Promise.all(tags.map(postUrgent));
    const caseIds = await Promise.all(
      tags.map((tag) =>
        eventually(async () => {
          const [opened] = await local.casesOf(`account:acct-${tag}`);
          return typeof opened?.id === 'string' ? opened.id : undefined;
        }),
      ),
    );
    await sleep(3000);
    const duringOutage = local
      .stack()
      .alerts()
      .filter((alert) => caseIds.includes(alert.attributes.caseId ?? ''));
    local.stack().edge.unblock('sns');
    await local.waitForAlerts(
      (alert) => caseIds.includes(alert.attributes.caseId ?? ''),
      2 * caseIds.length,
      120_000,
    );
    await sleep(3000);

    // Assess
    expect(statuses).toEqual([202, 202, 202]);
    expect(duringOutage).toEqual([]);
    const delivered = local
      .stack()
      .alerts()
      .filter((alert) => caseIds.includes(alert.attributes.caseId ?? ''));
    const perCaseAndInbox = delivered.map(
      (alert) => `${alert.attributes.caseId ?? ''}/${alert.subscription}`,
    );
    expect(perCaseAndInbox.sort()).toEqual(
      caseIds.flatMap((id) => [`${id}/pager`, `${id}/team-inbox`]).sort(),
    );
    expect(await local.queueDepth(local.stack().resources.alertsDlqUrl)).toBe(0);
  });
});
