import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/cases/handler.js';
import type { ActRequest, CaseService } from '../../../../shared/casework/case-service.js';
import type { CaseView } from '../../../../shared/casework/case-view.js';
import type { ListQuery } from '../../../../shared/casework/request-schemas.js';
import { ConflictError } from '../../../../shared/errors.js';
import { apiEvent, bodyOf } from '../../../fixtures/casework/api-event.js';
import { buildCase } from '../../../fixtures/casework/case-builder.js';

// The service is a port; a recording fake stands in so these tests need no DynamoDB
// (the integration tests run the real service against DynamoDB Local).
const recording = () => {
  const calls: { lists: ListQuery[]; acts: ActRequest[] } = { lists: [], acts: [] };
  const view: CaseView = {
    ...buildCase({ id: 'c1', version: 3 }),
    signals: [],
    timeline: [],
    allowedActions: ['acknowledge', 'link'],
  };
  const service: CaseService = {
    list: (query) => {
      calls.lists.push(query);
      return Promise.resolve({ items: [view], cursor: 'next' });
    },
    show: () => Promise.resolve(view),
    act: (request) => {
      calls.acts.push(request);
      if (request.action === 'close') {
        return Promise.reject(
          new ConflictError('cannot close a case that is open; allowed from resolved', {
            status: 'open',
          }),
        );
      }
      return Promise.resolve(view);
    },
  };
  const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
  return { calls, handle: createHandler({ service, logger }) };
};

describe('cases handler', () => {
  it('passes a validated list query to the service', async () => {
    const { calls, handle } = recording();

    const result = await handle(
      apiEvent('GET', '/cases', { query: { tier: 'senior', urgent: 'true', limit: '5' } }),
    );

    expect(result.statusCode).toBe(200);
    expect(calls.lists).toEqual([{ tier: 'senior', urgent: true, limit: 5 }]);
    expect(bodyOf(result)).toMatchObject({ cursor: 'next', items: [{ id: 'c1' }] });
  });

  it('shows a case with its version as the ETag', async () => {
    const { handle } = recording();

    const result = await handle(apiEvent('GET', '/cases/c1'));

    expect(result.headers).toMatchObject({
      etag: '"3"',
      'content-type': 'application/json; charset=utf-8',
    });
    expect(bodyOf(result)).toMatchObject({
      id: 'c1',
      status: 'open',
      version: 3,
      allowedActions: ['acknowledge', 'link'],
    });
  });

  it('takes the expected version from If-Match and hands the body to the service', async () => {
    const { calls, handle } = recording();
    const body = { actor: 'ana', summary: 's', successCriteria: ['c'] };

    await handle(
      apiEvent('POST', '/cases/c1/acknowledge', { body, headers: { 'If-Match': 'W/"3"' } }),
    );

    expect(calls.acts).toEqual([{ caseId: 'c1', action: 'acknowledge', body, expectedVersion: 3 }]);
  });

  it('maps service conflicts to 409 with the details', async () => {
    const { handle } = recording();

    const result = await handle(apiEvent('POST', '/cases/c1/close', { body: { actor: 'a' } }));

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toEqual({
      error: 'conflict',
      detail: 'cannot close a case that is open; allowed from resolved',
      details: { status: 'open' },
    });
  });

  it.each([
    [
      'a JSON syntax error',
      apiEvent('POST', '/cases/c1/resolve', { body: '{"actor":' }),
      400,
      'body',
    ],
    [
      'a bad If-Match',
      apiEvent('POST', '/cases/c1/resolve', { body: {}, headers: { 'if-match': 'v3' } }),
      400,
      'headers.if-match',
    ],
    ['a bad case id', apiEvent('GET', '/cases/a%20b'), 400, 'path.id'],
    ['a missing tier', apiEvent('GET', '/cases'), 400, 'query.tier'],
  ])('answers %s with 400 naming the field', async (_name, event, status, path) => {
    const { calls, handle } = recording();

    const result = await handle(event);

    expect(result.statusCode).toBe(status);
    expect((bodyOf(result).issues as { path: string }[])[0]?.path).toBe(path);
    expect(calls.acts).toEqual([]);
  });

  it('answers 404 to a route it does not serve', async () => {
    const { handle } = recording();

    const result = await handle(apiEvent('POST', '/cases/c1/reopen', { body: {} }));

    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).detail).toMatch(/^unknown case action "reopen"/);
  });
});
