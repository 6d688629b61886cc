// Section 3 of `npm run bench`: the size of every Lambda handler bundle, built the way infra
// builds it (esbuild, minified, node24, ESM, createRequire banner, the validated example
// configuration inlined as __ADVOCACY_CONFIG__, as infra inlines it).
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { esbuildDefine } from '../../infra/constructs/pipeline-function.js';
import { exampleConfig } from '../helpers/config.js';
import { kilobytes, type BenchReport } from './report.js';

const ESM_REQUIRE_BANNER =
  "import { createRequire as __advocacyCreateRequire } from 'node:module'; const require = __advocacyCreateRequire(import.meta.url);";

const run = async (): Promise<BenchReport> => {
  const config = esbuildDefine(await exampleConfig());
  const entries = existsSync('functions')
    ? readdirSync('functions')
        .map((name) => join('functions', name, 'index.ts'))
        .filter((file) => existsSync(file))
        .sort()
    : [];
  const lines: string[] = [];
  for (const entry of entries) {
    try {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        platform: 'node',
        target: 'node24',
        format: 'esm',
        mainFields: ['module', 'main'],
        banner: { js: ESM_REQUIRE_BANNER },
        define: { __ADVOCACY_CONFIG__: config },
        write: false,
        outfile: 'index.mjs',
        logLevel: 'silent',
      });
      const size = result.outputFiles.reduce((total, file) => total + file.contents.byteLength, 0);
      lines.push(`${entry}: ${kilobytes(size)}`);
    } catch (error) {
      lines.push(
        `${entry}: build failed (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)})`,
      );
    }
  }
  return {
    title: 'Lambda handler bundles (as infra builds them)',
    lines: lines.length === 0 ? ['no functions/*/index.ts yet'] : lines,
  };
};

export { run };
