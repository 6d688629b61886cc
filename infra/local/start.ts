// `npm start`: the whole pipeline on this machine (DynamoDB Local + fauxqs + the real handlers).
// The work happens in local-stack.ts; this file parses options, prints, and shuts down cleanly.
import { alertLine, startBanner } from './banner.js';
import { startLocalStack } from './local-stack.js';
import { removeSession, writeSession } from './session-file.js';
import { parseStartOptions } from './start-options.js';

const main = async (): Promise<void> => {
  const parsed = parseStartOptions(process.argv.slice(2), process.env);
  if ('help' in parsed) {
    console.log(parsed.help);
    return;
  }
  console.log('Starting DynamoDB Local, fauxqs and the handlers...');
  const stack = await startLocalStack({
    ...parsed.options,
    dynamodbJvm: 'throughput',
    log: (line) => {
      console.error(line);
    },
    onAlert: (alert) => {
      console.log(alertLine(alert));
    },
  });
  await writeSession({ apiUrl: stack.apiUrl, token: stack.token });
  console.log(startBanner(stack, parsed.options.dataDir));

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the pollers, the API and the emulators...`);
    Promise.all([stack.stop(), removeSession()]).then(
      () => {
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => {
    shutdown('SIGINT');
  });
  process.once('SIGTERM', () => {
    shutdown('SIGTERM');
  });
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  process.exit(1);
});
