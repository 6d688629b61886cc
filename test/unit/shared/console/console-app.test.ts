import { describe, expect, it } from 'vitest';
import type { CaseService } from '../../../../shared/casework/case-service.js';
import { createConsoleApp, type ConsoleRequest } from '../../../../shared/console/console-app.js';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A console whose review records the periods it was asked for; nothing else is reached. */
const consoleWithReview = () => {
  const periods: { from: Date; to: Date }[] = [];
  const app = createConsoleApp({
    service: {} as CaseService,
    texts: { getSignalTexts: () => Promise.resolve([]) },
    review: (from, to) => {
      periods.push({ from, to });
      return Promise.reject(new Error('not reached in these tests'));
    },
    zones: () => 'UTC',
    tierNames: ['advocates'],
    signOutCookie: 'advocacy_session=; Max-Age=0',
    logger: quiet,
    now: () => new Date('2026-11-20T10:00:00.000Z'),
  });
  return { app, periods };
};

const reviewRequest = (query: Record<string, string>): ConsoleRequest => ({
  method: 'GET',
  path: '/console/review',
  query,
  form: new URLSearchParams(),
  headers: {},
  viewer: { name: 'dana', groups: ['management'] },
});

describe('console review page', () => {
  it.each([
    [{ from: '0001-01-01', to: '2026-12-31' }, 'to: period too long: at most 366 days'],
    [{ from: '0001-01-01', to: '9999-12-31' }, 'to: period too long: at most 366 days'],
    [{ from: '2026-02-30', to: '2026-03-31' }, 'from: no such day in the calendar'],
  ])('answers 400 to %o without reading any case', async (query, reason) => {
    // Prepare
    const { app, periods } = consoleWithReview();

    // Act
    const response = await app(reviewRequest(query));

    // Assess
    expect(response.status).toBe(400);
    expect(response.body).toContain(reason);
    expect(periods).toEqual([]);
  });
});
