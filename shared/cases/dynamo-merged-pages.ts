import { ValidationError } from '../errors.js';
import type { Page } from './case-store.js';
import { queryItems, type IndexQuery, type QueryTarget } from './dynamo-index-query.js';
import { caseFromItem, type Item } from './dynamo-items.js';
import { TABLE_INDEXES, TABLE_KEYS } from './table.js';
import type { AdvocacyCase } from './model.js';

/** Per source: undefined = not started, null = exhausted, else the key to continue after. */
type SourcePosition = Item | null | undefined;

const indexOf = (name: IndexQuery['index']) => {
  const found = TABLE_INDEXES.find((index) => index.name === name);
  if (found === undefined) throw new Error(`unknown index ${name}`);
  return found;
};

/** The ExclusiveStartKey that continues a query right after `item`. */
const startKeyAfter = (item: Item, source: IndexQuery): Item => {
  const index = indexOf(source.index);
  return Object.fromEntries(
    [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, index.partitionKey, index.sortKey].map((name) => [
      name,
      item[name],
    ]),
  );
};

const encodePositions = (positions: readonly SourcePosition[]): string | undefined =>
  positions.every((position) => position === null)
    ? undefined
    : Buffer.from(JSON.stringify(positions.map((p) => p ?? (p === null ? 0 : 1)))).toString(
        'base64url',
      );

const invalidCursor = (): ValidationError =>
  new ValidationError('invalid cursor', [
    { path: 'cursor', message: 'expected a cursor returned by a previous page' },
  ]);

// On the wire: 1 = not started, 0 = exhausted, an object = continue after that key.
const decodePositions = (cursor: string | undefined, count: number): SourcePosition[] => {
  if (cursor === undefined) return Array.from({ length: count }, () => undefined);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(value) || value.length !== count) throw invalidCursor();
  return value.map((entry: unknown) => {
    if (entry === 1) return undefined;
    if (entry === 0) return null;
    if (
      typeof entry === 'object' &&
      entry !== null &&
      Object.values(entry).every((part) => typeof part === 'string')
    )
      return entry as Item;
    throw invalidCursor();
  });
};

/**
 * One page over several index partitions in a single order (their sort keys all read
 * `<openedAt>#<caseId>`), e.g. a tier's own queue and the cases escalated to it. The cursor
 * keeps each partition's position, so paging neither skips nor repeats a case.
 */
const queryMerged = async (
  target: QueryTarget,
  sources: readonly IndexQuery[],
  limit: number,
  cursor: string | undefined,
): Promise<Page<AdvocacyCase>> => {
  const positions = decodePositions(cursor, sources.length);
  const fetched = await Promise.all(
    sources.map((source, at) =>
      positions[at] === null
        ? Promise.resolve({ items: [], next: undefined })
        : queryItems(target, source, positions[at] ?? undefined, limit),
    ),
  );
  const descending = sources[0]?.forward === false;
  const sortKeyOf = (item: Item, at: number): string =>
    item[indexOf(sources[at]?.index ?? 'queue').sortKey] as string;
  const merged = fetched
    .flatMap((result, at) => result.items.map((item) => ({ item, at, key: sortKeyOf(item, at) })))
    .sort((a, b) => (descending ? b.key.localeCompare(a.key) : a.key.localeCompare(b.key)))
    .slice(0, limit);
  const next = sources.map((source, at): SourcePosition => {
    const taken = merged.filter((entry) => entry.at === at);
    const result = fetched[at];
    if (positions[at] === null || result === undefined) return null;
    if (taken.length === result.items.length) return result.next ?? null;
    const last = taken.at(-1);
    return last === undefined ? positions[at] : startKeyAfter(last.item, source);
  });
  return { items: merged.map((entry) => caseFromItem(entry.item)), cursor: encodePositions(next) };
};

export { queryMerged };
