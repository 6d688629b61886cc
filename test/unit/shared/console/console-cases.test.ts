import { describe, expect, it } from 'vitest';
import { decodePositions } from '../../../../shared/cases/dynamo-page-cursor.js';
import type { CaseService } from '../../../../shared/casework/case-service.js';
import { consoleCases } from '../../../../shared/console/console-cases.js';
import { ValidationError } from '../../../../shared/errors.js';

/** A cases service whose queues are empty and which reads cursors as the store does. */
const emptyQueues = (): CaseService => ({
  list: (query) => {
    const partition = `QUEUE#${query.tier ?? ''}#${query.status ?? 'open'}`;
    decodePositions(query.cursor, [
      { index: 'queue', partition },
      { index: 'escalated', partition },
    ]);
    return Promise.resolve({ items: [] });
  },
  show: () => Promise.reject(new Error('not used')),
  act: () => Promise.reject(new Error('not used')),
});

const cases = (service: CaseService) =>
  consoleCases({
    service,
    texts: { getSignalTexts: () => Promise.resolve([]) },
    zones: () => 'UTC',
    tierNames: ['advocates', 'senior'],
    now: () => new Date('2026-11-20T10:00:00.000Z'),
  });

const viewer = { name: 'ana', groups: ['advocates'] };

/** The error the queue page fails with for `query`. */
const refusal = async (query: Record<string, string>): Promise<ValidationError> => {
  const error = await cases(emptyQueues())
    .queue(viewer, query)
    .catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
};

describe('consoleCases.queue', () => {
  it.each(['urgentCursor', 'cursor'])(
    'refuses a forged %s at that parameter',
    async (parameter) => {
      // Act: base64url of `[{},1]`, a position list holding an empty start key.
      const error = await refusal({ tier: 'advocates', [parameter]: 'W3t9LDFd' });

      // Assess
      expect(error.message).toBe('invalid cursor');
      expect(error.issues).toEqual([
        { path: parameter, message: 'expected a cursor returned by a previous page' },
      ]);
    },
  );
});
