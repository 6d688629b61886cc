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
}

/** Reads source secrets from Secrets Manager through Powertools' caching provider. */
class SecretsManagerSecretProvider implements SecretProvider {
  private readonly provider: SecretsProvider;

  constructor(private readonly options: SecretsManagerSecretProviderOptions) {
    this.provider = new SecretsProvider({ awsSdkV3Client: options.client });
  }

  async get(source: string): Promise<SourceSecret> {
    const arn = Object.hasOwn(this.options.secretArns, source)
      ? this.options.secretArns[source]
      : undefined;
    if (arn === undefined)
      throw new DependencyError(`no secret ARN configured for source ${source}`);
    let value: unknown;
    try {
      value = await this.provider.get(arn, { maxAge: this.options.maxAgeSeconds ?? 300 });
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
