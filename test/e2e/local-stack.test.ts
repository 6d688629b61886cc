import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { startLocalStack } from '../../infra/local/local-stack.js';
import { samplePayload } from '../../infra/local/samples.js';
import { signRequest } from '../../shared/sources/signing.js';
import { eventually, useLocalStack } from '../helpers/local-stack.js';

const local = useLocalStack();

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const openCase = async (): Promise<string> => {
  const tag = randomUUID().slice(0, 8);
  const now = new Date();
  const body = samplePayload(
    'generic',
    {
      id: `u-${tag}`,
      email: `c-${tag}@example.com`,
      name: 'Alex Doe',
      accountId: `acct-${tag}`,
      accountName: `Cases ${tag}`,
      segment: 'standard',
    },
    {
      responseId: `cases-${tag}`,
      nps: 1,
      comment: 'I have explained this to five people now and nobody fixes it. We will cancel.',
      at: now,
    },
  );
  const signed = signRequest('generic', body, developmentSecret('generic'), now);
  expect((await local.post('/webhooks/generic', signed.body, signed.headers)).status).toBe(202);
  return eventually(async () => {
    const [opened] = await local.casesOf(`account:acct-${tag}`);
    return typeof opened?.id === 'string' ? opened.id : undefined;
  });
};

describe('the local HTTP API', () => {
  it('answers 404 for a route the deployed API does not have', async () => {
    // Act
    const response = await fetch(`${local.stack().apiUrl}/nowhere`);

    // Assess
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ message: 'Not Found' });
  });

  it('answers SurveyMonkey’s HEAD check on a webhook URL through ingest', async () => {
    // Act
    const response = await fetch(`${local.stack().apiUrl}/webhooks/surveymonkey`, {
      method: 'HEAD',
    });

    // Assess
    expect(response.status).toBe(200);
  });

  it('refuses the cases API without the bearer token, and serves it with the token', async () => {
    // Prepare
    const caseId = await openCase();

    // Act
    const anonymous = await fetch(`${local.stack().apiUrl}/cases/${caseId}`);
    const wrongToken = await fetch(`${local.stack().apiUrl}/cases/${caseId}`, {
      headers: { authorization: 'Bearer not-the-token' },
    });
    const shown = await local.get(`/cases/${caseId}`);

    // Assess
    expect([anonymous.status, wrongToken.status]).toEqual([401, 401]);
    expect(shown.status).toBe(200);
    expect(shown.json).toMatchObject({ id: caseId, status: 'open', tier: 'advocates' });
  });

  it('acknowledges a case through the cases API', async () => {
    // Prepare
    const caseId = await openCase();

    // Act
    const response = await fetch(`${local.stack().apiUrl}/cases/${caseId}/acknowledge`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${local.stack().token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        actor: 'advocate@example.com',
        summary: 'Called the customer, billing fix agreed.',
        successCriteria: ['Invoices correct for two cycles'],
      }),
    });

    // Assess
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: caseId, status: 'engaged' });
  });
});

describe('startLocalStack', () => {
  it('names the busy port and the variable that moves it', async () => {
    // Prepare
    const busy = Number(new URL(local.stack().apiUrl).port);

    // Act
    const start = startLocalStack({
      configFile: 'advocacy.config.ts',
      ports: { api: busy, dynamodb: 0, fauxqs: 0, aws: 0 },
      sweepIntervalMs: 0,
      log: () => undefined,
    });

    // Assess
    await expect(start).rejects.toThrow(
      `Port ${busy} for the HTTP API is already in use; choose another with PORT=<port>.`,
    );
  });

  it('leaves no DynamoDB Local java process behind when stopped', async () => {
    // Prepare
    const stack = await startLocalStack({
      configFile: 'advocacy.config.ts',
      ports: { api: 0, dynamodb: 0, fauxqs: 0, aws: 0 },
      sweepIntervalMs: 0,
      log: () => undefined,
    });
    const pids = execFileSync('pgrep', [
      '-f',
      `DynamoDBLocal.jar.*-port ${new URL(stack.dynamodbEndpoint).port}`,
    ])
      .toString()
      .trim()
      .split('\n')
      .map(Number);

    // Act
    await stack.stop();

    // Assess
    expect(pids.length).toBeGreaterThan(0);
    expect(pids.filter(isAlive)).toEqual([]);
  });
});
