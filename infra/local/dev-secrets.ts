import { randomBytes } from 'node:crypto';
import { localSecretVariable } from '../../shared/config/env.js';
import type { AdvocacyConfig } from '../../shared/config/schema.js';
import { SOURCE_NAMES, type SourceName } from '../../shared/config/sources-schema.js';

/** A signing secret for one source and where it came from (printed at start). */
interface LocalSecret {
  readonly source: SourceName;
  readonly value: string;
  readonly fromEnvironment: boolean;
}

// Contact Lens has no webhook: S3 and IAM authenticate it, so it has no signing secret.
const SIGNED_SOURCES = SOURCE_NAMES.filter((source) => source !== 'contactlens');

/**
 * Fixed development secrets, so the demo, docs and curl examples work the same on every
 * machine. They guard nothing: the local stack listens on the loopback interface only. The
 * generic source follows Standard Webhooks (`whsec_` + base64 of 24-64 bytes).
 */
const developmentSecret = (source: SourceName): string =>
  source === 'generic'
    ? `whsec_${Buffer.from('advocacy-local-development-key').toString('base64')}`
    : `local-${source}-signing-secret`;

/** Each enabled source's secret: ADVOCACY_SECRET_<SOURCE> when set, else the development default. */
const localSecrets = (
  config: AdvocacyConfig,
  env: NodeJS.ProcessEnv = process.env,
): LocalSecret[] =>
  SIGNED_SOURCES.filter((source) => config.sources[source].enabled).map((source) => {
    const fromEnv = env[localSecretVariable(source)];
    return fromEnv === undefined || fromEnv === ''
      ? { source, value: developmentSecret(source), fromEnvironment: false }
      : { source, value: fromEnv, fromEnvironment: true };
  });

/** The cases API token: ADVOCACY_LOCAL_TOKEN when set, else a fresh random one (printed at start). */
const localToken = (env: NodeJS.ProcessEnv = process.env): string => {
  const fromEnv = env.ADVOCACY_LOCAL_TOKEN;
  return fromEnv === undefined || fromEnv === '' ? randomBytes(18).toString('base64url') : fromEnv;
};

export { developmentSecret, localSecrets, localToken, SIGNED_SOURCES };
export type { LocalSecret };
