import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI runs as users run it: a fresh Node process on bin/advocacy.js (the cached bundle),
// reading stdin or a file.
const run = (
  args: readonly string[],
  stdin = '',
): { stdout: string; stderr: string; status: number | null } => {
  const result = spawnSync(process.execPath, ['bin/advocacy.js', 'score', ...args], {
    input: stdin,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
};

const folder = mkdtempSync(join(tmpdir(), 'advocacy-score-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const line = (id: string, text: string, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ id, kind: 'survey', text, rating: null, turns: [], ...extra });

describe('advocacy score', () => {
  it('writes one assessment per JSON line, in input order', () => {
    // Prepare
    const input = [
      line('a', 'We are switching to another bank.'),
      line('b', 'Lovely, thanks!'),
    ].join('\n');
    // Act
    const { stdout, status } = run([], input);
    // Assess
    const out = stdout
      .trim()
      .split('\n')
      .map((text) => JSON.parse(text) as { id: string; openCase: boolean });
    expect(out.map((assessment) => [assessment.id, assessment.openCase])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(status).toBe(0);
  });

  it('ends quietly with success when its reader stops early, as `| head` does', async () => {
    // Prepare: more output than a pipe holds, so writing meets the closed pipe
    const input = join(folder, 'many.jsonl');
    const many = Array.from({ length: 20_000 }, (_, n) => line(`m-${String(n)}`, 'Fine, thanks.'));
    writeFileSync(input, `${many.join('\n')}\n`);
    const child = spawn(process.execPath, ['bin/advocacy.js', 'score', '--input', input]);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    // Act: read the first piece of output, then close the pipe
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'close')) as [number | null];
    // Assess
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('names bad lines on stderr, keeps going and exits 1', () => {
    // Prepare
    const input = [
      line('a', 'fine'),
      'not json',
      '{"kind":"survey","text":"no id"}',
      line('d', 'ok'),
    ].join('\n');
    // Act
    const { stdout, stderr, status } = run([], input);
    // Assess
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stderr).toContain('line 2: not JSON');
    expect(stderr).toContain(
      'line 3: id: an id (or a Signal source and sourceEventId) is required',
    );
    expect(status).toBe(1);
  });

  it.each([
    [
      '{"id":"b","kind":"survey","rating":{"value":9,"scale":"csat"}}',
      'rating.value: rating value outside its scale',
    ],
    [
      '{"id":"c","kind":"transcript","turns":[{"role":"bot","text":"hi"}]}',
      'turns[0].role: Invalid option: expected one of "customer"|"agent"',
    ],
    [
      '{"id":"d","kind":"survey","expect":{"openCase":"yes","urgent":false,"triggers":[]}}',
      'expect.openCase: expected boolean, received string',
    ],
    ['{"id":"","kind":"survey"}', 'id: Too small: expected string to have >=1 characters'],
    [
      '{"id":"f","kind":"review","text":null}',
      'kind: Invalid option: expected one of "survey"|"transcript"; text: expected string, received null',
    ],
    ['[1]', '(root): expected object, received array'],
    [
      '{"id":"i","kind":"transcript","turns":[{"role":"customer","text":"x","at":"yesterday"}]}',
      'turns[0].at: Invalid ISO datetime',
    ],
  ])('names what is wrong with %s exactly as the schema does', (bad, message) => {
    // Prepare
    const input = [line('a', 'fine'), bad].join('\n');
    // Act
    const { stdout, stderr, status } = run([], input);
    // Assess
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe(`line 2: ${message}\n`);
    expect(status).toBe(1);
  });

  it('reads timestamped transcript turns through the schema and scores them', () => {
    // Prepare
    const turns = [{ role: 'customer', text: 'We will sue.', at: '2026-11-20T10:00:00Z' }];
    const input = JSON.stringify({ id: 't', kind: 'transcript', turns });
    // Act
    const { stdout, status } = run([], input);
    // Assess
    expect(JSON.parse(stdout)).toMatchObject({ id: 't', openCase: true });
    expect(status).toBe(0);
  });

  it('explains which rules matched, which guard dropped a match, the tone and the decision', () => {
    // Prepare
    const input = line('x', "We're switching to another bank. I would never sue you.");
    // Act
    const { stdout, status } = run(['--explain'], input);
    // Assess
    expect(status).toBe(0);
    expect(stdout).toContain('x: opens a case, not urgent');
    expect(stdout).toMatch(
      /trigger {2}churn_threat \[churn\.[a-z-]+\] "switching to another bank"/,
    );
    expect(stdout).toMatch(/negated +legal\.sue legal_threat "sue"/);
    expect(stdout).toContain('tone: sum');
    expect(stdout).toContain('- opens a case: churn_threat');
  });

  it('prints ids and customer words for a terminal: no escape, bidi override or half emoji', () => {
    // Prepare
    const words = `This is the worst xx${' terrible 🇬🇧🇬🇧🇬🇧'.repeat(12)} awful \u001b]0;pwned\u0007`;
    const input = line('id\u202Eevil\u200B\u001b[2J', words);
    // Act
    const { stdout, status } = run(['--explain'], input);
    // Assess
    expect(status).toBe(0);
    expect(stdout).toMatch(/^idevil \[2J: opens a case/);
    expect(stdout.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u202a-\u202e\u200b]/u);
    expect(stdout).not.toMatch(/\p{Cs}/u);
  });

  it('writes JSON lines a terminal shows as they are: C1 controls and bidi characters escaped', () => {
    // Prepare
    const input = line(
      'id\u202Eevil\u009B2J',
      'This is the worst service \u009B31m\u2066ever\u2028.',
    );
    // Act
    const { stdout, status } = run([], input);
    // Assess
    expect(status).toBe(0);
    expect(stdout.trimEnd()).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u2028]/u);
    const assessment = JSON.parse(stdout) as { id: string; triggers: { evidence: string }[] };
    expect(assessment.id).toBe('id\u202Eevil\u009B2J');
    expect(assessment.triggers[0]?.evidence).toBe('worst');
  });

  it('prints agreement figures with --eval', () => {
    // Prepare
    const file = join(folder, 'labelled.jsonl');
    const expectCase = { expect: { openCase: true, urgent: false, triggers: ['legal_threat'] } };
    writeFileSync(file, `${line('a', 'My solicitor will be in touch.', expectCase)}\n`);
    // Act
    const { stdout, status } = run(['--input', file, '--eval']);
    // Assess
    expect(stdout).toContain('openCase precision  100.0%');
    expect(stdout).toContain('trigger micro-F1    100.0%');
    expect(status).toBe(0);
  });

  it('scores a CSV export and summarizes on stderr', () => {
    // Prepare
    const file = join(folder, 'export.csv');
    writeFileSync(
      file,
      'id,comment,nps\n1,"Utterly appalling, cancel our contract",0\n2,Great,10\n3,Bad row,eleven\n' +
        '4,Bad row,\u001b]8;;https://evil.example\u0007CLICK\u001b[2J\n',
    );
    // Act
    const { stdout, stderr, status } = run([
      '--format',
      'csv',
      '--input',
      file,
      '--rating-column',
      'nps',
      '--id-column',
      'id',
    ]);
    // Assess
    expect(
      stdout
        .trim()
        .split('\n')
        .map((text) => (JSON.parse(text) as { id: string }).id),
    ).toEqual(['1', '2']);
    expect(stderr).toContain('row 3: rating "eleven" is not a valid nps value');
    expect(stderr).toContain(
      'row 4: rating "]8;;https://evil.example CLICK [2J" is not a valid nps value',
    );
    expect(stderr).not.toContain('\u001b');
    expect(stderr).toContain('2 rows scored, 2 bad, 1 would open a case (0 urgent)');
    expect(status).toBe(1);
  });
});
