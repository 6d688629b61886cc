/**
 * The rule index's lists for every word the word table has described, packed into one growing
 * Int32Array. An entry is `[anchoredCount, keyCount, startCount, ...anchored, ...keys,
 * ...starts]` and a word keeps only its offset: scanning a text reads one small array that
 * stays in cache instead of three arrays per word scattered over the heap. Offset 0 is the
 * empty entry most words share.
 */
interface WordEntries {
  /** The offset of an entry with these lists; identical lists share one entry. */
  readonly add: (
    anchored: readonly number[],
    keys: readonly number[],
    starts: readonly number[],
  ) => number;
  /** The store; read it again after `add`, which may replace it with a larger one. */
  readonly data: () => Int32Array;
}

const EMPTY_ENTRY = 0;

const createWordEntries = (): WordEntries => {
  let data = new Int32Array(1024);
  let used = 3;
  // Deduplicated by content: every number ("42", "1st") gets the count rules' list, and a word
  // table past its size limit describes the same words again; the store must stay bounded.
  const offsets = new Map<string, number>();
  const add = (
    anchored: readonly number[],
    keys: readonly number[],
    starts: readonly number[],
  ): number => {
    if (anchored.length === 0 && keys.length === 0 && starts.length === 0) return EMPTY_ENTRY;
    const key = `${anchored.join(',')}/${keys.join(',')}/${starts.join(',')}`;
    const known = offsets.get(key);
    if (known !== undefined) return known;
    const size = 3 + anchored.length + keys.length + starts.length;
    if (used + size > data.length) {
      const larger = new Int32Array(Math.max(data.length * 2, used + size));
      larger.set(data);
      data = larger;
    }
    const offset = used;
    data[offset] = anchored.length;
    data[offset + 1] = keys.length;
    data[offset + 2] = starts.length;
    data.set(anchored, offset + 3);
    data.set(keys, offset + 3 + anchored.length);
    data.set(starts, offset + 3 + anchored.length + keys.length);
    used += size;
    offsets.set(key, offset);
    return offset;
  };
  return { add, data: () => data };
};

export { createWordEntries, EMPTY_ENTRY };
export type { WordEntries };
