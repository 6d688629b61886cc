import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { CaseService } from '../../shared/casework/case-service.js';
import {
  expectedVersionOf,
  parseCaseId,
  parseJsonObject,
  parseListQuery,
} from '../../shared/casework/request-schemas.js';
import { matchCaseRoute } from '../../shared/casework/routes.js';
import { header, json, readRawBody, toHttpResponse, type HttpLogger } from '../../shared/http.js';
import { decodeUtf8 } from '../../shared/parse.js';

interface CasesDeps {
  readonly service: CaseService;
  readonly logger: HttpLogger;
}

type Result = APIGatewayProxyStructuredResultV2;

// The case version as an entity tag: a client sends it back in If-Match to change the case safely.
const withVersion = (response: Result, version: number): Result => ({
  ...response,
  headers: { ...response.headers, etag: `"${version}"` },
});

/** The cases API (HTTP API payload 2.0): route -> validated input -> service -> JSON. */
const createHandler =
  (deps: CasesDeps) =>
  async (event: APIGatewayProxyEventV2): Promise<Result> => {
    try {
      const route = matchCaseRoute(event.requestContext.http.method, event.rawPath);
      if (route.operation === 'list') {
        const query = parseListQuery(event.queryStringParameters ?? {});
        return json(200, await deps.service.list(query));
      }
      const caseId = parseCaseId(route.caseId);
      if (route.operation === 'show') {
        const view = await deps.service.show(caseId);
        return withVersion(json(200, view), view.version);
      }
      const body = parseJsonObject(decodeUtf8(readRawBody(event), { at: 'body' }));
      const expectedVersion = expectedVersionOf(
        header(event.headers, 'if-match'),
        body.expectedVersion,
      );
      const view = await deps.service.act({ caseId, action: route.action, body, expectedVersion });
      deps.logger.info('case changed', { caseId, action: route.action, version: view.version });
      return withVersion(json(200, view), view.version);
    } catch (error) {
      return toHttpResponse(error, deps.logger);
    }
  };

export { createHandler };
export type { CasesDeps };
