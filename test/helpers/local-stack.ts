import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll } from 'vitest';
import {
  startLocalStack,
  type LocalStack,
  type LocalStackOptions,
} from '../../infra/local/local-stack.js';
import type { DeliveredAlert } from '../../infra/local/inbox.js';
import { queueDepth } from './queue-depth.js';

interface LocalStackContext {
  /** The running stack, once `beforeAll` has run. */
  readonly stack: () => LocalStack;
  /** POSTs raw bytes to a path of the local API with the given headers. */
  readonly post: (
    path: string,
    body: string | Buffer,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; json: unknown }>;
  /** GETs a path of the local API (the cases API token is added). */
  readonly get: (path: string) => Promise<{ status: number; json: unknown }>;
  /** Resolves with the alerts matching `predicate` once `count` of them arrived. */
  readonly waitForAlerts: (
    predicate: (alert: DeliveredAlert) => boolean,
    count?: number,
    timeoutMs?: number,
  ) => Promise<DeliveredAlert[]>;
  /** The case items of a customer (by customer key, e.g. `account:acct-1`), via the customer GSI. */
  readonly casesOf: (customerKey: string) => Promise<Record<string, unknown>[]>;
  /** Messages on a queue, visible or in flight. */
  readonly queueDepth: (queueUrl: string) => Promise<number>;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/** Polls `probe` until it returns a value (not undefined) or the time is up. */
const eventually = async <T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
};

/**
 * Starts the whole local stack for the calling test file, as `npm start` does but on free
 * ports, in memory, with fast retries (visibility timeout and stream back-off in seconds, not
 * minutes) and no escalation timer; stops it in `afterAll` (no java process survives).
 */
const useLocalStack = (
  overrides: Partial<LocalStackOptions> | (() => Partial<LocalStackOptions>) = {},
): LocalStackContext => {
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    // A function is read only now, after the file's earlier beforeAll hooks (e.g. a stand-in server).
    const chosen = typeof overrides === 'function' ? overrides() : overrides;
    stack = await startLocalStack({
      configFile: 'advocacy.config.ts',
      ports: { api: 0, dynamodb: 0, fauxqs: 0, aws: 0 },
      visibilityTimeoutSeconds: 1,
      sweepIntervalMs: 0,
      streamRetry: { backoffMs: 200 },
      // Handler logs at ERROR only: hostile-input runs would otherwise print a thousand warnings.
      env: { ADVOCACY_LOCAL_TOKEN: 'e2e-token', POWERTOOLS_LOG_LEVEL: 'ERROR' },
      log: () => undefined,
      ...chosen,
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });
  const ready = (): LocalStack => {
    if (stack === undefined) throw new Error('the local stack is not started');
    return stack;
  };
  return {
    stack: ready,
    post: async (path, body, headers = {}) => {
      const response = await fetch(`${ready().apiUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        // A Uint8Array is a body under both Node's and the DOM's fetch types (browser tests).
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
      return { status: response.status, json: await readJson(response) };
    },
    get: async (path) => {
      const response = await fetch(`${ready().apiUrl}${path}`, {
        headers: { authorization: `Bearer ${ready().token}` },
      });
      return { status: response.status, json: await readJson(response) };
    },
    waitForAlerts: (predicate, count = 1, timeoutMs = 15_000) =>
      eventually(
        () => {
          const matching = ready().alerts().filter(predicate);
          return matching.length >= count ? matching : undefined;
        },
        timeoutMs,
        `${count} alert(s)`,
      ),
    casesOf: async (customerKey) => {
      const { Items = [] } = await ready().clients.dynamo.send(
        new QueryCommand({
          TableName: ready().resources.tableName,
          IndexName: 'customer',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': `CUSTOMER#${customerKey}` },
        }),
      );
      return Items;
    },
    queueDepth: (queueUrl) => queueDepth(ready().clients.sqs, queueUrl),
  };
};

export { eventually, sleep, useLocalStack };
export type { LocalStackContext };
