import type { AdvocacyConfig } from '../shared/config/schema.js';
import { ConfigError } from '../shared/errors.js';
import { SOURCE_NAMES, type SourceName } from '../shared/config/sources-schema.js';

interface WebhookSource {
  readonly source: SourceName;
  readonly secretArn?: string | undefined;
}

interface ContactLensSettings {
  readonly bucketName: string;
  readonly connectInstanceId: string;
}

/** Enabled sources that post webhooks (all but Contact Lens, which writes files to S3). */
const webhookSources = (config: AdvocacyConfig): readonly WebhookSource[] =>
  SOURCE_NAMES.filter((source) => source !== 'contactlens' && config.sources[source].enabled).map(
    (source) => ({ source, secretArn: config.sources[source].secretArn }),
  );

/**
 * The Contact Lens wiring, or undefined when there is nothing to wire: the source is disabled or
 * names no bucket. A bucket without an instance would give files nobody can attribute to a
 * customer, so that combination fails the synth, naming both settings.
 */
const contactLensSettings = (config: AdvocacyConfig): ContactLensSettings | undefined => {
  const { enabled, bucketName, connectInstanceId } = config.sources.contactlens;
  if (!enabled || bucketName === undefined) return undefined;
  if (connectInstanceId === undefined) {
    throw new ConfigError([
      {
        path: 'sources.contactlens.connectInstanceId',
        message: 'is required when sources.contactlens.bucketName is set',
      },
    ]);
  }
  return { bucketName, connectInstanceId };
};

export { contactLensSettings, webhookSources };
export type { ContactLensSettings, WebhookSource };
