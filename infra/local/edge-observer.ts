import {
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

/** One request through the edge, once its body is read. */
interface EdgeRequest {
  /** The service of its SigV4 credential scope (`dynamodb`, `sqs`, `sns`, ...). */
  readonly service: string;
  /** The emulator it goes to. */
  readonly target: string;
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** The emulator's answer to it, read in full. */
interface EdgeResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/**
 * Watches (and may adjust) what the handlers ask of AWS: a meter counting requests and capacity
 * units. `prepare` may return another body to send (e.g. with ReturnConsumedCapacity set; the
 * emulators do not check signatures); `settle` sees the answer before the handler does, so a
 * count is complete when the handler's call returns.
 */
interface EdgeObserver {
  prepare(request: EdgeRequest): Promise<Buffer>;
  settle(request: EdgeRequest, response: EdgeResponse): Promise<void>;
}

/** The operation a request asks for: its X-Amz-Target, its query `Action`, else its method. */
const operationOf = (request: EdgeRequest): string => {
  const target = request.headers['x-amz-target'];
  if (typeof target === 'string') return target.slice(target.indexOf('.') + 1);
  const action = /(?:^|&)Action=([A-Za-z]+)/.exec(request.body.toString('utf8'))?.[1];
  return action ?? request.method;
};

const readAll = async (stream: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

const send = (
  target: string,
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): Promise<EdgeResponse> =>
  new Promise((resolve, reject) => {
    const url = new URL(target);
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: { ...headers, 'content-length': String(body.length) },
      },
      (upstream) => {
        readAll(upstream).then(
          (answer) => {
            resolve({
              status: upstream.statusCode ?? 502,
              headers: upstream.headers,
              body: answer,
            });
          },
          (error: unknown) => {
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });

/**
 * Forwards one request with its body and answer read in full, so the observer can see both.
 * Slower than the edge's streaming forward: only used while something observes the edge.
 */
const forwardObserved = async (
  incoming: IncomingMessage,
  response: ServerResponse,
  seen: Omit<EdgeRequest, 'body' | 'method' | 'path' | 'headers'>,
  observer: EdgeObserver,
): Promise<void> => {
  const original: EdgeRequest = {
    ...seen,
    method: incoming.method ?? 'GET',
    path: incoming.url ?? '/',
    headers: incoming.headers,
    body: await readAll(incoming),
  };
  const sent = { ...original, body: await observer.prepare(original) };
  const answer = await send(sent.target, sent.method, sent.path, sent.headers, sent.body);
  await observer.settle(sent, answer);
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
};

export { forwardObserved, operationOf, send };
export type { EdgeObserver, EdgeRequest, EdgeResponse };
