import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerNormalizeCommand } from '../../../../bin/commands/normalize.js';
import { runCli } from '../../../../bin/commands/run-cli.js';
import { fixtureJson } from '../../../helpers/sources-fixtures.js';

const FIXTURES = 'test/fixtures/sources';
const RECEIVED_AT = '2026-11-21T18:00:00.000Z';

/** Runs `advocacy normalize` in this process and returns what it printed. */
const normalize = async (...args: string[]) => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => stdout.push(String(chunk)) > 0,
  );
  vi.spyOn(process.stderr, 'write').mockImplementation(
    (chunk: string | Uint8Array) => stderr.push(String(chunk)) > 0,
  );
  const program = new Command('advocacy');
  registerNormalizeCommand(program);
  await runCli(program, ['node', 'advocacy', 'normalize', '--received-at', RECEIVED_AT, ...args]);
  vi.restoreAllMocks();
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout: stdout.join(''), stderr: stderr.join(''), exitCode };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('advocacy normalize', () => {
  it.each([
    ['typeform', 'typeform.json'],
    ['delighted', 'delighted.json'],
    ['zendesk', 'zendesk.json'],
    ['intercom', 'intercom-replied.json'],
    ['generic', 'generic-survey.json'],
  ])('prints the same Signal for %s as ingest enqueues', async (source, file) => {
    const result = await normalize('--source', source, '--input', `${FIXTURES}/${file}`);

    expect(result.exitCode).toBeUndefined();
    expect(JSON.parse(result.stdout)).toEqual(fixtureJson(`expected/${source}.json`));
  });

  it('prints the Contact Lens Signal from a file, its S3 key and the contact attributes', async () => {
    const result = await normalize(
      '--source',
      'contactlens',
      '--input',
      `${FIXTURES}/contactlens-analysis.json`,
      '--key',
      'Analysis/Voice/Redacted/2026/11/21/0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90_analysis_redacted_2026-11-21T17:45:12Z.json',
      '--attributes',
      '{"customerId":"cus_4242","accountId":"acct_harbour","email":"caller@example.com"}',
    );

    expect(JSON.parse(result.stdout)).toEqual(fixtureJson('expected/contactlens.json'));
  });

  it('prints an acknowledged event that carries nothing to score', async () => {
    const result = await normalize(
      '--source',
      'intercom',
      '--input',
      `${FIXTURES}/intercom-ping.json`,
    );

    expect(JSON.parse(result.stdout)).toEqual({
      ignored: 'topic ping carries no customer feedback',
    });
  });

  it('exits 1 naming each bad field of an invalid body', async () => {
    const result = await normalize('--source', 'generic', '--input', `${FIXTURES}/typeform.json`);

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      "advocacy: generic webhook does not match the expected shape\n  type: Invalid discriminator value. Expected 'survey.response.completed' | 'conversation.completed'\n",
    );
  });

  it('exits 1 when the attributes are not a JSON object of strings', async () => {
    const result = await normalize(
      '--source',
      'contactlens',
      '--input',
      `${FIXTURES}/contactlens-analysis.json`,
      '--key',
      'k',
      '--attributes',
      '{"customerId": 7}',
    );

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('attributes.customerId: expected string, received number');
  });

  it('exits 1 for an unknown source', async () => {
    const result = await normalize('--source', 'myspace', '--input', `${FIXTURES}/typeform.json`);

    expect(result).toMatchObject({ exitCode: 1, stderr: 'advocacy: unknown source "myspace"\n' });
  });

  it('runs as the real command line, reading standard input', async () => {
    const run = promisify(execFile);
    const child = run(
      'npm',
      [
        'run',
        '--silent',
        'advocacy',
        '--',
        'normalize',
        '--source',
        'zendesk',
        '--received-at',
        RECEIVED_AT,
      ],
      {
        cwd: process.cwd(),
      },
    );
    child.child.stdin?.end(JSON.stringify(fixtureJson('zendesk.json')));

    const { stdout } = await child;

    expect(JSON.parse(stdout)).toEqual(fixtureJson('expected/zendesk.json'));
  });
});
