import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { lambdaContext } from './lambda-events.js';
import { FUNCTION_NAMES, type FunctionName } from '../../shared/config/topology.js';

type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

/** Invokes a deployed-shape handler in this process with a fresh Lambda context. */
type Invoke = (event: unknown) => Promise<unknown>;

/** Told each invocation's handler time (the cold-start import excluded), e.g. by the cost meter. */
type InvocationObserver = (name: FunctionName, durationMs: number) => void;

let observer: InvocationObserver | undefined;

/** Sets (or, with undefined, removes) the one invocation observer of this process. */
const observeInvocations = (next: InvocationObserver | undefined): void => {
  observer = next;
};

const entryPoint = (name: FunctionName): string =>
  fileURLToPath(new URL(`../../functions/${name}/index.ts`, import.meta.url));

const loaded = new Map<FunctionName, Promise<LambdaHandler>>();

/**
 * Imports a function's index.ts the way Lambda does at cold start: once, after the environment
 * is set, so its module-level wiring (readRuntimeEnv, loadRuntimeConfig, clients) runs unchanged.
 * Returns undefined while a function does not exist yet in this checkout.
 */
const loadFunction = (name: FunctionName): Invoke | undefined => {
  const path = entryPoint(name);
  if (!existsSync(path)) return undefined;
  let handler = loaded.get(name);
  if (handler === undefined) {
    handler = import(pathToFileURL(path).href).then((module: { handler?: unknown }) => {
      if (typeof module.handler !== 'function')
        throw new Error(`functions/${name}/index.ts does not export a handler function`);
      return module.handler as LambdaHandler;
    });
    loaded.set(name, handler);
  }
  const ready = handler;
  return async (event) => {
    const run = await ready;
    const started = performance.now();
    try {
      return await run(event, lambdaContext(`local-${name}`));
    } finally {
      observer?.(name, performance.now() - started);
    }
  };
};

/** Which entry points exist, for the start banner. */
const availableFunctions = (): FunctionName[] =>
  FUNCTION_NAMES.filter((name) => existsSync(entryPoint(name)));

export { availableFunctions, FUNCTION_NAMES, loadFunction, observeInvocations };
export type { FunctionName, Invoke, InvocationObserver };
