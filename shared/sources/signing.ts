import { createHash } from 'node:crypto';
import type { SourcesConfig } from '../config/sources-schema.js';
import type { WebhookSourceName } from './adapter.js';
import {
  DELIGHTED_SIGNATURE,
  INTERCOM_SIGNATURE,
  QUALTRICS_SIGNATURE,
  STANDARD_WEBHOOKS_SIGNATURE,
  SURVEYMONKEY_SIGNATURE,
  TYPEFORM_SIGNATURE,
  ZENDESK_SIGNATURE,
} from './signature-schemes.js';
import { hmac, signBody } from './signature.js';

/** A request as a platform would send it: the body (Qualtrics carries its HMAC inside) and headers. */
interface SignedRequest {
  readonly body: Buffer;
  readonly headers: Record<string, string>;
}

interface SignOptions {
  /** SurveyMonkey's Client ID (the `Sm-Apikey` header), part of its signing key. */
  readonly clientId?: string;
  /** Zendesk's byte order, as configured for ingest. Default `timestamp+body`. */
  readonly zendeskSignedContent?: SourcesConfig['zendesk']['signedContent'];
  /** Standard Webhooks message id; default derived from the body so a resend keeps its id. */
  readonly webhookId?: string;
}

const JSON_TYPE = 'application/json';

/**
 * Signs a body the way the platform does (signature-schemes.ts, which `verify` checks against), for tests, the local demo, and admins checking their
 * setup (`curl` with these headers must get 202). Qualtrics signs a form field: pass the
 * form-encoded body without `HMAC`; it is appended.
 *
 * @example
 * const { body, headers } = signRequest('typeform', JSON.stringify(payload), 'my-secret', new Date());
 * await fetch(`${apiUrl}/webhooks/typeform`, { method: 'POST', body, headers });
 */
const signRequest = (
  source: WebhookSourceName,
  rawBody: string | Buffer,
  secret: string,
  now: Date,
  options: SignOptions = {},
): SignedRequest => {
  const body = Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody, 'utf8');
  const json = (headers: Record<string, string>): SignedRequest => ({
    body,
    headers: { 'content-type': JSON_TYPE, ...headers },
  });
  switch (source) {
    case 'typeform':
      return json(signBody(TYPEFORM_SIGNATURE, secret, body));
    case 'delighted':
      return json(signBody(DELIGHTED_SIGNATURE, secret, body));
    case 'intercom':
      return json(signBody(INTERCOM_SIGNATURE, secret, body));
    case 'zendesk': {
      const scheme = ZENDESK_SIGNATURE;
      const timestamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
      const order = options.zendeskSignedContent ?? 'timestamp+body';
      const parts = scheme.signedParts(order, timestamp, body);
      return json({
        [scheme.header]: hmac(scheme.algorithm, secret, ...parts).toString(scheme.encoding),
        [scheme.timestampHeader]: timestamp,
      });
    }
    case 'surveymonkey': {
      const scheme = SURVEYMONKEY_SIGNATURE;
      const clientId = options.clientId ?? 'advocacy-client';
      const signature = hmac(scheme.algorithm, scheme.key(clientId, secret), body);
      return json({
        [scheme.apiKeyHeader]: clientId,
        [scheme.header]: signature.toString(scheme.encoding),
      });
    }
    case 'qualtrics': {
      const scheme = QUALTRICS_SIGNATURE;
      const message = new URLSearchParams(body.toString('utf8')).get(scheme.signedField) ?? '';
      const signature = hmac(scheme.algorithm, secret, message).toString(scheme.encoding);
      const separator = body.length === 0 ? '' : '&';
      return {
        body: Buffer.concat([body, Buffer.from(`${separator}${scheme.field}=${signature}`)]),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      };
    }
    case 'generic': {
      const scheme = STANDARD_WEBHOOKS_SIGNATURE;
      const id =
        options.webhookId ?? `msg_${createHash('sha256').update(body).digest('hex').slice(0, 24)}`;
      const timestamp = String(Math.floor(now.getTime() / 1000));
      const parts = scheme.signedParts(id, timestamp, body);
      const signature = hmac(scheme.algorithm, scheme.key(secret), ...parts);
      return json({
        [scheme.idHeader]: id,
        [scheme.timestampHeader]: timestamp,
        [scheme.header]: `${scheme.version}${signature.toString(scheme.encoding)}`,
      });
    }
  }
};

export { signRequest };
export type { SignedRequest, SignOptions };
