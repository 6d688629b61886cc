import type { Page } from './case-store.js';
import { queryItems, type IndexQuery, type QueryTarget } from './dynamo-index-query.js';
import { caseFromItem, type Item } from './dynamo-items.js';
import {
  decodePositions,
  encodePositions,
  startKeyAfter,
  type SourcePosition,
} from './dynamo-page-cursor.js';
import type { AdvocacyCase } from './model.js';
import { tableIndex } from './table.js';

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
  const positions = decodePositions(cursor, sources);
  const fetched = await Promise.all(
    sources.map((source, at) =>
      positions[at] === null
        ? Promise.resolve({ items: [], next: undefined })
        : queryItems(target, source, positions[at] ?? undefined, limit),
    ),
  );
  const descending = sources[0]?.forward === false;
  const sortKeyOf = (item: Item, at: number): string =>
    item[tableIndex(sources[at]?.index ?? 'queue').sortKey] as string;
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
