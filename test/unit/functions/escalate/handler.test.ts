import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../../functions/escalate/handler.js';
import type { SweepResult } from '../../../../shared/casework/escalation-sweep.js';
import { DependencyError } from '../../../../shared/errors.js';

const result = (at: Date, failed: SweepResult['failed'] = []): SweepResult => ({
  at: at.toISOString(),
  due: failed.length,
  escalated: [],
  skipped: [],
  raced: [],
  failed,
});

// The sweep itself runs against DynamoDB Local in the integration tests; here it is a stub.
const setUp = (failed: SweepResult['failed'] = []) => {
  const seen: Date[] = [];
  const recorded: SweepResult[] = [];
  const errors: Record<string, unknown>[] = [];
  const handle = createHandler({
    sweep: (now) => {
      seen.push(now);
      return Promise.resolve(result(now, failed));
    },
    logger: { info: () => undefined, error: (_message, extra) => void errors.push(extra) },
    record: (value) => void recorded.push(value),
    now: () => new Date('2026-11-18T12:00:00Z'),
  });
  return { handle, seen, recorded, errors };
};

describe('escalate handler', () => {
  it("sweeps at the schedule event's time, so tests and the local stack can move time", async () => {
    const { handle, seen, recorded } = setUp();

    await handle({ time: '2026-11-19T08:00:00Z' });

    expect(seen).toEqual([new Date('2026-11-19T08:00:00Z')]);
    expect(recorded).toHaveLength(1);
  });

  it('uses the clock when the event carries no usable time', async () => {
    const { handle, seen } = setUp();

    await handle({});
    await handle({ time: 'not a time' });

    expect(seen).toEqual([new Date('2026-11-18T12:00:00Z'), new Date('2026-11-18T12:00:00Z')]);
  });

  it('fails the invocation when a case could not be escalated, after logging it', async () => {
    const { handle, errors } = setUp([{ caseId: 'c9', error: new Error('throttled') }]);

    await expect(handle({})).rejects.toThrow(
      new DependencyError('1 case(s) could not be escalated'),
    );
    expect(errors).toEqual([{ caseId: 'c9', error: 'Error: throttled' }]);
  });
});
