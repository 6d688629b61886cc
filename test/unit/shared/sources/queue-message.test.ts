import { describe, expect, it } from 'vitest';
import {
  parseQueueMessage,
  toQueueMessage,
  toSqsSafeJson,
} from '../../../../shared/sources/queue-message.js';
import type { Signal } from '../../../../shared/sources/signal.js';
import { fixtureJson } from '../../../helpers/sources-fixtures.js';

const signal = (): Signal => fixtureJson<Signal>('expected/typeform.json');

describe('toQueueMessage', () => {
  it('escapes characters outside SQS’s accepted ranges and round-trips the Signal exactly', () => {
    const original = { ...signal(), text: 'Je vais résilier 😡 \uFFFE\uFFFF fin' };

    const message = toQueueMessage(original);

    expect(message.body).not.toMatch(/[\u{10000}-\u{10FFFF}\uFFFE\uFFFF]/u);
    expect(message.body).toContain('résilier \\ud83d\\ude21 \\ufffe\\uffff fin');
    expect(parseQueueMessage(message.body)).toEqual(original);
  });

  it('groups by customer and deduplicates by source event with FIFO-safe ids', () => {
    const first = toQueueMessage(signal());
    const sameEventOtherCustomer = toQueueMessage({ ...signal(), customer: { id: 'cus_other' } });

    expect(first.groupId).toMatch(/^[0-9a-f]{64}$/);
    expect(first.deduplicationId).toBe(sameEventOtherCustomer.deduplicationId);
    expect(first.groupId).not.toBe(sameEventOtherCustomer.groupId);
  });
});

describe('toSqsSafeJson', () => {
  it('leaves accepted characters, escaped control characters and lone surrogates as JSON.stringify writes them', () => {
    const value = { text: 'é’\u0001\uD800' };

    expect(toSqsSafeJson(value)).toBe(JSON.stringify(value));
  });
});
