import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'advocacy-app-'));

/** Runs the CDK app as the CLI does: context in CDK_CONTEXT_JSON, assembly into CDK_OUTDIR. */
const runApp = (context: Record<string, unknown>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CDK_CONTEXT_JSON: JSON.stringify(context),
      CDK_OUTDIR: join(folder, 'cdk.out'),
    },
  });

describe('infra/app.ts', () => {
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
  });

  it('fails fast with one line per configuration problem, each naming its path', () => {
    // Prepare
    const file = join(folder, 'bad.config.json');
    writeFileSync(file, JSON.stringify({ segments: [] }));

    // Act
    const run = runApp({ config: file });

    // Assess
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: segments: Too small: expected array to have >=1 items`);
    expect(run.stderr).toContain(`${file}: tiers: expected array, received undefined`);
  });
});
