import { describe, expect, it } from 'vitest';
import { matchCaseRoute } from '../../../../shared/casework/routes.js';
import { NotFoundError } from '../../../../shared/errors.js';

describe('matchCaseRoute', () => {
  it.each([
    ['GET', '/cases', { operation: 'list' }],
    ['GET', '/cases/', { operation: 'list' }],
    ['GET', '/prod/cases', { operation: 'list' }],
    ['GET', '/cases/abc-1', { operation: 'show', caseId: 'abc-1' }],
    ['get', '/cases/a%3Ab', { operation: 'show', caseId: 'a:b' }],
    [
      'POST',
      '/cases/abc-1/acknowledge',
      { operation: 'act', caseId: 'abc-1', action: 'acknowledge' },
    ],
    ['POST', '/cases/abc-1/link', { operation: 'act', caseId: 'abc-1', action: 'link' }],
  ])('%s %s -> %j', (method, path, expected) => {
    expect(matchCaseRoute(method, path)).toEqual(expected);
  });

  it.each([
    [
      'POST',
      '/cases/abc-1/escalate',
      'unknown case action "escalate"; expected one of acknowledge, plan, resolve, close, disagree, link',
    ],
    ['DELETE', '/cases/abc-1', 'no route for DELETE /cases/abc-1'],
    ['POST', '/cases', 'no route for POST /cases'],
    ['GET', '/webhooks/typeform', 'no route for GET /webhooks/typeform'],
    ['GET', '/cases/%E0%A4%A', 'no route for a malformed path segment "%E0%A4%A"'],
  ])('%s %s is a NotFoundError', (method, path, message) => {
    expect(() => matchCaseRoute(method, path)).toThrow(new NotFoundError(message));
  });
});
