import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { DependencyError } from '../errors.js';
import { parseSourceSecret, type SecretProvider, type SourceSecret } from './source-secret.js';

interface SecretsManagerSecretProviderOptions {
  readonly client: SecretsManagerClient;
  /** Source name -> secret ARN (ADVOCACY_SECRET_ARNS, set by infra). */
  readonly secretArns: Readonly<Record<string, string>>;
  /**
   * How long a value is reused. A rotation adds the new secret next to the old one, so a value up
   * to this old still verifies both. Default 300 s.
   */
  readonly maxAgeSeconds?: number;
  /** Least time between two forced re-reads of one source's secret. Default 60 s. */
  readonly refreshIntervalSeconds?: number;
  /** Injected clock for the refresh interval. */
  readonly now?: () => number;
}

/** Reads source secrets from Secrets Manager through Powertools' caching provider. */
class SecretsManagerSecretProvider implements SecretProvider {
  private readonly provider: SecretsProvider;

  constructor(private readonly options: SecretsManagerSecretProviderOptions) {
    this.provider = new SecretsProvider({ awsSdkV3Client: options.client });
  }

  private readonly refreshedAt = new Map<string, number>();

  get(source: string): Promise<SourceSecret> {
    return this.read(source, false);
  }

  async refresh(source: string): Promise<SourceSecret | undefined> {
    const now = (this.options.now ?? Date.now)();
    const last = this.refreshedAt.get(source);
    if (last !== undefined && now - last < (this.options.refreshIntervalSeconds ?? 60) * 1000)
      return undefined;
    this.refreshedAt.set(source, now);
    return this.read(source, true);
  }

  private async read(source: string, forceFetch: boolean): Promise<SourceSecret> {
    const arn = Object.hasOwn(this.options.secretArns, source)
      ? this.options.secretArns[source]
      : undefined;
    if (arn === undefined)
      throw new DependencyError(`no secret ARN configured for source ${source}`);
    let value: unknown;
    try {
      value = await this.provider.get(arn, {
        maxAge: this.options.maxAgeSeconds ?? 300,
        forceFetch,
      });
    } catch (error) {
      throw new DependencyError(`cannot read the secret of source ${source}`, { cause: error });
    }
    if (typeof value !== 'string' || value.trim() === '')
      throw new DependencyError(`the secret of source ${source} has no text value yet`);
    return parseSourceSecret(value, source);
  }
}

export { SecretsManagerSecretProvider };
export type { SecretsManagerSecretProviderOptions };
