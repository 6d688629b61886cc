// SurveyMonkey and Qualtrics webhooks carry ids only, and Contact Lens arrives as an S3 file
// whose customer is read from Amazon Connect. No emulator covers those REST APIs, so a local
// HTTP server stands in for them (test/helpers/sources-api-server.ts), serving the documented
// response shapes; everything else is the real local stack.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../shared/aws/s3.js';
import { loadConfigFile } from '../../shared/config/load.js';
import { signRequest } from '../../shared/sources/signing.js';
import { startPlatformApiServer, type PlatformApiServer } from '../helpers/sources-api-server.js';
import { fixtureBytes, fixtureJson, qualtricsForm } from '../helpers/sources-fixtures.js';
import { eventually, useLocalStack } from '../helpers/local-stack.js';

const INSTANCE = '11111111-2222-3333-4444-555555555555';
const CONTACT = '0c7e5f2a-8b1d-4e3c-9f6a-2d4b8c1e7a90';
const BUCKET = 'connect-e2e-bucket';
const SECRETS = {
  surveymonkey: { signing: ['sm-e2e-secret'], apiToken: 'sm-token', clientId: 'advocacy-client' },
  qualtrics: { signing: ['qx-e2e-shared-key'], apiToken: 'qx-token' },
};

let platforms: PlatformApiServer;
let folder: string;
let configFile: string;

beforeAll(async () => {
  platforms = await startPlatformApiServer({
    '/v3/surveys/405912345/responses/11887766554/details': {
      body: fixtureJson('surveymonkey-response.json'),
    },
    '/v3/surveys/405912345/details': { body: fixtureJson('surveymonkey-survey.json') },
    '/API/v3/surveys/SV_3K7bP9xQwErTyUi/responses/R_1gYw7kLmNoPqRsT': {
      body: fixtureJson('qualtrics-response.json'),
    },
    [`/contact/attributes/${INSTANCE}/${CONTACT}`]: {
      body: {
        Attributes: { customerId: 'cus_4242', accountId: 'acct_harbour', email: 'c@example.com' },
      },
    },
  });
  // The example configuration, pointed at the stand-in APIs and a Connect instance and bucket.
  const config = structuredClone(await loadConfigFile('advocacy.config.ts'));
  config.sources.surveymonkey.apiBaseUrl = `${platforms.baseUrl}/v3`;
  config.sources.surveymonkey.ratingQuestions = { '667460001': 'nps' };
  config.sources.qualtrics.apiBaseUrl = `${platforms.baseUrl}/API/v3`;
  config.sources.contactlens.connectInstanceId = INSTANCE;
  config.sources.contactlens.bucketName = BUCKET;
  folder = await mkdtemp(join(tmpdir(), 'advocacy-e2e-'));
  configFile = join(folder, 'advocacy.config.json');
  await writeFile(configFile, JSON.stringify(config));
});

const local = useLocalStack(() => ({
  configFile,
  standIns: { connect: platforms.baseUrl },
  env: {
    ADVOCACY_LOCAL_TOKEN: 'e2e-token',
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    ADVOCACY_SECRET_SURVEYMONKEY: JSON.stringify(SECRETS.surveymonkey),
    ADVOCACY_SECRET_QUALTRICS: JSON.stringify(SECRETS.qualtrics),
  },
}));

afterAll(async () => {
  await platforms.close();
  await rm(folder, { recursive: true, force: true });
});

/** The customer's case once detect wrote it, and the alerts it produced. */
const caseAndAlerts = async (customerKey: string, alerts: number) => {
  const [opened] = await eventually(
    async () => {
      const cases = await local.casesOf(customerKey);
      return cases.length > 0 ? cases : undefined;
    },
    20_000,
    `a case for ${customerKey}`,
  );
  const delivered = await local.waitForAlerts(
    (alert) => alert.attributes.caseId === opened?.id,
    alerts,
  );
  return { opened, delivered };
};

describe('sources whose answers come from an API', () => {
  it('surveymonkey: a signed event -> 202 -> the response fetched -> case -> alert', async () => {
    // Prepare
    const signed = signRequest(
      'surveymonkey',
      fixtureBytes('surveymonkey-event.json'),
      SECRETS.surveymonkey.signing[0] ?? '',
      new Date(),
      { clientId: SECRETS.surveymonkey.clientId },
    );

    // Act
    const answer = await local.post('/webhooks/surveymonkey', signed.body, signed.headers);
    const { opened, delivered } = await caseAndAlerts('account:acct_malmö', 1);

    // Assess
    expect(answer.status).toBe(202);
    expect(opened).toMatchObject({ tier: 'advocates', segment: 'standard' });
    expect(delivered[0]).toMatchObject({ tier: 'advocates', subscription: 'team-inbox' });
    expect(delivered[0]?.attributes).toMatchObject({ tier: 'advocates', event: 'opened' });
  });

  it('qualtrics: a signed form post -> 202 -> the response fetched -> senior case -> alerts', async () => {
    // Prepare
    const signed = signRequest(
      'qualtrics',
      qualtricsForm(fixtureJson('qualtrics-msg.json')),
      SECRETS.qualtrics.signing[0] ?? '',
      new Date(),
    );

    // Act
    const answer = await local.post('/webhooks/qualtrics', signed.body, signed.headers);
    const { opened, delivered } = await caseAndAlerts('account:acct_köln', 1);

    // Assess
    expect(answer.status).toBe(202);
    expect(opened).toMatchObject({ tier: 'senior', segment: 'strategic' });
    expect(delivered.every((alert) => alert.tier === 'senior')).toBe(true);
    expect(delivered[0]?.attributes).toMatchObject({ segment: 'strategic', event: 'opened' });
  });

  it('contactlens: an analysis file in the Connect bucket -> S3 notification -> case -> alert', async () => {
    // Prepare
    const s3 = createS3Client({ region: 'us-east-1', endpoint: local.stack().fauxqsEndpoint });
    const key = `Analysis/Voice/Redacted/2026/11/21/${CONTACT}_analysis_redacted_2026-11-21T17:45:12Z.json`;

    // Act
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: key,
        Body: fixtureBytes('contactlens-analysis.json'),
      }),
    );
    const { opened, delivered } = await caseAndAlerts('account:acct_harbour', 1);
    s3.destroy();

    // Assess
    expect(opened).toMatchObject({ tier: 'advocates' });
    expect(delivered[0]?.attributes).toMatchObject({ tier: 'advocates', event: 'opened' });
  });
});
