import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellSafeDefine } from '../../../infra/constructs/pipeline-function.js';

/** What esbuild would receive: the define value after bash has parsed the bundling command. */
const throughBash = (define: string): string =>
  execFileSync('bash', ['-c', `printf '%s' --define:X=${define}`], { encoding: 'utf8' }).slice(
    '--define:X='.length,
  );

describe('shellSafeDefine', () => {
  it('reaches esbuild as the same JSON, whatever quotes and shell characters the configuration holds', () => {
    // Prepare: words an admin may well put in phrase lists.
    const value = { phrases: ["I'm done", 'cost me $500', '`rm -rf`', 'say "now"', 'a\\b', 'é’'] };

    // Act
    const received = throughBash(shellSafeDefine(value));

    // Assess
    expect(JSON.parse(received)).toEqual(value);
  });
});
