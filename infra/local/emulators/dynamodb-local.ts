import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, portInUse } from './free-port.js';

/**
 * How the JVM is tuned: `fast-start` for short runs (test suites, the demo), `throughput` for a
 * long-running stack under load (`npm start`, the load bench).
 */
type DynamoDbLocalJvm = 'fast-start' | 'throughput';

interface DynamoDbLocalOptions {
  /** Fixed port; a free one is chosen when absent. */
  readonly port?: number;
  /** Folder for persisted tables; in memory when absent. */
  readonly dataDir?: string;
  /** @default 'fast-start' */
  readonly jvm?: DynamoDbLocalJvm;
}

interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

class EmulatorStartError extends Error {
  override name = 'EmulatorStartError';
}

class PortTakenError extends EmulatorStartError {}

const portTaken = (port: number): PortTakenError =>
  new PortTakenError(
    `Port ${port} for DynamoDB Local is already in use; choose another with DYNAMODB_PORT.`,
  );

// Measured on the 2-core machine (README, Benchmarks). DynamoDB Local runs every table operation
// on one SQLite thread, and most of that thread's time goes to Jackson re-parsing the table's
// 6.8 KB schema JSON (five GSIs) for each operation: code that C1 alone compiles poorly. C1 only
// (TieredStopAtLevel=1) answers in about half the time under load and finishes a short test
// workload sooner; full tiered compilation (C2) is slower for its first seconds and then serves
// about 1.5x the requests per second.
const JVM_FLAGS: Record<DynamoDbLocalJvm, readonly string[]> = {
  'fast-start': ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xmx256m'],
  throughput: ['-XX:+UseParallelGC', '-Xmx512m'],
};

/** The DynamoDB Local distribution AWS ships inside the npm package amplify-dynamodb-simulator. */
const emulatorDir = (): string =>
  join(
    dirname(createRequire(import.meta.url).resolve('amplify-dynamodb-simulator/package.json')),
    'emulator',
  );

const assertJava = (): void => {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new EmulatorStartError(
      "Java was not found, and DynamoDB Local (AWS's jar) needs Java 17 or newer. Install it " +
        '(Debian/Ubuntu: `sudo apt-get install openjdk-17-jre-headless`; macOS: `brew install openjdk@17`) ' +
        'and check with `java -version`.',
    );
  }
};

// A watchdog shell owns the java process: it prints java's PID, then blocks reading stdin.
// When our process exits for any reason (even SIGKILL) the pipe closes, `read` returns and the
// shell kills java, so no JVM is ever orphaned. A normal stop kills java's PID directly.
const WATCHDOG =
  'java "$@" >/dev/null & child=$!; echo "$child"; while read -r _; do :; done; kill "$child" 2>/dev/null; wait "$child" 2>/dev/null';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const waitUntil = async (
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
};

const answers = async (endpoint: string): Promise<boolean> => {
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x',
      },
      body: '{}',
    });
    return response.status < 500;
  } catch {
    return false;
  }
};

/**
 * Starts AWS's DynamoDB Local with Java on a free port (in memory, or persisted to `dataDir`)
 * and resolves once it answers. Flags from ../shared/reference/toolchain-facts.md: -sharedDb so
 * every client sees the same tables; JVM options for a fast start or for throughput; telemetry off.
 */
const startDynamoDbLocal = async (options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> => {
  assertJava();
  if (options.port !== undefined) {
    if (await portInUse(options.port)) throw portTaken(options.port);
    return startOnPort(options.port, options);
  }
  // A free port is only free when asked: another process may bind it before java does. Java
  // then reports the bind failure at once, and a fresh port is worth another try.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startOnPort(await freePort(), options);
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt === 3) throw error;
    }
  }
};

const startOnPort = async (port: number, options: DynamoDbLocalOptions): Promise<DynamoDbLocal> => {
  const home = emulatorDir();
  // The jar writes dynamodb-local-metadata.json into its working directory: keep it out of the repo.
  const workDir = await mkdtemp(join(tmpdir(), 'dynamodb-local-'));
  const storage =
    options.dataDir === undefined ? ['-inMemory'] : ['-dbPath', resolve(options.dataDir)];
  if (options.dataDir !== undefined) await mkdir(resolve(options.dataDir), { recursive: true });
  const args = [
    ...JVM_FLAGS[options.jvm ?? 'fast-start'],
    `-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(home, 'DynamoDBLocal.jar'),
    ...storage,
    '-sharedDb',
    '-port',
    String(port),
    '-disableTelemetry',
  ];
  const watchdog = spawn('sh', ['-c', WATCHDOG, 'sh', ...args], {
    cwd: workDir,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Java's stderr is kept for the error message only: a healthy start prints warnings (JAXB)
  // that would otherwise clutter the local stack's console.
  const stderrTail: string[] = [];
  watchdog.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail.push(...chunk.split('\n').filter((line) => line.trim() !== ''));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });
  const firstLine = await new Promise<string>((done, fail) => {
    const lines = createInterface({ input: watchdog.stdout });
    lines.once('line', (line) => {
      lines.close();
      done(line);
    });
    watchdog.once('error', fail);
  });
  const pid = Number(firstLine);
  const endpoint = `http://127.0.0.1:${port}`;

  const watchdogExited = new Promise<void>((done) => {
    watchdog.once('exit', () => {
      done();
    });
  });
  // In memory there is nothing to flush, and the JVM takes ~5 s to honour SIGTERM: kill it.
  // With a data folder, give SQLite its graceful shutdown first. Closing stdin lets the watchdog
  // reap java (until then a dead java stays a zombie that still answers kill -0).
  const stop = async (): Promise<void> => {
    if (isAlive(pid)) process.kill(pid, options.dataDir === undefined ? 'SIGKILL' : 'SIGTERM');
    watchdog.stdin.end();
    const timeout = new Promise<'timeout'>((done) => {
      setTimeout(() => {
        done('timeout');
      }, 5000).unref();
    });
    if ((await Promise.race([watchdogExited, timeout])) === 'timeout' && isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
    }
    await rm(workDir, { recursive: true, force: true });
  };

  const bindFailed = (): boolean => stderrTail.some((line) => line.includes('Failed to bind'));
  const ready = await waitUntil(
    async () => bindFailed() || (isAlive(pid) && (await answers(endpoint))),
    30_000,
  );
  if (bindFailed()) {
    await stop();
    throw portTaken(port);
  }
  if (!ready) {
    await stop();
    const output = stderrTail.length > 0 ? `\nJava said:\n${stderrTail.join('\n')}` : '';
    throw new EmulatorStartError(
      `DynamoDB Local did not start on port ${port} within 30 s.${output}`,
    );
  }
  return { endpoint, port, pid, stop };
};

export { EmulatorStartError, startDynamoDbLocal };
export type { DynamoDbLocal, DynamoDbLocalJvm, DynamoDbLocalOptions };
