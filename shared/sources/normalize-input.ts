import { z } from 'zod';
import type { SourcesConfig } from '../config/sources-schema.js';
import { NotFoundError, ValidationError } from '../errors.js';
import { parseJsonWith } from '../parse.js';
import { shown } from '../plain-text.js';
import type { Normalized } from './adapter.js';
import { normalizeContactLens } from './contactlens.js';
import type { PlatformApi } from './platform-api.js';
import { adapterFor, isWebhookSource } from './registry.js';
import type { SecretProvider, SourceSecret } from './source-secret.js';

interface NormalizeInput {
  readonly source: string;
  readonly body: Buffer;
  readonly receivedAt: Date;
  /** Contact Lens: the S3 key (it names the contact) and the contact's attributes. */
  readonly key?: string | undefined;
  readonly attributes?: string | undefined;
  /** Headers some sources read besides the signature (Zendesk's signed timestamp). */
  readonly headers?: Readonly<Record<string, string>>;
}

interface NormalizeDeps {
  readonly sources: SourcesConfig;
  readonly api: PlatformApi;
  /** SurveyMonkey and Qualtrics need an API token from their secret; others need none. */
  readonly secrets: SecretProvider;
}

const AttributesSchema = z.record(z.string(), z.string());

const parseAttributes = (text: string | undefined): Record<string, string> =>
  text === undefined
    ? {}
    : parseJsonWith(
        AttributesSchema,
        text,
        {
          notJson: '--attributes is not JSON',
          invalid: '--attributes must be a JSON object of strings',
        },
        { at: 'attributes' },
      );

const NEEDS_API = new Set(['surveymonkey', 'qualtrics']);

/**
 * Normalizes one raw body as ingest would, without verifying a signature: for the `normalize`
 * command (trying a payload, replaying a Contact Lens file) and for tests.
 */
const normalizeInput = async (input: NormalizeInput, deps: NormalizeDeps): Promise<Normalized> => {
  const { source } = input;
  if (source === 'contactlens') {
    if (input.key === undefined)
      throw new ValidationError('contactlens needs --key, the S3 key that names the contact', [
        { path: 'key', message: 'required' },
      ]);
    return normalizeContactLens(
      input.body,
      input.key,
      parseAttributes(input.attributes),
      deps.sources.contactlens,
      input.receivedAt,
    );
  }
  if (!isWebhookSource(source)) throw new NotFoundError(`unknown source ${shown(source)}`);
  const secret: SourceSecret | undefined = NEEDS_API.has(source)
    ? await deps.secrets.get(source)
    : undefined;
  return adapterFor(source).normalize(
    { headers: input.headers ?? {}, body: input.body },
    { options: deps.sources[source], receivedAt: input.receivedAt, api: deps.api, secret },
  );
};

export { normalizeInput, parseAttributes };
export type { NormalizeDeps, NormalizeInput };
