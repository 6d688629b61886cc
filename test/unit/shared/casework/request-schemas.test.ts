import { describe, expect, it } from 'vitest';
import {
  expectedVersionOf,
  parseCaseId,
  parseJsonObject,
  parseListQuery,
} from '../../../../shared/casework/request-schemas.js';
import { validationIssues as issuesOf } from '../../../helpers/validation.js';

describe('parseListQuery', () => {
  it('parses strings into a typed query with a default page size', () => {
    expect(parseListQuery({ tier: 'senior', status: 'engaged', urgent: 'true' })).toEqual({
      tier: 'senior',
      status: 'engaged',
      urgent: true,
      limit: 25,
    });
    expect(parseListQuery({ customer: 'account:acme', limit: '100', urgent: 'no' })).toEqual({
      customer: 'account:acme',
      urgent: false,
      limit: 100,
    });
  });

  it('names every bad parameter under query.', () => {
    expect(
      issuesOf(() => parseListQuery({ status: 'reopened', limit: '0', urgent: 'maybe' })),
    ).toEqual([
      { path: 'query.status', message: expect.stringContaining('expected one of') as string },
      { path: 'query.urgent', message: 'expected true or false' },
      { path: 'query.limit', message: 'expected a whole number from 1 to 100' },
    ]);
    expect(issuesOf(() => parseListQuery({}))).toEqual([
      { path: 'query.tier', message: 'tier or customer is required' },
    ]);
  });
});

describe('parseCaseId', () => {
  it('accepts store ids and rejects anything else at path.id', () => {
    expect(parseCaseId('4f3c89da-61d1-4dfd-8979-9b2dd92d17a8')).toBe(
      '4f3c89da-61d1-4dfd-8979-9b2dd92d17a8',
    );
    expect(issuesOf(() => parseCaseId('a b'))).toEqual([
      { path: 'path.id', message: 'expected a case id (letters, digits, . _ : -)' },
    ]);
  });
});

describe('expectedVersionOf', () => {
  it.each([
    [undefined, undefined, undefined],
    ['"3"', undefined, 3],
    ['W/"4"', undefined, 4],
    ['5', undefined, 5],
    ['*', undefined, undefined],
    [undefined, 6, 6],
    ['"7"', 7, 7],
  ])('If-Match %s and body %s -> %s', (ifMatch, body, expected) => {
    expect(expectedVersionOf(ifMatch, body)).toBe(expected);
  });

  it('rejects malformed and disagreeing versions with their paths', () => {
    expect(issuesOf(() => expectedVersionOf('"abc"', undefined))).toEqual([
      { path: 'headers.if-match', message: 'expected a case version such as "3"' },
    ]);
    expect(issuesOf(() => expectedVersionOf(undefined, 1.5))[0]?.path).toBe('expectedVersion');
    expect(issuesOf(() => expectedVersionOf('"2"', 3))).toEqual([
      { path: 'expectedVersion', message: '3 differs from If-Match 2' },
    ]);
  });
});

describe('parseJsonObject', () => {
  it('reads an object, treats an empty body as {} and rejects the rest at body', () => {
    expect(parseJsonObject('{"actor":"ana"}')).toEqual({ actor: 'ana' });
    expect(parseJsonObject('  ')).toEqual({});
    expect(issuesOf(() => parseJsonObject('{'))).toEqual([
      { path: 'body', message: 'expected JSON' },
    ]);
    expect(issuesOf(() => parseJsonObject('[1]'))).toEqual([
      { path: 'body', message: 'expected a JSON object' },
    ]);
  });
});
