import { z } from 'zod';
import { DependencyError } from '../errors.js';

/**
 * What a source's secret holds. Stored either as a plain string (one signing secret) or as JSON:
 * `{"signing": ["current", "previous"], "apiToken": "...", "clientId": "...", "apiKeys": ["..."]}`.
 * - `signing`: every secret a signature may be made with; any match is accepted, so a rotation
 *   adds the new secret first and removes the old one once the platform uses the new one.
 *   Typeform/Zendesk/Intercom: the webhook (or app client) secret; Delighted: the API key;
 *   SurveyMonkey: the app's API secret; Qualtrics: the subscription's `sharedKey`;
 *   generic: `whsec_...` Standard Webhooks secrets.
 * - `apiToken`: SurveyMonkey access token / Qualtrics `X-API-TOKEN`, to fetch responses.
 * - `clientId`: SurveyMonkey Client ID (the `Sm-Apikey` header; part of its signing key).
 * - `apiKeys`: generic only: static keys accepted in `x-api-key` from senders that cannot sign
 *   (Qualtrics Workflows); no replay protection, so prefer signing.
 */
interface SourceSecret {
  readonly signing: readonly string[];
  readonly apiToken?: string | undefined;
  readonly clientId?: string | undefined;
  readonly apiKeys: readonly string[];
}

const oneOrMany = z.union([
  z
    .string()
    .min(1)
    .transform((value) => [value]),
  z.array(z.string().min(1)),
]);

const SecretJsonSchema = z.object({
  signing: oneOrMany.default([]),
  apiToken: z.string().min(1).optional(),
  clientId: z.string().min(1).optional(),
  apiKeys: oneOrMany.default([]),
});

/**
 * Parses a stored secret value. A value that is not a JSON object is one signing secret; a JSON
 * object that does not match the format is a configuration problem (DependencyError: the sender
 * retries while an admin fixes the secret).
 */
const parseSourceSecret = (value: string, source: string): SourceSecret => {
  const trimmed = value.trim();
  if (!trimmed.startsWith('{')) return { signing: [trimmed], apiKeys: [] };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    throw new DependencyError(`secret of source ${source} starts with "{" but is not JSON`);
  }
  const result = SecretJsonSchema.safeParse(json);
  if (!result.success)
    throw new DependencyError(`secret of source ${source} does not match the documented format`);
  return result.data;
};

/** The port ingest reads secrets through: Secrets Manager in AWS, environment variables locally. */
interface SecretProvider {
  /** Throws DependencyError when the secret cannot be read or is not set. */
  get(source: string): Promise<SourceSecret>;
  /**
   * Re-reads a cached secret after a signature failed, in case it was rotated meanwhile; rate
   * limited per source so forged requests cannot turn into secret reads. Undefined: not re-read.
   */
  refresh?(source: string): Promise<SourceSecret | undefined>;
}

/**
 * Local stack and tests: `ADVOCACY_SECRET_<SOURCE>` (see `localSecretVariable`) holds the value
 * in the same format as the Secrets Manager secret.
 */
class EnvSecretProvider implements SecretProvider {
  constructor(
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly variable: (source: string) => string,
  ) {}

  get(source: string): Promise<SourceSecret> {
    return Promise.resolve(source).then((name) => {
      const value = this.env[this.variable(name)];
      if (value === undefined || value.trim() === '')
        throw new DependencyError(`no secret for source ${name}: set ${this.variable(name)}`);
      return parseSourceSecret(value, name);
    });
  }
}

export { EnvSecretProvider, parseSourceSecret };
export type { SecretProvider, SourceSecret };
