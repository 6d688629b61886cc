import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/** One static file of the console: S3 serves it in AWS, the local stack from memory. */
interface ConsoleAsset {
  readonly file: string;
  readonly contentType: string;
  readonly contents: Buffer;
}

const CONSOLE_DIR = fileURLToPath(new URL('../shared/console/', import.meta.url));

/**
 * Builds the console's static files: the stylesheet as written, and the client script bundled
 * and minified for current browsers (one small module; no framework). The CDK stack uploads the
 * same files the local stack serves.
 */
const buildConsoleAssets = (): ConsoleAsset[] => {
  const script = buildSync({
    entryPoints: [`${CONSOLE_DIR}client/console-client.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022'],
    write: false,
    legalComments: 'none',
  });
  const bundled = script.outputFiles[0];
  if (bundled === undefined) throw new Error('esbuild produced no console script');
  return [
    {
      file: 'console.js',
      contentType: 'text/javascript; charset=utf-8',
      contents: Buffer.from(bundled.contents),
    },
    {
      file: 'console.css',
      contentType: 'text/css; charset=utf-8',
      contents: readFileSync(`${CONSOLE_DIR}assets/console.css`),
    },
  ];
};

export { buildConsoleAssets };
export type { ConsoleAsset };
