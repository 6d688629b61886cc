#!/usr/bin/env node
// The `advocacy` command line, started fast: this launcher imports bin/cli.ts from an esbuild
// bundle cached in node_modules/.cache/advocacy, rebuilt on the first run after one of its source
// files or the installed packages changed. TypeScript imported at run time (a configuration file
// such as advocacy.config.ts) is bundled and cached the same way. Through tsx, every module of
// every run was transformed and a loader thread started: about a second before the first line
// was read. Plain JavaScript on purpose: Node's own TypeScript stripping loads a WebAssembly
// compiler (about 80 ms).
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A cached build: its output (a folder or a file under the cache) and every source file it was
 * built from, with the modification time and size it had.
 * @typedef {{ output: string, inputs: [file: string, mtimeMs: number, size: number][] }} CachedBuild
 */

// This file is an input of every build too: its build options shape the output.
const LAUNCHER = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(LAUNCHER), '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'advocacy');
// npm rewrites this file on every install, so a bundle never outlives the packages it inlined.
const INSTALL_STAMP = join(ROOT, 'node_modules', '.package-lock.json');
// Old builds are removed only when surely unused: a running command may still load a chunk.
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
// Left outside the bundle: the large packages only the commands that talk to AWS load. zod is
// bundled (resolving its many files took a tenth of the start); the configuration file's own
// bundle holds only its settings, as defineConfig's module imports nothing but types.
const EXTERNAL = ['@aws-sdk/*', '@aws-lambda-powertools/*', 'esbuild'];
// Bundled CommonJS packages may require Node's modules; ESM output needs a `require` for them.
const REQUIRE_BANNER =
  "import { createRequire as __advocacyRequire } from 'node:module'; const require = __advocacyRequire(import.meta.url);";
const BUILD_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  format: /** @type {const} */ ('esm'),
  platform: /** @type {const} */ ('node'),
  target: 'node20',
  external: EXTERNAL,
  banner: { js: REQUIRE_BANNER },
  metafile: /** @type {const} */ (true),
  logLevel: /** @type {const} */ ('error'),
};

// esbuild is loaded only to rebuild; typed here, as `require` returns any.
const load = /** @type {(id: 'esbuild') => typeof import('esbuild')} */ (
  nodeModule.createRequire(import.meta.url)
);
const esbuild = () => load('esbuild');
const parseJson = /** @type {(text: string) => unknown} */ (JSON.parse);

/** @param {string} file @returns {[number, number] | undefined} */
const stampOf = (file) => {
  try {
    const stats = statSync(file);
    return [stats.mtimeMs, stats.size];
  } catch {
    return undefined;
  }
};

/** The build a pointer names, when every file it was built from is unchanged. */
const freshBuild = (/** @type {string} */ pointer) => {
  /** @type {CachedBuild} */
  let build;
  try {
    build = /** @type {CachedBuild} */ (parseJson(readFileSync(pointer, 'utf8')));
  } catch {
    return undefined;
  }
  for (const [file, mtimeMs, size] of build.inputs) {
    const stamp = stampOf(resolve(ROOT, file));
    if (stamp?.[0] !== mtimeMs || stamp[1] !== size) return undefined;
  }
  return build;
};

/**
 * Points `pointer` at a finished build. Concurrent runs each build their own output; the pointer
 * is replaced atomically, so a reader sees one build or the other.
 * @param {string} pointer @param {string} output @param {import('esbuild').Metafile} metafile
 */
const record = (pointer, output, metafile) => {
  // Our own sources one by one; inlined packages through the install stamp.
  const sources = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules/'));
  const inputs = [...sources.map((file) => resolve(ROOT, file)), INSTALL_STAMP, LAUNCHER].flatMap(
    (file) => {
      const stamp = stampOf(file);
      return stamp === undefined ? [] : [[relative(ROOT, file), ...stamp]];
    },
  );
  const pending = `${pointer}.${String(process.pid)}`;
  writeFileSync(pending, JSON.stringify({ output, inputs }));
  renameSync(pending, pointer);
};

/** Removes outputs other than `keep` that nothing can still be running from. */
const prune = (/** @type {string} */ prefix, /** @type {string} */ keep) => {
  for (const name of readdirSync(CACHE)) {
    if (!name.startsWith(prefix) || name === keep) continue;
    const output = join(CACHE, name);
    if (Date.now() - statSync(output).mtimeMs > STALE_AFTER_MS) {
      rmSync(output, { recursive: true, force: true });
    }
  }
};

/** The command line's bundle (bin/cli.ts, each command a chunk of its own), built if stale. */
const cliBundle = async () => {
  const pointer = join(CACHE, 'cli.json');
  const fresh = freshBuild(pointer);
  if (fresh !== undefined) return join(CACHE, fresh.output, 'cli.mjs');
  const output = `cli-${Date.now().toString(36)}-${String(process.pid)}`;
  const { metafile } = await esbuild().build({
    ...BUILD_OPTIONS,
    entryPoints: { cli: 'bin/cli.ts' },
    splitting: true,
    outdir: join(CACHE, output),
    // Outside any package.json of type module: the extension says ESM.
    outExtension: { '.js': '.mjs' },
  });
  record(pointer, output, metafile);
  prune('cli-', output);
  return join(CACHE, output, 'cli.mjs');
};

/** A TypeScript module imported at run time, bundled into one cached file, built if stale. */
const moduleBundle = (/** @type {string} */ file) => {
  const name = `module-${createHash('sha256').update(file).digest('hex').slice(0, 16)}`;
  const pointer = join(CACHE, `${name}.json`);
  const fresh = freshBuild(pointer);
  if (fresh !== undefined) return join(CACHE, fresh.output);
  const output = `${name}-${Date.now().toString(36)}-${String(process.pid)}.mjs`;
  const { metafile } = esbuild().buildSync({
    ...BUILD_OPTIONS,
    entryPoints: [file],
    outfile: join(CACHE, output),
  });
  record(pointer, output, metafile);
  prune(`${name}-`, output);
  return join(CACHE, output);
};

// In-thread module hooks came with Node 22.15; `npm run` uses the project's Node 24.
if (typeof nodeModule.registerHooks !== 'function') {
  process.stderr.write(
    `advocacy: needs Node >= 22.15 (this is ${process.version}); use npm run advocacy\n`,
  );
  process.exit(1);
}

// A TypeScript file imported at run time (a configuration file) loads from its cached bundle.
nodeModule.registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    const { url } = resolved;
    if (!url.startsWith('file:') || !/\.[cm]?ts$/.test(url) || url.includes('/node_modules/')) {
      return resolved;
    }
    const bundle = moduleBundle(fileURLToPath(url));
    return { url: pathToFileURL(bundle).href, format: 'module', shortCircuit: true };
  },
});

mkdirSync(CACHE, { recursive: true });
nodeModule.enableCompileCache(join(CACHE, 'v8'));
await import(pathToFileURL(await cliBundle()).href);
