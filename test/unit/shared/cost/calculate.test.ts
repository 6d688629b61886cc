import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../../shared/config/load.js';
import { monthlyCost, sampledTraces, type CostLine } from '../../../../shared/cost/calculate.js';
import { costSection, deploymentOf } from '../../../../shared/cost/cost-table.js';
import {
  itemSize,
  transactionWriteUnits,
  writeUnitsOf,
} from '../../../../shared/cost/dynamodb-units.js';
import type { MeasuredUsage } from '../../../../shared/cost/usage.js';

const measured = async (): Promise<MeasuredUsage> =>
  JSON.parse(await readFile('shared/cost/measured-usage.json', 'utf8')) as MeasuredUsage;

describe('DynamoDB billing rules', () => {
  it('sizes an item as its attribute names plus values', () => {
    // Prepare
    const item = {
      pk: { S: 'abc' },
      n: { N: '123.45' },
      ok: { BOOL: true },
      l: { L: [{ S: 'x' }] },
    };

    // Act
    const size = itemSize(item);

    // Assess: 2+3, 1+(ceil(5/2)+1), 2+1, 1+(3+1+1)
    expect(size).toBe(5 + 5 + 3 + 6);
  });

  it('bills a transaction twice per KB of each item and its index entries once', () => {
    // Prepare
    const indexed = {
      pk: { S: 'a' },
      gsi4pk: { S: 'M' },
      gsi4sk: { S: '1' },
      v: { S: 'x'.repeat(1500) },
    };
    const small = { pk: { S: 'b' } };

    // Act
    const units = transactionWriteUnits(
      [
        { before: undefined, after: indexed },
        { before: small, after: small },
      ],
      [{ name: 'month', attributes: ['gsi4pk', 'gsi4sk'] }],
    );

    // Assess
    expect(units).toEqual({ table: 2 * 2 + 2 * 1, indexes: 2 });
    expect(writeUnitsOf(0)).toBe(1);
  });
});

describe('monthlyCost', () => {
  it('records every request while under X-Ray reservoir, and 5% beyond it', () => {
    // Act, Assess
    expect(sampledTraces(1000)).toBe(1000);
    expect(sampledTraces(2_592_000 + 1_000_000)).toBeCloseTo(2_592_000 + 50_000);
  });

  it('scales the measured lines linearly with the signals and keeps the fixed ones', async () => {
    // Prepare
    const usage = await measured();
    const deployment = deploymentOf(await loadConfigFile('advocacy.config.ts'));

    // Act
    const [small, large] = [1e6, 2e6].map((signals) => monthlyCost(usage, deployment, signals));

    // Assess
    const line = (lines: typeof small, item: string) =>
      lines?.find((one) => one.item === item)?.usd ?? Number.NaN;
    expect(line(large, 'DynamoDB writes')).toBeCloseTo(2 * line(small, 'DynamoDB writes'));
    expect(line(large, 'KMS key and requests')).toBe(line(small, 'KMS key and requests'));
  });

  it('prices what is configured: X-Ray only when tracing is on, storage by the retention', async () => {
    // Prepare
    const usage = await measured();
    const config = await loadConfigFile('advocacy.config.ts');
    const line = (lines: CostLine[], start: string) =>
      lines.find((one) => one.item.startsWith(start))?.usd ?? Number.NaN;
    const configured = (change: (copy: typeof config) => void) => {
      const copy = structuredClone(config);
      change(copy);
      return monthlyCost(usage, deploymentOf(copy), 1e6);
    };

    // Act
    const untraced = configured((copy) => (copy.observability.tracing = false));
    const traced = configured((copy) => (copy.observability.tracing = true));
    const month = configured((copy) => (copy.retention.assessmentDays = 30));
    const year = configured((copy) => (copy.retention.assessmentDays = 365));

    // Assess
    expect(line(untraced, 'X-Ray')).toBe(0);
    expect(line(traced, 'X-Ray')).toBeGreaterThan(0);
    expect(line(month, 'DynamoDB storage')).toBeLessThan(line(year, 'DynamoDB storage') / 2);
  });

  it('is what the README shows between its cost-table markers', async () => {
    // Prepare
    const readme = await readFile('README.md', 'utf8');
    const shown = /<!-- cost-table:begin[^>]*-->\n([\s\S]*?)\n<!-- cost-table:end -->/.exec(readme);

    // Act
    const section = costSection(await measured(), await loadConfigFile('advocacy.config.ts'));

    // Assess
    expect(shown?.[1]).toBe(section);
  });
});
