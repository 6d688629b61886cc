// Secrets Manager has no emulator among ours: for the cost scenario, a node:http server answers
// GetSecretValue (AWS JSON 1.1 over POST /) with each source's development secret, so ingest
// reads its secrets the way it does in AWS (SecretsManagerSecretProvider, cached) and the
// meter counts the reads that get past the cache.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { developmentSecret } from '../../infra/local/dev-secrets.js';
import { closeServer } from '../../infra/local/listen.js';
import type { SourceName } from '../../shared/config/sources-schema.js';

interface SecretsStandIn {
  readonly url: string;
  /** ADVOCACY_SECRET_ARNS for these sources: source -> the ARN the stand-in answers for. */
  readonly arns: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

const arnOf = (source: string): string =>
  `arn:aws:secretsmanager:us-east-1:000000000000:secret:advocacy/${source}`;

const startSecretsStandIn = async (sources: readonly SourceName[]): Promise<SecretsStandIn> => {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { SecretId = '' } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
        SecretId?: string;
      };
      const source = sources.find((name) => arnOf(name) === SecretId);
      if (source === undefined) {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ __type: 'ResourceNotFoundException', message: SecretId }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(
        JSON.stringify({
          ARN: SecretId,
          Name: `advocacy/${source}`,
          VersionId: 'v1',
          SecretString: developmentSecret(source),
          CreatedDate: 1763700000,
        }),
      );
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arns: Object.fromEntries(sources.map((source) => [source, arnOf(source)])),
    stop: () => closeServer(server),
  };
};

export { startSecretsStandIn };
export type { SecretsStandIn };
