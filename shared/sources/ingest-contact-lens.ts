import type { SourcesConfig } from '../config/sources-schema.js';
import { normalizeContactLens, parseAnalysisKey } from './contactlens.js';
import type { AnalysisFileReader, ContactAttributesReader } from './contact-lens-ports.js';
import { toQueueMessage } from './queue-message.js';
import type { SignalQueue } from './signal-queue.js';
import { signalId } from './signal.js';

interface ContactLensDeps {
  readonly options: SourcesConfig['contactlens'];
  readonly files: AnalysisFileReader;
  readonly contacts: ContactAttributesReader;
  readonly queue: SignalQueue;
  readonly now: () => Date;
}

type ContactLensOutcome =
  | { readonly status: 'accepted'; readonly key: string; readonly signalId: string }
  | { readonly status: 'ignored'; readonly key: string; readonly reason: string };

/**
 * Ingests one analysis file: the key names the contact, the file the conversation, the contact's
 * attributes the customer. Keys of the other variant (original vs redacted) and other files in
 * the prefix are ignored, so each call is counted once.
 */
const ingestAnalysisFile = async (
  bucket: string,
  key: string,
  deps: ContactLensDeps,
): Promise<ContactLensOutcome> => {
  const parsed = parseAnalysisKey(key, deps.options.analysisFiles);
  if (parsed === undefined)
    return {
      status: 'ignored',
      key,
      reason: `not a ${deps.options.analysisFiles} voice analysis file`,
    };
  const [file, attributes] = await Promise.all([
    deps.files.read(bucket, key),
    deps.contacts.read(parsed.contactId),
  ]);
  const normalized = normalizeContactLens(file, key, attributes, deps.options, deps.now());
  if (normalized.outcome === 'ignored')
    return { status: 'ignored', key, reason: normalized.reason };
  await deps.queue.send(toQueueMessage(normalized.signal));
  return { status: 'accepted', key, signalId: signalId(normalized.signal) };
};

export { ingestAnalysisFile };
export type { ContactLensDeps, ContactLensOutcome };
