import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AssetStaging } from 'aws-cdk-lib';
import type { ConsoleAsset } from './console-assets.js';
import type { PipelineFunction } from './constructs/pipeline-function.js';

interface BundleSize {
  readonly name: string;
  /** The staged asset folder in the cloud assembly (what is zipped and uploaded). */
  readonly directory: string;
  readonly bytes: number;
  readonly sourceMapBytes: number;
}

const BUNDLE_FILE = 'index.mjs';

const sizeOf = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/**
 * The size of each function's bundle, read from its staged asset (NodejsFunction bundles while
 * the stack is constructed). Functions whose bundling was skipped are left out.
 */
const bundleSizes = (functions: ReadonlyMap<string, PipelineFunction>): readonly BundleSize[] =>
  [...functions].flatMap(([name, created]) => {
    const staging = created.function.node.tryFindChild('Code')?.node.tryFindChild('Stage') as
      AssetStaging | undefined;
    if (staging === undefined) return [];
    const bundle = join(staging.absoluteStagedPath, BUNDLE_FILE);
    if (!existsSync(bundle)) return [];
    return [
      {
        name,
        directory: staging.absoluteStagedPath,
        bytes: sizeOf(bundle),
        sourceMapBytes: sizeOf(`${bundle}.map`),
      },
    ];
  });

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** One line per function: name, bundle size, source map size. */
const formatBundleSizes = (sizes: readonly BundleSize[]): string =>
  [
    'Lambda bundles (index.mjs, minified; source map separate):',
    ...sizes.map(
      (size) =>
        `  ${size.name.padEnd(12)} ${kib(size.bytes).padStart(11)}   map ${kib(size.sourceMapBytes).padStart(11)}`,
    ),
  ].join('\n');

/** The budget for the console's JavaScript, compressed, as browsers download it. */
const CONSOLE_SCRIPT_BUDGET_BYTES = 100 * 1024;

/** One line per static file of the console: its size as uploaded and gzipped. */
const formatConsoleAssetSizes = (assets: readonly ConsoleAsset[]): string =>
  [
    `Console static files (S3 behind CloudFront; script budget ${kib(CONSOLE_SCRIPT_BUDGET_BYTES)} gzipped):`,
    ...assets.map(
      (asset) =>
        `  ${asset.file.padEnd(12)} ${kib(asset.contents.length).padStart(11)}   gzip ${kib(gzipSync(asset.contents).length).padStart(10)}`,
    ),
  ].join('\n');

export {
  BUNDLE_FILE,
  bundleSizes,
  CONSOLE_SCRIPT_BUDGET_BYTES,
  formatBundleSizes,
  formatConsoleAssetSizes,
};
export type { BundleSize };
