import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnauthorizedError } from '../errors.js';
import { header } from '../http.js';
import type { WebhookRequest } from './adapter.js';

type Digest = 'sha1' | 'sha256' | 'sha512';

/** HMAC of the exact bytes given; the key is used as its UTF-8 bytes unless bytes are passed. */
const hmac = (algorithm: Digest, key: string | Buffer, ...parts: (string | Buffer)[]): Buffer => {
  const mac = createHmac(algorithm, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
};

/** Constant-time equality; lengths are compared first because timingSafeEqual throws on a mismatch. */
const safeEqual = (a: Buffer, b: Buffer): boolean => a.length === b.length && timingSafeEqual(a, b);

/**
 * Decodes a received signature text without throwing: hex must be all hex digits (Node would
 * silently stop at the first bad one), base64 is compared after decoding.
 */
const decodeSignature = (text: string, encoding: 'hex' | 'base64'): Buffer | undefined => {
  const trimmed = text.trim();
  if (encoding === 'hex') {
    return /^(?:[0-9a-fA-F]{2})+$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : undefined;
  }
  return /^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : undefined;
};

/** True when `received` equals the MAC computed with any one of the keys (key rotation). */
const matchesAnyKey = (
  received: Buffer | undefined,
  keys: readonly (string | Buffer)[],
  compute: (key: string | Buffer) => Buffer,
): boolean => {
  if (received === undefined) return false;
  let matched = false;
  // Every key is tried even after a match so the time taken does not reveal which key matched.
  for (const key of keys) matched = safeEqual(compute(key), received) || matched;
  return matched;
};

/** Rejects a signed timestamp outside `now ± toleranceSeconds` (stale replays and clock tricks). */
const assertFresh = (signedAt: Date, now: Date, toleranceSeconds: number): void => {
  const skew = Math.abs(now.getTime() - signedAt.getTime());
  if (Number.isNaN(skew)) throw new UnauthorizedError('signature timestamp is not a time');
  if (skew > toleranceSeconds * 1000)
    throw new UnauthorizedError('signature timestamp outside the replay window');
};

/** The common failure: the message is for the log only, the sender gets a bare 401. */
const unauthorized = (why: string): UnauthorizedError => new UnauthorizedError(why);

/** How a platform signs: one header holding `<prefix><encoded HMAC of the raw body>`. */
interface BodySignatureScheme {
  readonly platform: string;
  readonly header: string;
  readonly prefix: string;
  readonly algorithm: Digest;
  readonly encoding: 'hex' | 'base64';
}

/**
 * Verifies the schemes without a timestamp (Typeform, Delighted, Intercom): the scheme's header
 * must hold the raw body's HMAC under any one signing key; throws UnauthorizedError otherwise.
 */
const verifyBodySignature = (
  request: WebhookRequest,
  keys: readonly (string | Buffer)[],
  scheme: BodySignatureScheme,
): void => {
  const headerValue = header(request.headers, scheme.header);
  if (headerValue?.startsWith(scheme.prefix) !== true) {
    throw unauthorized(`missing ${scheme.platform} signature (${scheme.header})`);
  }
  const received = decodeSignature(headerValue.slice(scheme.prefix.length), scheme.encoding);
  if (!matchesAnyKey(received, keys, (key) => hmac(scheme.algorithm, key, request.body))) {
    throw unauthorized(`${scheme.platform} signature mismatch`);
  }
};

/** The header a body scheme puts on a request it signs: `<prefix><encoded HMAC of the body>`. */
const signBody = (
  scheme: BodySignatureScheme,
  key: string | Buffer,
  body: Buffer,
): Record<string, string> => ({
  [scheme.header]: `${scheme.prefix}${hmac(scheme.algorithm, key, body).toString(scheme.encoding)}`,
});

export {
  assertFresh,
  decodeSignature,
  hmac,
  matchesAnyKey,
  safeEqual,
  signBody,
  unauthorized,
  verifyBodySignature,
};
export type { BodySignatureScheme, Digest };
