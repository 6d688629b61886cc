import { describe, expect, it } from 'vitest';
import { decodePositions, encodePositions } from '../../../../shared/cases/dynamo-page-cursor.js';
import type { CaseService } from '../../../../shared/casework/case-service.js';
import type { ActRequest } from '../../../../shared/casework/case-service.js';
import { toCaseView } from '../../../../shared/casework/case-view.js';
import type { ListQuery } from '../../../../shared/casework/request-schemas.js';
import { consoleCases } from '../../../../shared/console/console-cases.js';
import { NotFoundError, ValidationError } from '../../../../shared/errors.js';
import { buildCase } from '../../../fixtures/casework/case-builder.js';

/** A cases service whose queues are empty and which reads cursors as the store does. */
const emptyQueues = (queries: ListQuery[] = []): CaseService => ({
  list: (query) => {
    queries.push(query);
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

  it('pages on with a genuine cursor, longer than any filter, in the tier asked for', async () => {
    // Prepare
    const caseId = '6f1c2a34-8d4e-4b7a-9c51-0e2f3a4b5c6d';
    const cursor = encodePositions([
      {
        pk: `CASE#${caseId}`,
        sk: 'CASE',
        gsi1pk: 'QUEUE#senior#open',
        gsi1sk: `2026-11-20T10:00:00.000Z#${caseId}`,
      },
      null,
    ]);
    const queries: ListQuery[] = [];
    const seniorViewer = { name: 'sam', groups: ['advocates', 'senior'] };

    // Act
    await cases(emptyQueues(queries)).queue(seniorViewer, {
      tier: 'senior',
      urgency: 'normal',
      cursor,
    });

    // Assess
    expect(cursor?.length).toBeGreaterThan(100);
    expect(queries).toEqual([expect.objectContaining({ tier: 'senior', urgent: false, cursor })]);
  });

  it('drops an unreadable filter on its own and keeps the others', async () => {
    // Prepare
    const queries: ListQuery[] = [];
    const seniorViewer = { name: 'sam', groups: ['advocates', 'senior'] };

    // Act
    await cases(emptyQueues(queries)).queue(seniorViewer, {
      tier: 'senior',
      urgency: 'normal',
      segment: 's'.repeat(101),
    });

    // Assess
    expect(queries).toEqual([expect.objectContaining({ tier: 'senior', urgent: false })]);
  });
});

describe('consoleCases.act', () => {
  it.each(['one', '1.5', '-2'])(
    'refuses a form whose version is %j, never writing as if it named the latest',
    async (version) => {
      // Prepare
      const acted: ActRequest[] = [];
      const view = toCaseView({ case: buildCase({ id: 'c1' }), events: [], signals: [] });
      const service: CaseService = {
        list: () => Promise.resolve({ items: [] }),
        show: () => Promise.resolve(view),
        act: (request) => {
          acted.push(request);
          return Promise.resolve(view);
        },
      };
      const form = new URLSearchParams({ expectedVersion: version, note: 'n' });

      // Act
      const outcome = await cases(service).act(viewer, 'c1', 'resolve', form);

      // Assess
      expect(outcome).toMatchObject({ done: false, status: 400 });
      expect(acted).toEqual([]);
    },
  );
});

describe('consoleCases.show', () => {
  // Escalated twice, advocates -> senior -> management, as the sweep records it.
  const escalation = (eventId: string, from: string, to: string) => ({
    caseId: 'c1',
    eventId,
    type: 'escalated' as const,
    at: '2026-11-20T09:00:00.000Z',
    actor: 'system:escalation',
    details: { from, to, level: Number(eventId), ackDeadline: null },
  });
  const service: CaseService = {
    list: () => Promise.resolve({ items: [] }),
    show: () =>
      Promise.resolve(
        toCaseView({
          case: buildCase({ id: 'c1', escalationLevel: 2, escalatedTo: 'management' }),
          events: [escalation('2', 'advocates', 'senior'), escalation('3', 'senior', 'management')],
          signals: [],
        }),
      ),
    act: () => Promise.reject(new Error('not used')),
  };

  it('opens a case for a tier it was escalated to before, whose alert links to it', async () => {
    // Act
    const page = await cases(service).show({ name: 'sam', groups: ['senior'] }, 'c1');

    // Assess
    expect(page).toContain('Customer c1');
  });

  it('answers a tier the case never reached as if the case did not exist', async () => {
    // Act
    const shown = cases(service).show({ name: 'olu', groups: ['sop'] }, 'c1');

    // Assess
    await expect(shown).rejects.toBeInstanceOf(NotFoundError);
  });
});
