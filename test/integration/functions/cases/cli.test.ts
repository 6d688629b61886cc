import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoCaseStore } from '../../../../shared/cases/dynamo-case-store.js';
import type { AdvocacyCase } from '../../../../shared/cases/model.js';
import { seedCase } from '../../../fixtures/casework/seed-cases.js';
import { exampleConfig } from '../../../helpers/config.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();
const run = promisify(execFile);

// The CLI as people run it: a fresh process through npm, against the same DynamoDB Local table.
const advocacy = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'advocacy', '--', ...args], {
      env: { ...process.env, ADVOCACY_ACTOR: 'cli-ana' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('advocacy cases (CLI) against DynamoDB Local', () => {
  let target: string[];
  let seeded: AdvocacyCase;

  beforeAll(async () => {
    const config = await exampleConfig();
    const tableName = await dynamo.freshTable();
    const store = new DynamoCaseStore({
      client: dynamo.client(),
      tableName,
      retention: { rawTextDays: 90, assessmentDays: 90 },
    });
    seeded = await seedCase(store, config, {
      account: 'cli',
      now: new Date('2026-11-18T15:00:00Z'),
    });
    target = ['--endpoint', dynamo.endpoint(), '--table', tableName];
  });

  it('lists the queue as a table and as JSON', async () => {
    const table = await advocacy('cases', 'list', '--tier', 'advocates', ...target);
    const json = await advocacy('cases', 'list', '--tier', 'advocates', '--json', ...target);

    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+STATUS\s+URGENT\s+TIER\s+CUSTOMER/);
    expect(table.stdout).toContain(`${seeded.id}  open    URGENT  advocates  Customer cli`);
    expect(table.stdout).toContain('2026-11-18 15:30 OVERDUE');
    expect(
      (JSON.parse(json.stdout) as { items: { id: string }[] }).items.map((item) => item.id),
    ).toEqual([seeded.id]);
  });

  it('acknowledges a case, then shows it with its timeline', async () => {
    const acknowledged = await advocacy(
      'cases',
      'acknowledge',
      seeded.id,
      '--summary',
      'orders blocked',
      '--criterion',
      'orders flow',
      '--criterion',
      'postmortem shared',
      '--expected-version',
      '1',
      '--json',
      ...target,
    );
    const shown = await advocacy('cases', 'show', seeded.id, ...target);

    expect(acknowledged.code).toBe(0);
    expect(JSON.parse(acknowledged.stdout)).toMatchObject({
      status: 'engaged',
      version: 2,
      successCriteria: ['orders flow', 'postmortem shared'],
    });
    expect(shown.stdout).toContain('status:         engaged');
    expect(shown.stdout).toMatch(/acknowledged\s+cli-ana/);
    expect(shown.stdout).toContain('business_impact: "we cannot take orders since this morning"');
  });

  it('prints one line naming the state for an invalid transition and exits 1', async () => {
    const result = await advocacy(
      'cases',
      'close',
      seeded.id,
      '--customer-agreed',
      '--note',
      'x',
      ...target,
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'advocacy: cannot close a case that is engaged; allowed from resolved\n',
    );
  });
});
