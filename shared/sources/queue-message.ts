import { createHash } from 'node:crypto';
import { parseJsonWith } from '../parse.js';
import { unicodeEscape } from '../plain-text.js';
import { customerKey, SignalSchema, signalId, type Signal } from './signal.js';

/** What ingest puts on the FIFO signals queue and detect takes off it. */
interface SignalQueueMessage {
  readonly body: string;
  /** One group per customer: a customer's signals are processed in order, never concurrently. */
  readonly groupId: string;
  /** One source event is enqueued once inside SQS's 5-minute deduplication window. */
  readonly deduplicationId: string;
}

// FIFO ids allow at most 128 characters of a limited alphabet; hashing keeps any key inside it.
const fifoId = (value: string): string => createHash('sha256').update(value).digest('hex');

// SQS accepts #x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD #x10000-#x10FFFF; U+FFFE/U+FFFF in a
// customer's text would make every retry fail, and fauxqs (local stack) also refuses astral
// characters such as emoji. JSON.stringify already escapes control characters; these are escaped
// too, so the body is the same JSON value and parseQueueMessage reads it unchanged.
const SQS_UNSAFE = /[\u{10000}-\u{10FFFF}\uFFFE\uFFFF]/gu;

/** JSON whose characters every SQS implementation accepts; parses to the same value. */
const toSqsSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(SQS_UNSAFE, (character) =>
    Array.from({ length: character.length }, (_, index) =>
      unicodeEscape(character.charCodeAt(index)),
    ).join(''),
  );

const toQueueMessage = (signal: Signal): SignalQueueMessage => ({
  body: toSqsSafeJson(signal),
  groupId: fifoId(customerKey(signal.customer)),
  deduplicationId: fifoId(signalId(signal)),
});

/** Parses a queue body back into a Signal; a body that is not one is a ValidationError (quarantine, no retry). */
const parseQueueMessage = (body: string): Signal =>
  parseJsonWith(SignalSchema, body, {
    notJson: 'queue message is not JSON',
    invalid: 'queue message is not a Signal',
  });

export { parseQueueMessage, toQueueMessage, toSqsSafeJson };
export type { SignalQueueMessage };
