import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildConsoleAssets } from '../../infra/console-assets.js';
import { CONSOLE_SCRIPT_BUDGET_BYTES, formatConsoleAssetSizes } from '../../infra/bundle-report.js';

describe('formatConsoleAssetSizes', () => {
  it('lists each console file with its size and gzipped size', () => {
    const report = formatConsoleAssetSizes([
      { file: 'console.js', contentType: 'text/javascript', contents: Buffer.alloc(2048, 'a') },
    ]);

    const [title, line] = report.split('\n');
    expect(title).toBe(
      'Console static files (S3 behind CloudFront; script budget 100.0 KiB gzipped):',
    );
    // 2,048 repeated bytes compress to a few dozen.
    expect(line).toMatch(/^ {2}console\.js {5,}2\.0 KiB {3}gzip +0\.\d KiB$/);
  });

  it('keeps the built console script within its compressed budget', () => {
    const script = buildConsoleAssets().find((asset) => asset.file === 'console.js');

    expect(script).toBeDefined();
    expect(gzipSync(script?.contents ?? Buffer.alloc(0)).length).toBeLessThan(
      CONSOLE_SCRIPT_BUDGET_BYTES,
    );
  });
});
