import { runInNewContext } from 'node:vm';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildDefine } from '../../../infra/constructs/pipeline-function.js';

/** What a bundle sees: the define substituted by esbuild, then the module evaluated. */
const inlined = (define: string): unknown => {
  const { code } = transformSync('module.exports = __ADVOCACY_CONFIG__;', {
    define: { __ADVOCACY_CONFIG__: define },
    format: 'cjs',
  });
  const sandbox = { module: { exports: undefined as unknown } };
  runInNewContext(code, sandbox);
  return sandbox.module.exports;
};

describe('esbuildDefine', () => {
  it('inlines the configuration as its JSON text, whatever quotes and symbols it holds', () => {
    // Prepare: words an admin may well put in phrase lists.
    const value = {
      phrases: ["I'm done", 'cost me $500', '`now`', 'say "now"', 'a\\b', 'é’'],
      n: 5,
    };

    // Act
    const received = JSON.parse(inlined(esbuildDefine(value)) as string) as unknown;

    // Assess
    expect(received).toEqual(value);
  });
});
