import { describe, expect, it } from 'vitest';
import { localSecretVariable } from '../../../../shared/config/env.js';
import { DependencyError } from '../../../../shared/errors.js';
import { EnvSecretProvider, parseSourceSecret } from '../../../../shared/sources/source-secret.js';

describe('parseSourceSecret', () => {
  it('reads a plain string as one signing secret', () => {
    expect(parseSourceSecret('  tf-secret \n', 'typeform')).toEqual({
      signing: ['tf-secret'],
      apiKeys: [],
    });
  });

  it('reads the JSON form with rotation, API token, client id and API keys', () => {
    const value = JSON.stringify({
      signing: ['new', 'old'],
      apiToken: 'token',
      clientId: 'client',
      apiKeys: 'key-1',
    });

    expect(parseSourceSecret(value, 'surveymonkey')).toEqual({
      signing: ['new', 'old'],
      apiToken: 'token',
      clientId: 'client',
      apiKeys: ['key-1'],
    });
  });

  it('reports a malformed JSON secret without echoing its value', () => {
    expect(() => parseSourceSecret('{"signing": ', 'zendesk')).toThrow(
      new DependencyError('secret of source zendesk starts with "{" but is not JSON'),
    );
    expect(() => parseSourceSecret('{"signing": [1]}', 'zendesk')).toThrow(
      new DependencyError('secret of source zendesk does not match the documented format'),
    );
  });
});

describe('EnvSecretProvider', () => {
  it('reads ADVOCACY_SECRET_<SOURCE>', async () => {
    const provider = new EnvSecretProvider(
      { ADVOCACY_SECRET_INTERCOM: 'client-secret' },
      localSecretVariable,
    );

    await expect(provider.get('intercom')).resolves.toEqual({
      signing: ['client-secret'],
      apiKeys: [],
    });
  });

  it('names the variable to set when the secret is missing', async () => {
    const provider = new EnvSecretProvider({ ADVOCACY_SECRET_INTERCOM: ' ' }, localSecretVariable);

    await expect(provider.get('intercom')).rejects.toThrow(
      new DependencyError('no secret for source intercom: set ADVOCACY_SECRET_INTERCOM'),
    );
  });
});
