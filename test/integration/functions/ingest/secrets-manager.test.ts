// Secrets Manager has no emulator among ours: a local node:http server answers the SDK's
// GetSecretValue call (AWS JSON 1.1 over POST /) as AWS documents it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecretsManagerClient } from '../../../../shared/aws/secrets.js';
import { DependencyError } from '../../../../shared/errors.js';
import { SecretsManagerSecretProvider } from '../../../../shared/sources/secrets-manager-secret-provider.js';
import {
  startPlatformApiServer,
  type PlatformApiServer,
} from '../../../helpers/sources-api-server.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:advocacy/typeform-AbCdEf';
let server: PlatformApiServer;

beforeAll(async () => {
  server = await startPlatformApiServer({
    '/': {
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: {
        ARN,
        Name: 'advocacy/typeform',
        VersionId: 'v1',
        SecretString: '{"signing":["new","old"]}',
        CreatedDate: 1763700000,
      },
    },
  });
});

afterAll(async () => {
  await server.close();
});

const provider = (secretArns: Record<string, string>) =>
  new SecretsManagerSecretProvider({
    client: createSecretsManagerClient({ region: 'us-east-1', endpoint: server.baseUrl }),
    secretArns,
  });

describe('SecretsManagerSecretProvider', () => {
  it('reads the source secret by its ARN and caches it', async () => {
    const secrets = provider({ typeform: ARN });

    const first = await secrets.get('typeform');
    const second = await secrets.get('typeform');

    expect(first).toEqual({ signing: ['new', 'old'], apiKeys: [] });
    expect(second).toEqual(first);
    expect(
      server.requests.filter(
        (request) => request.headers['x-amz-target'] === 'secretsmanager.GetSecretValue',
      ),
    ).toHaveLength(1);
  });

  it('re-reads a cached secret on refresh, at most once per interval', async () => {
    let clock = 1_000_000;
    const secrets = new SecretsManagerSecretProvider({
      client: createSecretsManagerClient({ region: 'us-east-1', endpoint: server.baseUrl }),
      secretArns: { typeform: ARN },
      now: () => clock,
    });
    const reads = () =>
      server.requests.filter(
        (request) => request.headers['x-amz-target'] === 'secretsmanager.GetSecretValue',
      ).length;
    await secrets.get('typeform');
    const before = reads();

    const first = await secrets.refresh('typeform');
    clock += 30_000;
    const tooSoon = await secrets.refresh('typeform');
    clock += 31_000;
    const again = await secrets.refresh('typeform');

    expect(first).toEqual({ signing: ['new', 'old'], apiKeys: [] });
    expect(tooSoon).toBeUndefined();
    expect(again).toEqual(first);
    expect(reads() - before).toBe(2);
  });

  it('fails with 503 material when no ARN is configured for the source', async () => {
    await expect(provider({}).get('typeform')).rejects.toThrow(
      new DependencyError('no secret ARN configured for source typeform'),
    );
  });

  it('fails with 503 material when the secret has no value yet', async () => {
    server.route('/', {
      status: 400,
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amzn-errortype': 'ResourceNotFoundException',
      },
      body: {
        __type: 'ResourceNotFoundException',
        message:
          "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
      },
    });

    await expect(provider({ typeform: ARN }).get('typeform')).rejects.toThrow(
      new DependencyError('cannot read the secret of source typeform'),
    );
  });
});
