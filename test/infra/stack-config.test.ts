import { describe, expect, it } from 'vitest';
import { contactLensSettings, webhookSources } from '../../infra/stack-config.js';
import { ConfigError } from '../../shared/errors.js';
import { exampleConfig } from '../helpers/config.js';
import { withContactLens } from './helpers/configs.js';

describe('webhookSources', () => {
  it('lists the enabled sources that post webhooks, without Contact Lens', async () => {
    const sources = webhookSources(await exampleConfig()).map(({ source }) => source);
    expect(sources).toEqual([
      'typeform',
      'delighted',
      'zendesk',
      'intercom',
      'surveymonkey',
      'qualtrics',
      'generic',
    ]);
  });

  it('skips disabled sources and carries an existing secret ARN', async () => {
    const config = structuredClone(await exampleConfig());
    config.sources.typeform.enabled = false;
    config.sources.zendesk.secretArn =
      'arn:aws:secretsmanager:us-east-1:111111111111:secret:zendesk-AbCdEf';

    const sources = webhookSources(config);

    expect(sources.map(({ source }) => source)).not.toContain('typeform');
    expect(sources.find(({ source }) => source === 'zendesk')?.secretArn).toBe(
      'arn:aws:secretsmanager:us-east-1:111111111111:secret:zendesk-AbCdEf',
    );
  });
});

describe('contactLensSettings', () => {
  it('wires nothing when the source names no bucket', async () => {
    expect(contactLensSettings(await exampleConfig())).toBeUndefined();
  });

  it('returns the bucket and the instance when both are set', async () => {
    expect(contactLensSettings(await withContactLens())).toEqual({
      bucketName: 'amazon-connect-example-bucket',
      connectInstanceId: '11111111-2222-3333-4444-555555555555',
    });
  });

  it('fails naming connectInstanceId when a bucket is set without an instance', async () => {
    const config = await withContactLens();
    delete config.sources.contactlens.connectInstanceId;

    const attempt = () => contactLensSettings(config);

    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      'sources.contactlens.connectInstanceId: is required when sources.contactlens.bucketName is set',
    );
  });
});
