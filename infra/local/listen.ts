import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EmulatorStartError } from './emulators/dynamodb-local.js';

/**
 * Listens on the loopback interface; a busy port fails with a message naming the port and the
 * environment variable that moves it (`variable`), instead of a bare EADDRINUSE.
 */
const listenOnLoopback = (
  server: Server,
  port: number,
  what: string,
  variable: string,
): Promise<number> =>
  new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      reject(
        error.code === 'EADDRINUSE'
          ? new EmulatorStartError(
              `Port ${port} for ${what} is already in use; choose another with ${variable}=<port>.`,
            )
          : error,
      );
    };
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });

/** Closes a server and drops its keep-alive connections so shutdown never waits on a client. */
const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
    server.closeAllConnections();
  });

export { closeServer, listenOnLoopback };
