import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The launcher as users run it: a fresh Node process on bin/advocacy.js, which imports the CLI
// from the bundle cached in node_modules/.cache/advocacy.
const POINTER = join('node_modules', '.cache', 'advocacy', 'cli.json');

const help = (): number | null =>
  spawnSync(process.execPath, ['bin/advocacy.js', '--help'], { encoding: 'utf8' }).status;

const builtOutput = (): string =>
  (JSON.parse(readFileSync(POINTER, 'utf8')) as { output: string }).output;

describe('bin/advocacy.js', () => {
  it('reuses the cached bundle while its sources are unchanged', () => {
    // Prepare
    expect(help()).toBe(0);
    const first = builtOutput();
    // Act
    const status = help();
    // Assess
    expect(status).toBe(0);
    expect(builtOutput()).toBe(first);
  });

  it('rebuilds the bundle after one of its sources changed', () => {
    // Prepare
    expect(help()).toBe(0);
    const before = builtOutput();
    const source = join('bin', 'commands', 'rules.ts');
    const { atime, mtime } = statSync(source);
    utimesSync(source, atime, new Date(mtime.getTime() + 1000));
    try {
      // Act
      const status = help();
      // Assess
      expect(status).toBe(0);
      expect(builtOutput()).not.toBe(before);
    } finally {
      utimesSync(source, atime, mtime);
    }
  });
});
