import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile, parseConfig } from '../../../../shared/config/load.js';
import { ConfigError } from '../../../../shared/errors.js';
import { exampleConfig } from '../../../helpers/config.js';

const errorOf = (run: () => unknown): ConfigError => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('the example configuration', () => {
  it('is valid and defines the documented segments and tiers', async () => {
    const config = await exampleConfig();

    expect(config.segments.map((segment) => segment.name)).toEqual([
      'strategic',
      'standard',
      'low-margin',
    ]);
    expect(config.tiers.map((tier) => [tier.name, tier.segments])).toEqual([
      ['senior', ['strategic']],
      ['advocates', ['standard']],
      ['sop', ['low-margin']],
    ]);
    expect(config.ingest.maxBodyBytes).toBe(262_144);
  });
});

describe('parseConfig', () => {
  it('names the path and the problem of a bad SLA in one line', async () => {
    const input = structuredClone(await exampleConfig()) as Record<string, unknown> & {
      tiers: { sla: object }[];
    };
    input.tiers[1]!.sla = { urgentMinutes: -3, nonUrgentBusinessMinutes: 480 };

    const error = errorOf(() => parseConfig(input, 'advocacy.config.ts'));

    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe(
      'advocacy.config.ts: tiers[1].sla.urgentMinutes: expected a positive number',
    );
  });

  it('rejects a tier that serves an unknown segment and a dangling escalation target', async () => {
    const input = structuredClone(await exampleConfig()) as unknown as {
      tiers: { segments: string[]; escalateTo: string | null }[];
    };
    input.tiers[0]!.segments = ['strategic', 'platinum'];
    input.tiers[2]!.escalateTo = 'nobody';

    const error = errorOf(() => parseConfig(input));

    expect(error.issues).toEqual([
      { path: 'tiers[0].segments[1]', message: 'unknown segment "platinum"' },
      {
        path: 'tiers[2].escalateTo',
        message: 'expected a tier name, "management" or null, got "nobody"',
      },
    ]);
  });

  it('rejects an unknown time zone and an inverted business day', async () => {
    const input = structuredClone(await exampleConfig()) as unknown as { businessHours: object };
    input.businessHours = { timeZone: 'Mars/Olympus', start: '18:00', end: '09:00' };

    const error = errorOf(() => parseConfig(input));

    expect(error.issues).toEqual([
      {
        path: 'businessHours.timeZone',
        message: 'expected an IANA time zone such as Europe/London',
      },
      { path: 'businessHours.end', message: 'start must be before end' },
    ]);
  });

  it('fills the documented defaults', () => {
    const config = parseConfig({
      segments: [{ name: 'standard' }],
      defaultSegment: 'standard',
      tiers: [
        {
          name: 'advocates',
          segments: ['standard'],
          sla: { urgentMinutes: 30, nonUrgentBusinessMinutes: 480 },
        },
      ],
      businessHours: { timeZone: 'Europe/London' },
    });

    expect(config.businessHours).toEqual({
      timeZone: 'Europe/London',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
      start: '09:00',
      end: '17:00',
      holidays: [],
    });
    expect(config.sources.generic.enabled).toBe(false);
    expect(config.queue.maxReceiveCount).toBe(5);
    expect(config.escalation.maxLevels).toBe(2);
    expect(config.retention).toEqual({ rawTextDays: 90, assessmentDays: 90 });
    expect(config.observability).toEqual({ tracing: true });
  });

  it('rejects assessments kept for less time than their raw text', async () => {
    const input = structuredClone(await exampleConfig()) as unknown as { retention: object };
    input.retention = { rawTextDays: 120, assessmentDays: 30 };

    const error = errorOf(() => parseConfig(input));

    expect(error.issues).toEqual([
      {
        path: 'retention.assessmentDays',
        message: 'keep assessments at least as long as their raw text (retention.rawTextDays: 120)',
      },
    ]);
  });
});

describe('loadConfigFile', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'advocacy-config-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads a JSON file and reports the file name with each problem', async () => {
    const file = join(folder, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({ segments: [], defaultSegment: 'x', tiers: [], businessHours: {} }),
    );

    await expect(loadConfigFile(file)).rejects.toThrow(
      `${file}: segments: Too small: expected array to have >=1 items`,
    );
  });

  it('reports a file that cannot be parsed', async () => {
    const file = join(folder, 'broken.json');
    await writeFile(file, '{ not json');

    await expect(loadConfigFile(file)).rejects.toThrow(
      /broken\.json: \(file\): cannot read configuration:/,
    );
  });
});
