import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SIGNAL_KINDS, type MeasuredUsage } from '../../../../shared/cost/usage.js';
import { measureUsage } from '../../../bench/cost-run.js';

// The committed counts behind the README's cost table (npm run bench -- cost --write): rerun the
// scenario on the local stack and demand the same requests, units, invocations and deliveries,
// so a change to what the handlers ask of AWS fails here until the table is regenerated.
describe('measured usage (shared/cost/measured-usage.json)', () => {
  it('matches a fresh run of the cost scenario on the local stack', async () => {
    // Prepare
    const committed = JSON.parse(
      await readFile('shared/cost/measured-usage.json', 'utf8'),
    ) as MeasuredUsage;

    // Act
    const fresh = await measureUsage('integration test');

    // Assess
    for (const kind of SIGNAL_KINDS) {
      expect(fresh.kinds[kind].webhooks).toBe(committed.kinds[kind].webhooks);
      expect(fresh.kinds[kind].counts).toEqual(committed.kinds[kind].counts);
      // Log lines are the same; their bytes vary a little (ids, timestamps, durations).
      for (const [service, volume] of Object.entries(committed.kinds[kind].logs)) {
        expect(fresh.kinds[kind].logs[service]?.events).toBe(volume.events);
        expect(fresh.kinds[kind].logs[service]?.bytes).toBeGreaterThan(volume.bytes * 0.9);
        expect(fresh.kinds[kind].logs[service]?.bytes).toBeLessThan(volume.bytes * 1.1);
      }
    }
    expect(fresh.sweep.counts).toEqual(committed.sweep.counts);
    expect(fresh.secretReadsPerContainer).toBe(committed.secretReadsPerContainer);
  }, 300_000);
});
