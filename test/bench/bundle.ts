// Section 2 of `npm run bench`: the scorer alone, bundled as a Lambda would carry it (esbuild,
// minified, platform node, ESM, everything bundled), its size and its import time over an empty
// script, each timed in fresh Node processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { kilobytes, median, type BenchReport } from './report.js';

const RUNS = 9;
const ESM_REQUIRE_BANNER =
  "import { createRequire as __advocacyCreateRequire } from 'node:module'; const require = __advocacyCreateRequire(import.meta.url);";

/** Wall time of a fresh `node file`, in milliseconds. */
const timeProcess = (file: string): number => {
  const start = performance.now();
  const result = spawnSync(process.execPath, [file], { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`node ${file} exited with ${String(result.status)}`);
  return performance.now() - start;
};

const run = async (): Promise<BenchReport> => {
  const folder = mkdtempSync(join(tmpdir(), 'advocacy-bench-'));
  try {
    const result = await build({
      entryPoints: ['shared/scoring/detector.ts'],
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node24',
      format: 'esm',
      banner: { js: ESM_REQUIRE_BANNER },
      outfile: join(folder, 'scorer.mjs'),
      logLevel: 'silent',
    });
    if (result.errors.length > 0) throw new Error('esbuild failed');
    const bundle = join(folder, 'scorer.mjs');
    const size = Buffer.byteLength(
      await import('node:fs/promises').then((fs) => fs.readFile(bundle)),
    );
    const empty = join(folder, 'empty.mjs');
    const importer = join(folder, 'import.mjs');
    writeFileSync(empty, '');
    writeFileSync(importer, "await import('./scorer.mjs');\n");
    const emptyTimes: number[] = [];
    const importTimes: number[] = [];
    // Interleaved, so drift in machine load hits both sides alike.
    for (let index = 0; index < RUNS; index += 1) {
      emptyTimes.push(timeProcess(empty));
      importTimes.push(timeProcess(importer));
    }
    const extra = median(importTimes) - median(emptyTimes);
    return {
      title:
        'Scorer bundle (shared/scoring/detector.ts; esbuild, minified, node, esm, all bundled)',
      lines: [
        `size: ${kilobytes(size)} (target < 300 KB)`,
        `import time over an empty script: ${extra.toFixed(1)} ms (median of ${String(RUNS)} fresh processes each; ` +
          `empty ${median(emptyTimes).toFixed(1)} ms, with import ${median(importTimes).toFixed(1)} ms; target < 30 ms)`,
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

export { run };
