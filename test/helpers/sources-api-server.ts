import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

interface Route {
  readonly status?: number;
  readonly body?: unknown;
  /** Milliseconds before answering (timeouts). */
  readonly delayMs?: number;
  /** Extra response headers (e.g. `x-amzn-errortype` for an AWS error). */
  readonly headers?: Readonly<Record<string, string>>;
}

interface PlatformApiServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Replaces the answer for a path (exact match, query excluded). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/**
 * A real HTTP server on an ephemeral port standing in for REST APIs no emulator covers
 * (SurveyMonkey, Qualtrics, Amazon Connect's GetContactAttributes); it serves documented
 * response shapes per path.
 */
const startPlatformApiServer = async (
  routes: Record<string, Route> = {},
): Promise<PlatformApiServer> => {
  const table = new Map(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const route = table.get(path) ?? { status: 404, body: { error: { message: 'not found' } } };
    setTimeout(() => {
      response.writeHead(route.status ?? 200, {
        'content-type': 'application/json',
        ...route.headers,
      });
      response.end(typeof route.body === 'string' ? route.body : JSON.stringify(route.body ?? {}));
    }, route.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    route: (path, route) => {
      table.set(path, route);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error === undefined) resolve();
          else reject(error);
        });
      }),
  };
};

export { startPlatformApiServer };
export type { PlatformApiServer, RecordedRequest, Route };
