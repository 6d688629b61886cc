import { startFauxqs, type FauxqsServer } from 'fauxqs';
import { portInUse } from './free-port.js';
import { EmulatorStartError } from './dynamodb-local.js';

interface SnsSqsEmulator {
  readonly endpoint: string;
  readonly port: number;
  readonly server: FauxqsServer;
  stop(): Promise<void>;
}

/**
 * Starts fauxqs (an SNS/SQS emulator) in this process, on a port the OS assigns when none is
 * given. Clients must use `endpoint` explicitly: fauxqs' queue URLs use *.localhost hosts that
 * this Debian does not resolve (see shared/aws/sqs.ts).
 */
const startSnsSqsEmulator = async (port?: number): Promise<SnsSqsEmulator> => {
  if (port !== undefined && (await portInUse(port))) {
    throw new EmulatorStartError(
      `Port ${port} for the SNS/SQS emulator is already in use; choose another with FAUXQS_PORT.`,
    );
  }
  const server = await startFauxqs({ port: port ?? 0, logger: false });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    port: server.port,
    server,
    stop: () => server.stop(),
  };
};

export { startSnsSqsEmulator };
export type { SnsSqsEmulator };
