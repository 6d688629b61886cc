import { EmulatorStartError } from './emulators/dynamodb-local.js';
import { portInUse } from './emulators/free-port.js';

/** The local stack's listening ports; 0 picks a free one (tests). */
interface LocalPorts {
  readonly api: number;
  readonly dynamodb: number;
  readonly fauxqs: number;
  readonly aws: number;
}

/** What listens on each port, and the environment variable that moves it (start-options.ts). */
const PORT_VARIABLES: Readonly<Record<keyof LocalPorts, readonly [string, string]>> = {
  api: ['the HTTP API', 'PORT'],
  dynamodb: ['DynamoDB Local', 'DYNAMODB_PORT'],
  fauxqs: ['fauxqs (SNS/SQS)', 'FAUXQS_PORT'],
  aws: ['the AWS endpoint', 'AWS_PORT'],
};

/** Fails before anything starts when a fixed port is taken, naming it and how to move it. */
const assertPortsFree = async (ports: LocalPorts): Promise<void> => {
  for (const name of Object.keys(PORT_VARIABLES) as (keyof LocalPorts)[]) {
    const [what, variable] = PORT_VARIABLES[name];
    const port = ports[name];
    if (port !== 0 && (await portInUse(port)))
      throw new EmulatorStartError(
        `Port ${port} for ${what} is already in use; choose another with ${variable}=<port>.`,
      );
  }
};

export { assertPortsFree, PORT_VARIABLES };
export type { LocalPorts };
