import type { SourcesConfig } from '../config/sources-schema.js';
import type { BodySignatureScheme, Digest } from './signature.js';

/**
 * How each platform signs a webhook, stated once: the adapters' `verify` checks a request against
 * these descriptions and `signRequest` (signing.ts) produces requests from them, so a header name,
 * digest or signed byte order cannot differ between the two.
 */

/** Typeform: `typeform-signature: sha256=<base64 HMAC-SHA256 of the raw body>`; no timestamp. */
const TYPEFORM_SIGNATURE: BodySignatureScheme = {
  platform: 'Typeform',
  header: 'typeform-signature',
  prefix: 'sha256=',
  algorithm: 'sha256',
  encoding: 'base64',
};

/** Delighted: `x-delighted-webhook-signature: sha256=<hex HMAC-SHA256 of the raw body>`. */
const DELIGHTED_SIGNATURE: BodySignatureScheme = {
  platform: 'Delighted',
  header: 'x-delighted-webhook-signature',
  prefix: 'sha256=',
  algorithm: 'sha256',
  encoding: 'hex',
};

/** Intercom: `x-hub-signature: sha1=<hex HMAC-SHA1 of the raw body>`. */
const INTERCOM_SIGNATURE: BodySignatureScheme = {
  platform: 'Intercom',
  header: 'x-hub-signature',
  prefix: 'sha1=',
  algorithm: 'sha1',
  encoding: 'hex',
};

/** Zendesk: base64 HMAC-SHA256 of the signed timestamp and the body, in the configured order. */
const ZENDESK_SIGNATURE = {
  header: 'x-zendesk-webhook-signature',
  timestampHeader: 'x-zendesk-webhook-signature-timestamp',
  algorithm: 'sha256' as Digest,
  encoding: 'base64' as const,
  signedParts: (
    order: SourcesConfig['zendesk']['signedContent'],
    timestamp: string,
    body: Buffer,
  ): (string | Buffer)[] => (order === 'body+timestamp' ? [body, timestamp] : [timestamp, body]),
};

/** SurveyMonkey: base64 HMAC-SHA1 of the body keyed with `<client id>&<secret>`; the id in `sm-apikey`. */
const SURVEYMONKEY_SIGNATURE = {
  header: 'sm-signature',
  apiKeyHeader: 'sm-apikey',
  algorithm: 'sha1' as Digest,
  encoding: 'base64' as const,
  key: (clientId: string, secret: string | Buffer): string => `${clientId}&${String(secret)}`,
};

/** Qualtrics: form field `HMAC` = hex HMAC-SHA512 of the `MSG` field's value. */
const QUALTRICS_SIGNATURE = {
  field: 'HMAC',
  signedField: 'MSG',
  algorithm: 'sha512' as Digest,
  encoding: 'hex' as const,
};

/**
 * Standard Webhooks (our generic source): `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "<id>.<timestamp>." + body>` keyed with the bytes of a `whsec_` + base64 secret.
 */
const STANDARD_WEBHOOKS_SIGNATURE = {
  header: 'webhook-signature',
  idHeader: 'webhook-id',
  timestampHeader: 'webhook-timestamp',
  version: 'v1,',
  algorithm: 'sha256' as Digest,
  encoding: 'base64' as const,
  key: (secret: string): Buffer => Buffer.from(secret.replace(/^whsec_/, ''), 'base64'),
  signedParts: (id: string, timestamp: string, body: Buffer): (string | Buffer)[] => [
    `${id}.${timestamp}.`,
    body,
  ],
};

export {
  DELIGHTED_SIGNATURE,
  INTERCOM_SIGNATURE,
  QUALTRICS_SIGNATURE,
  STANDARD_WEBHOOKS_SIGNATURE,
  SURVEYMONKEY_SIGNATURE,
  TYPEFORM_SIGNATURE,
  ZENDESK_SIGNATURE,
};
