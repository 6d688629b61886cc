import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { samplePayload } from '../../infra/local/samples.js';
import { loadConfigFile } from '../../shared/config/load.js';
import { signRequest } from '../../shared/sources/signing.js';
import { eventually, useLocalStack } from '../helpers/local-stack.js';

let folder: string;
let configFile: string;

beforeAll(async () => {
  // The example configuration with a senior SLA of about two seconds, so an urgent case is
  // overdue almost at once and the sweep (every second here) escalates it to management.
  const config = structuredClone(await loadConfigFile('advocacy.config.ts'));
  for (const tier of config.tiers) if (tier.name === 'senior') tier.sla.urgentMinutes = 0.03;
  folder = await mkdtemp(join(tmpdir(), 'advocacy-e2e-'));
  configFile = join(folder, 'advocacy.config.json');
  await writeFile(configFile, JSON.stringify(config));
});

const local = useLocalStack(() => ({ configFile, sweepIntervalMs: 1000 }));

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the escalation schedule', () => {
  it('escalates an unacknowledged urgent case past its deadline and alerts management', async () => {
    // Prepare
    const tag = randomUUID().slice(0, 8);
    const now = new Date();
    const body = samplePayload(
      'generic',
      {
        id: `u-${tag}`,
        email: `e-${tag}@example.com`,
        name: 'Sasha Ivanova',
        accountId: `acct-${tag}`,
        accountName: `Escalation ${tag}`,
        segment: 'strategic',
      },
      {
        responseId: `esc-${tag}`,
        nps: 0,
        comment:
          "Our whole site is down right now and we can't take any orders. We are losing money every minute.",
        at: now,
      },
    );
    const signed = signRequest('generic', body, developmentSecret('generic'), now);

    // Act
    const answer = await local.post('/webhooks/generic', signed.body, signed.headers);
    const caseId = await eventually(async () => {
      const [opened] = await local.casesOf(`account:acct-${tag}`);
      return typeof opened?.id === 'string' ? opened.id : undefined;
    });
    const [escalation] = await local.waitForAlerts(
      (alert) => alert.attributes.caseId === caseId && alert.tier === 'management',
      1,
      30_000,
    );

    // Assess
    expect(answer.status).toBe(202);
    expect(escalation).toMatchObject({ subscription: 'head-of-cs' });
    expect(escalation?.attributes).toMatchObject({ event: 'escalated', caseId });
    const shown = await local.get(`/cases/${caseId}`);
    expect(shown.json).toMatchObject({ id: caseId, escalationLevel: 1 });
  });
});
