import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs in a fresh Node process per invocation, like a Lambda cold start: imports the bundle,
// calls its handler with the event from stdin, and writes the result to the file it is given
// (stdout belongs to the function's JSON logs).
const RUNNER = `
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundle, resultFile] = process.argv.slice(1);
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { handler } = await import(pathToFileURL(bundle).href);
const result = await handler(JSON.parse(input), { functionName: 'bundled-test', awsRequestId: 'req-1' });
writeFileSync(resultFile, JSON.stringify({ result: result ?? null }));
`;

interface Invocation {
  readonly result: unknown;
  /** The function's log lines (Powertools writes JSON to stdout). */
  readonly logs: string;
}

/**
 * Invokes the `handler` export of a bundled `index.mjs` with an event, in a child Node process
 * with exactly the given environment (plus PATH). Rejects with the process's stderr on failure.
 */
const invokeBundle = async (
  bundle: string,
  event: unknown,
  env: Readonly<Record<string, string>>,
): Promise<Invocation> => {
  const folder = mkdtempSync(join(tmpdir(), 'advocacy-invoke-'));
  const resultFile = join(folder, 'result.json');
  try {
    const child = spawn(
      process.execPath,
      ['--enable-source-maps', '--input-type=module', '-e', RUNNER, bundle, resultFile],
      { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdin.end(JSON.stringify(event));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    if (code !== 0) throw new Error(`bundle exited with ${code}: ${stderr}\n${stdout}`);
    const { result } = JSON.parse(readFileSync(resultFile, 'utf8')) as { result: unknown };
    return { result, logs: stdout };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

export { invokeBundle };
export type { Invocation };
