import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CreateTopicCommand, SubscribeCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/review/handler.js';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import { SnsReviewPublisher } from '../../../../shared/casework/review-publisher.js';
import { loadReviewInput } from '../../../../shared/casework/review-source.js';
import type { Review } from '../../../../shared/casework/review-model.js';
import type { AdvocacyConfig } from '../../../../shared/config/schema.js';
import { SEEDED_WEEK, seedWeek } from '../../../fixtures/casework/seeded-week.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';
import { useFauxqs } from '../../../helpers/fauxqs.js';

const dynamo = useDynamoDbLocal();
const fauxqs = useFauxqs();
const run = promisify(execFile);

describe('weekly review against DynamoDB Local and the SNS emulator', () => {
  let config: AdvocacyConfig;
  let store: DynamoCaseStore;
  let tableName: string;

  beforeAll(async () => {
    config = await exampleConfig();
    tableName = await dynamo.freshTable();
    store = new DynamoCaseStore({
      client: dynamo.client(),
      tableName,
      retention: { rawTextDays: 90, assessmentDays: 90 },
    });
    await seedWeek(store, config);
  });

  it("publishes last week's review to the management topic with exact medians and breaches", async () => {
    // Prepare: the management topic with a queue subscribed, standing in for the e-mail.
    const snsClient = fauxqs.sns();
    const sqsClient = fauxqs.sqs();
    const { TopicArn } = await snsClient.send(new CreateTopicCommand({ Name: 'management' }));
    const QueueUrl = await fauxqs.createQueue('head-of-cs');
    const { Attributes } = await sqsClient.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    await snsClient.send(
      new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: Attributes?.QueueArn }),
    );
    const handle = createHandler({
      load: (period) =>
        loadReviewInput(
          store,
          config.tiers.map((tier) => tier.name),
          period,
        ),
      tiers: config.tiers,
      publisher: new SnsReviewPublisher({ client: snsClient, topicArn: TopicArn ?? '' }),
      logger: { info: () => undefined },
      now: () => new Date(),
    });

    // Act: the Monday 07:00 UTC schedule.
    const summary = await handle({ time: '2026-11-23T07:00:00Z' });

    // Assess
    expect(summary).toEqual({
      from: '2026-11-16T00:00:00.000Z',
      to: '2026-11-23T00:00:00.000Z',
      opened: SEEDED_WEEK.opened,
      breaches: SEEDED_WEEK.breaches,
      recurrences: 0,
    });
    const { Messages } = await sqsClient.send(
      new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 2 }),
    );
    const envelope = JSON.parse(Messages?.[0]?.Body ?? '{}') as {
      Subject: string;
      Message: string;
    };
    expect(envelope.Subject).toBe('Customer Advocacy review, 2026-11-16 to 2026-11-22');
    expect(envelope.Message).toContain(
      'Cases opened in the period: **5** (5 urgent), closed since: **3**, SLA breaches: **2**',
    );
    expect(envelope.Message).toContain('| all | 5 | 4 | 15 min | 40 min |');
    expect(envelope.Message).not.toContain('<svg');
  });

  it('computes the same figures through `advocacy review --format json`', async () => {
    // Act
    const { stdout } = await run('npm', [
      'run',
      '--silent',
      'advocacy',
      '--',
      'review',
      '--from',
      '2026-11-16',
      '--to',
      '2026-11-22',
      '--format',
      'json',
      '--endpoint',
      dynamo.endpoint(),
      '--table',
      tableName,
    ]);

    // Assess
    const review = JSON.parse(stdout) as Review;
    expect(review.acknowledgement.overall).toEqual({
      count: 4,
      medianMinutes: SEEDED_WEEK.ackMedian,
      p90Minutes: SEEDED_WEEK.ackP90,
    });
    expect(review.closing.overall).toEqual({
      count: SEEDED_WEEK.closed,
      medianMinutes: SEEDED_WEEK.closeMedian,
      p90Minutes: SEEDED_WEEK.closeP90,
    });
    expect(review.breaches).toHaveLength(SEEDED_WEEK.breaches);
    expect(review.bySource).toEqual([{ key: 'zendesk', count: 5 }]);
    expect(review.byStatus).toEqual([
      { key: 'closed', count: 3 },
      { key: 'engaged', count: 1 },
      { key: 'open', count: 1 },
    ]);
  });

  it('renders Markdown with an inline SVG chart', async () => {
    const { stdout } = await run('npm', [
      'run',
      '--silent',
      'advocacy',
      '--',
      'review',
      '--from',
      '2026-11-16',
      '--to',
      '2026-11-22',
      '--endpoint',
      dynamo.endpoint(),
      '--table',
      tableName,
    ]);

    expect(stdout).toMatch(/^# Customer Advocacy review, 2026-11-16 to 2026-11-22/);
    expect(stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(stdout).toContain('## Time to acknowledge');
  });
});
