import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import { forwardObserved, type EdgeObserver } from './edge-observer.js';
import { closeServer, listenOnLoopback } from './listen.js';

/** The AWS services the local stack emulates, as named in a SigV4 credential scope. */
type EdgeService = 'dynamodb' | 'sns' | 'sqs' | 's3';

interface AwsEdge {
  /** The one URL every handler's AWS client uses (ADVOCACY_AWS_ENDPOINT). */
  readonly endpoint: string;
  readonly port: number;
  /**
   * Makes a service unreachable for the handlers (the pollers and the inbox talk to the
   * emulators directly, as AWS's own machinery would), e.g. an SNS outage in a test.
   */
  block(service: EdgeService): void;
  unblock(service: EdgeService): void;
  stop(): Promise<void>;
}

interface EdgeTargets {
  /** DynamoDB Local, which also serves DynamoDB Streams. */
  readonly dynamodb: string;
  /** fauxqs: SNS, SQS and S3 on one port. */
  readonly messaging: string;
  /**
   * Stand-ins for services no emulator covers, by signing name (e.g. `connect` -> a test
   * server answering GetContactAttributes).
   */
  readonly standIns?: Readonly<Record<string, string>>;
}

// `Credential=<key>/<date>/<region>/<service>/aws4_request`: every SDK v3 request names its service.
const SCOPE = /Credential=[^/]+\/\d{8}\/[^/]+\/([a-z0-9-]+)\/aws4_request/;

const serviceOf = (incoming: IncomingMessage): string | undefined => {
  const authorization = incoming.headers.authorization ?? '';
  return SCOPE.exec(authorization)?.[1];
};

const fail = (response: ServerResponse, status: number, message: string): void => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ __type: 'ServiceUnavailable', message }));
};

const forward = (incoming: IncomingMessage, response: ServerResponse, target: string): void => {
  const url = new URL(target);
  const outgoing = request(
    {
      host: url.hostname,
      port: url.port,
      method: incoming.method,
      path: incoming.url,
      headers: incoming.headers,
    },
    (upstream) => {
      response.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(response);
    },
  );
  outgoing.on('error', () => {
    if (!response.headersSent) fail(response, 502, `emulator at ${target} is unreachable`);
    else response.destroy();
  });
  incoming.pipe(outgoing);
};

/**
 * One AWS endpoint for the handlers, like LocalStack's edge port: the environment has a single
 * ADVOCACY_AWS_ENDPOINT, but DynamoDB Local and fauxqs listen on two ports. Requests are routed
 * by the service in their signature's credential scope (DynamoDB Streams signs as `dynamodb`).
 * An `observer` (the cost meter) sees every routed request and its answer.
 */
const startAwsEdge = async (
  targets: EdgeTargets,
  port = 0,
  observer?: EdgeObserver,
): Promise<AwsEdge> => {
  const blocked = new Set<string>();
  const server = createServer((incoming, response) => {
    const service = serviceOf(incoming);
    if (service !== undefined && blocked.has(service)) {
      // The socket is dropped without an answer, as an unreachable endpoint would behave.
      incoming.resume();
      response.destroy();
      return;
    }
    const standIn = service === undefined ? undefined : targets.standIns?.[service];
    const target = standIn ?? (service === 'dynamodb' ? targets.dynamodb : targets.messaging);
    if (observer === undefined || service === undefined) forward(incoming, response, target);
    else
      forwardObserved(incoming, response, { service, target }, observer).catch(() => {
        if (!response.headersSent) fail(response, 502, `emulator at ${target} is unreachable`);
        else response.destroy();
      });
  });
  // Node's HTTP agent (the SDK's too) drops a socket whose server advertises less than its 1 s
  // keep-alive buffer: with 1 s every handler request opened a new connection. closeServer() drops
  // idle connections, so a long timeout does not slow a stop.
  server.keepAliveTimeout = 60_000;
  const chosen = await listenOnLoopback(server, port, 'the AWS endpoint', 'AWS_PORT');
  return {
    endpoint: `http://127.0.0.1:${chosen}`,
    port: chosen,
    block: (service) => {
      blocked.add(service);
    },
    unblock: (service) => {
      blocked.delete(service);
    },
    stop: () => closeServer(server),
  };
};

export { startAwsEdge };
export type { AwsEdge, EdgeService, EdgeTargets };
