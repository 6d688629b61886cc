import { DependencyError, UnprocessableError } from '../errors.js';

/** Reads JSON from a platform's REST API (SurveyMonkey, Qualtrics fetch the response by id). */
interface PlatformApi {
  /**
   * GETs a JSON document. Throws DependencyError when the platform is slow, down, throttling or
   * refusing our token (the sender retries later), UnprocessableError when the resource does not
   * exist (retrying will not make it appear).
   */
  getJson(url: string, headers: Readonly<Record<string, string>>): Promise<unknown>;
}

interface FetchPlatformApiOptions {
  readonly timeoutMs: number;
  /** Injected for tests that serve the API from a local server; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
}

/** A `fetch`-based PlatformApi with a timeout per call; never logs response bodies (personal data). */
const createFetchPlatformApi = (options: FetchPlatformApiOptions): PlatformApi => {
  const fetchFn = options.fetch ?? fetch;
  return {
    async getJson(url, headers) {
      const { host } = new URL(url);
      let response: Response;
      try {
        response = await fetchFn(url, {
          headers: { accept: 'application/json', ...headers },
          signal: AbortSignal.timeout(options.timeoutMs),
          redirect: 'error',
        });
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new DependencyError(
          timedOut
            ? `${host} did not answer within ${options.timeoutMs} ms`
            : `request to ${host} failed: ${error instanceof Error ? error.name : 'unknown error'}`,
          { cause: error },
        );
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        throw new UnprocessableError(`${host} has no such resource (HTTP ${response.status})`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new DependencyError(`${host} answered HTTP ${response.status}`);
      }
      try {
        return await response.json();
      } catch (error) {
        throw new DependencyError(`${host} answered with a body that is not JSON`, {
          cause: error,
        });
      }
    },
  };
};

export { createFetchPlatformApi };
export type { FetchPlatformApiOptions, PlatformApi };
