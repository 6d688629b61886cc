import type { SourceName, SourcesConfig } from '../config/sources-schema.js';
import { clip, oneLine } from '../plain-text.js';
import type { PlatformApi } from './platform-api.js';
import type { Signal } from './signal.js';
import type { SourceSecret } from './source-secret.js';

/** The sources that arrive as HTTP webhooks (Contact Lens arrives through S3 instead). */
type WebhookSourceName = Exclude<SourceName, 'contactlens'>;

/**
 * One webhook request as the adapters see it: the raw body bytes (signatures are computed over
 * them) and the headers, looked up case-insensitively with `header()` from shared/http.ts.
 */
interface WebhookRequest {
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** What verification needs besides the request; `now` is passed in for replay windows. */
interface VerifyContext<Options> {
  readonly options: Options;
  readonly secret: SourceSecret;
  readonly now: Date;
  readonly toleranceSeconds: number;
}

/** What normalization needs: the source's options, the receive time, and for ids-only sources the API. */
interface NormalizeContext<Options> {
  readonly options: Options;
  readonly receivedAt: Date;
  /** Fetches the full response for sources whose webhooks carry ids only (SurveyMonkey, Qualtrics). */
  readonly api: PlatformApi;
  /** The API token lives in the same secret as the signing keys. */
  readonly secret: SourceSecret | undefined;
}

/**
 * A webhook either becomes a Signal, or is acknowledged without one (Intercom `ping`, Delighted
 * `unsubscribe.created`, a Typeform partial response): the sender gets a 2xx either way.
 */
type Normalized =
  | { readonly outcome: 'signal'; readonly signal: Signal }
  | { readonly outcome: 'ignored'; readonly reason: string };

/**
 * One platform. `verify` throws UnauthorizedError; `normalize` throws ValidationError (with field
 * paths) for a body that does not match the platform's shape, UnprocessableError when no customer
 * can be identified, DependencyError when a platform API is unreachable.
 */
interface SourceAdapter<Options> {
  /** Media types accepted in `Content-Type` (parameters such as charset are ignored). */
  readonly mediaTypes: readonly string[];
  verify(request: WebhookRequest, context: VerifyContext<Options>): void;
  /** Sources that need no API call answer synchronously (and may throw synchronously). */
  normalize(
    request: WebhookRequest,
    context: NormalizeContext<Options>,
  ): Normalized | Promise<Normalized>;
}

/** The registry's type: one adapter per webhook source, each typed with its own options. */
type SourceAdapters = {
  readonly [Name in WebhookSourceName]: SourceAdapter<SourcesConfig[Name]>;
};

// A reason names what the sender sent (its event type or topic) and goes back to it in the
// response and into the log: one visible line, at most this long (see oneLine).
const REASON_MAX = 200;

const ignored = (reason: string): Normalized => ({
  outcome: 'ignored',
  reason: clip(oneLine(reason), REASON_MAX),
});
const accepted = (signal: Signal): Normalized => ({ outcome: 'signal', signal });

/** Media types for JSON bodies: `application/json` and vendor types such as `application/vnd.x+json`. */
const JSON_MEDIA_TYPES = ['application/json', '+json'] as const;

export { accepted, ignored, JSON_MEDIA_TYPES };
export type {
  NormalizeContext,
  Normalized,
  SourceAdapter,
  SourceAdapters,
  VerifyContext,
  WebhookRequest,
  WebhookSourceName,
};
