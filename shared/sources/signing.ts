import { createHash } from 'node:crypto';
import type { SourcesConfig } from '../config/sources-schema.js';
import type { WebhookSourceName } from './adapter.js';
import { hmac } from './signature.js';

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
 * Signs a body the way the platform does, for tests, the local demo, and admins checking their
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
  switch (source) {
    case 'typeform':
      return {
        body,
        headers: {
          'content-type': JSON_TYPE,
          'typeform-signature': `sha256=${hmac('sha256', secret, body).toString('base64')}`,
        },
      };
    case 'delighted':
      return {
        body,
        headers: {
          'content-type': JSON_TYPE,
          'x-delighted-webhook-signature': `sha256=${hmac('sha256', secret, body).toString('hex')}`,
        },
      };
    case 'zendesk': {
      const timestamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
      const parts =
        options.zendeskSignedContent === 'body+timestamp' ? [body, timestamp] : [timestamp, body];
      return {
        body,
        headers: {
          'content-type': JSON_TYPE,
          'x-zendesk-webhook-signature': hmac('sha256', secret, ...parts).toString('base64'),
          'x-zendesk-webhook-signature-timestamp': timestamp,
        },
      };
    }
    case 'intercom':
      return {
        body,
        headers: {
          'content-type': JSON_TYPE,
          'x-hub-signature': `sha1=${hmac('sha1', secret, body).toString('hex')}`,
        },
      };
    case 'surveymonkey': {
      const clientId = options.clientId ?? 'advocacy-client';
      return {
        body,
        headers: {
          'content-type': JSON_TYPE,
          'sm-apikey': clientId,
          'sm-signature': hmac('sha1', `${clientId}&${secret}`, body).toString('base64'),
        },
      };
    }
    case 'qualtrics': {
      const message = new URLSearchParams(body.toString('utf8')).get('MSG') ?? '';
      const signature = hmac('sha512', secret, message).toString('hex');
      const separator = body.length === 0 ? '' : '&';
      return {
        body: Buffer.concat([body, Buffer.from(`${separator}HMAC=${signature}`)]),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      };
    }
    case 'generic': {
      const id =
        options.webhookId ?? `msg_${createHash('sha256').update(body).digest('hex').slice(0, 24)}`;
      const timestamp = String(Math.floor(now.getTime() / 1000));
      const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
      const signature = hmac('sha256', key, `${id}.${timestamp}.`, body).toString('base64');
      return {
        body,
        headers: {
          'content-type': JSON_TYPE,
          'webhook-id': id,
          'webhook-timestamp': timestamp,
          'webhook-signature': `v1,${signature}`,
        },
      };
    }
  }
};

export { signRequest };
export type { SignedRequest, SignOptions };
