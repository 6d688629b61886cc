import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { upgradeItems } from '../../../../shared/cases/dynamo-item-upgrades.js';
import { useDynamoDbLocal } from '../../../helpers/dynamodb.js';

const dynamo = useDynamoDbLocal();

const RECORDED = '2026-11-01T10:00:00.000Z';
const DAY = 86_400;

// Items as versions before December 2026 wrote them: every assessment copied into the month
// index, none expiring.
const oldAssessment = (signalId: string, caseId?: string) => ({
  pk: `SIGNAL#${signalId}`,
  sk: 'ASSESSMENT',
  entity: 'assessment',
  signalId,
  recordedAt: RECORDED,
  openCase: caseId !== undefined,
  ...(caseId === undefined ? {} : { caseId }),
  gsi4pk: 'ASSESSMENTS#2026-11',
  gsi4sk: `${RECORDED}#${signalId}`,
});

let tableName: string;

const put = (item: Record<string, unknown>) =>
  dynamo.client().send(new PutCommand({ TableName: tableName, Item: item }));
const get = async (pk: string, sk: string) =>
  (await dynamo.client().send(new GetCommand({ TableName: tableName, Key: { pk, sk } }))).Item;

beforeEach(async () => {
  tableName = await dynamo.freshTable();
  await put(oldAssessment('typeform:caseless'));
  await put(oldAssessment('typeform:on-a-case', 'case-1'));
  await put({
    pk: 'SIGNAL#typeform:current',
    sk: 'ASSESSMENT',
    entity: 'assessment',
    recordedAt: RECORDED,
    expiresAt: 1,
  });
  await put({
    pk: 'CASE#case-1',
    sk: 'CASE',
    entity: 'case',
    gsi4pk: 'MONTH#2026-11',
    gsi4sk: 'x',
  });
});

describe('upgradeItems', () => {
  it('gives caseless assessments their expiry and takes every assessment out of the month index', async () => {
    // Act
    const dryRun = await upgradeItems(dynamo.client(), tableName, {
      assessmentDays: 90,
      dryRun: true,
    });
    const untouched = await get('SIGNAL#typeform:caseless', 'ASSESSMENT');
    const first = await upgradeItems(dynamo.client(), tableName, {
      assessmentDays: 90,
      dryRun: false,
    });
    const again = await upgradeItems(dynamo.client(), tableName, {
      assessmentDays: 90,
      dryRun: false,
    });

    // Assess
    expect(dryRun).toEqual({ scanned: 3, upgraded: 2 });
    expect(untouched?.gsi4pk).toBe('ASSESSMENTS#2026-11');
    expect(first).toEqual({ scanned: 3, upgraded: 2 });
    expect(again).toEqual({ scanned: 3, upgraded: 0 });
    const caseless = await get('SIGNAL#typeform:caseless', 'ASSESSMENT');
    expect(caseless?.expiresAt).toBe(Date.parse(RECORDED) / 1000 + 90 * DAY);
    expect(caseless?.gsi4pk).toBeUndefined();
    expect(caseless?.gsi4sk).toBeUndefined();
    const onACase = await get('SIGNAL#typeform:on-a-case', 'ASSESSMENT');
    expect(onACase?.expiresAt).toBeUndefined();
    expect(onACase?.gsi4pk).toBeUndefined();
    expect((await get('SIGNAL#typeform:current', 'ASSESSMENT'))?.expiresAt).toBe(1);
    expect((await get('CASE#case-1', 'CASE'))?.gsi4pk).toBe('MONTH#2026-11');
  });

  it('runs as `advocacy migrate`, a dry run first', async () => {
    // Act: the command as an admin runs it, a fresh process through npm.
    const target = ['--endpoint', dynamo.endpoint(), '--table', tableName];
    const run = promisify(execFile);
    const dry = await run('npm', [
      'run',
      '--silent',
      'advocacy',
      '--',
      'migrate',
      '--dry-run',
      ...target,
    ]);
    const real = await run('npm', ['run', '--silent', 'advocacy', '--', 'migrate', ...target]);

    // Assess
    expect(dry.stdout).toContain('3 assessments read');
    expect(dry.stdout).toContain('2 would be brought up to date');
    expect(real.stdout).toContain('2 brought up to date');
    expect((await get('SIGNAL#typeform:caseless', 'ASSESSMENT'))?.gsi4pk).toBeUndefined();
  });
});
