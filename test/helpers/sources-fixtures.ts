import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NormalizeContext, Normalized, SourceAdapter } from '../../shared/sources/adapter.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));

/** A fixture's bytes exactly as stored: non-ASCII text and whitespace as a platform would send them. */
const fixtureBytes = (name: string): Buffer => readFileSync(`${FIXTURES}${name}`);

/** A fixture parsed, as a fresh copy the test may change; T names the part of the shape the test edits. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a typed view for the caller, checked by the adapter under test
const fixtureJson = <T = Record<string, unknown>>(name: string): T =>
  structuredClone(JSON.parse(fixtureBytes(name).toString('utf8')) as T);

/** A Qualtrics event subscription delivery (form-encoded, without HMAC: signRequest appends it). */
const qualtricsForm = (
  message: unknown,
  topic = 'acmebrand.surveyengine.completedResponse.SV_3K7bP9xQwErTyUi',
): string => new URLSearchParams({ Topic: topic, MSG: JSON.stringify(message) }).toString();

/** The instant every source test treats as "now". */
const NOW = new Date('2026-11-21T18:00:00.000Z');

const unusedApi = {
  getJson: () => Promise.reject(new Error('these sources never call a platform API')),
};

/**
 * Normalizes a body with an adapter the way ingest does, for sources that need no platform API
 * and no secret; a synchronous throw becomes a rejection so tests can `await expect(...)`.
 */
const normalizeBody = <O>(
  adapter: SourceAdapter<O>,
  options: O,
  body: Buffer | object,
  headers: Record<string, string> = {},
): Promise<Normalized> => {
  const context: NormalizeContext<O> = {
    options,
    receivedAt: NOW,
    api: unusedApi,
    secret: undefined,
  };
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  return Promise.resolve().then(() => adapter.normalize({ headers, body: raw }, context));
};

/** The Signal of a normalization that must produce one. */
const signalOf = async (result: Promise<Normalized> | Normalized) => {
  const normalized = await result;
  if (normalized.outcome !== 'signal')
    throw new Error(`expected a signal, got ${normalized.reason}`);
  return normalized.signal;
};

export { fixtureBytes, fixtureJson, normalizeBody, NOW, qualtricsForm, signalOf };
