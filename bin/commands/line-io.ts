import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/**
 * JSON Lines I/O for bulk commands. Lines are cut from the stream's chunks directly (readline's
 * per-line events cost more than scoring a short comment), and output is written in large
 * pieces, waiting for the stream to drain when it asks to.
 */
async function* lineBatchesOf(source: Readable): AsyncGenerator<string[]> {
  let rest = '';
  source.setEncoding('utf8');
  for await (const chunk of source as AsyncIterable<string>) {
    const text = rest + chunk;
    const lines: string[] = [];
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      lines.push(
        text.charCodeAt(end - 1) === 13 ? text.slice(from, end - 1) : text.slice(from, end),
      );
      from = end + 1;
    }
    rest = text.slice(from);
    // One batch per chunk: lines are handled synchronously, with no promise per line.
    if (lines.length > 0) yield lines;
  }
  if (rest !== '') yield [rest];
}

const FLUSH_AT = 64 * 1024;

/** Collects output and writes it in pieces of about 64 KB when flushed. */
const bufferedWriter = (target: Writable) => {
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const piece = pending.join('');
    pending = [];
    size = 0;
    if (!target.write(piece)) await once(target, 'drain');
  };
  return {
    /** Queues text; true when enough is queued that `flush` should be awaited. */
    write(text: string): boolean {
      pending.push(text);
      size += text.length;
      return size >= FLUSH_AT;
    },
    flush,
  };
};

export { bufferedWriter, lineBatchesOf };
