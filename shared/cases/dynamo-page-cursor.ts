import { ValidationError } from '../errors.js';
import type { Item } from './dynamo-items.js';
import { keys, TABLE_KEYS, tableIndex, type TableIndexName } from './table.js';

/** The index partition a page is read from. */
interface PagedPartition {
  readonly index: TableIndexName;
  /** The value of the index's partition key. */
  readonly partition: string;
}

/** Per source: undefined = not started, null = exhausted, else the key to continue after. */
type SourcePosition = Item | null | undefined;

/** The attributes of a start key in an index: the table's keys, then the index's. */
const startKeyNames = ({ index }: PagedPartition) => {
  const { partitionKey, sortKey } = tableIndex(index);
  return [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, partitionKey, sortKey] as const;
};

/** The ExclusiveStartKey that continues a query right after `item`. */
const startKeyAfter = (item: Item, source: PagedPartition): Item =>
  Object.fromEntries(startKeyNames(source).map((name) => [name, item[name]]));

// DynamoDB's limit on a sort key value: no item has a longer one, so no real cursor does either.
const MAX_SORT_KEY_BYTES = 1024;
// Only cases carry index keys, and `keys.case` is where their table keys are spelled.
const CASE_PK_PREFIX = keys.case('').pk;

/** The named attributes of `value` when it has those and no others, each a string. */
const stringsNamed = (value: unknown, names: readonly string[]): string[] | undefined => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Object.keys(record).length !== names.length) return undefined;
  const parts = names.map((name) => (Object.hasOwn(record, name) ? record[name] : undefined));
  return parts.every((part) => typeof part === 'string') ? parts : undefined;
};

/**
 * True when `value` is a start key a page of `source` could have ended on: exactly the key
 * attributes, all strings, in the partition the query reads, keying one case (each index sorts
 * cases by `<instant>#<caseId>`). DynamoDB answers any other start key with a
 * ValidationException, which would read as its own failure rather than a bad cursor.
 */
const isStartKeyOf = (value: unknown, source: PagedPartition): value is Item => {
  const [pk = '', sk, partition, sortKey = ''] = stringsNamed(value, startKeyNames(source)) ?? [];
  const caseId = pk.startsWith(CASE_PK_PREFIX) ? pk.slice(CASE_PK_PREFIX.length) : '';
  return (
    caseId !== '' &&
    sk === keys.case(caseId).sk &&
    partition === source.partition &&
    sortKey.length > caseId.length + 1 &&
    sortKey.endsWith(`#${caseId}`) &&
    Buffer.byteLength(sortKey) <= MAX_SORT_KEY_BYTES
  );
};

const invalidCursor = (): ValidationError =>
  new ValidationError('invalid cursor', [
    { path: 'cursor', message: 'expected a cursor returned by a previous page' },
  ]);

/** Each source's position as an opaque cursor; undefined once every source is exhausted. */
const encodePositions = (positions: readonly SourcePosition[]): string | undefined =>
  positions.every((position) => position === null)
    ? undefined
    : Buffer.from(JSON.stringify(positions.map((p) => p ?? (p === null ? 0 : 1)))).toString(
        'base64url',
      );

/**
 * The position in each of `sources` that `cursor` holds (on the wire: 1 = not started,
 * 0 = exhausted, an object = continue after that key), every source not started when there is no
 * cursor. A ValidationError at `cursor` when it is not one {@link encodePositions} made for these
 * sources.
 */
const decodePositions = (
  cursor: string | undefined,
  sources: readonly PagedPartition[],
): SourcePosition[] => {
  if (cursor === undefined) return sources.map(() => undefined);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(value) || value.length !== sources.length) throw invalidCursor();
  return sources.map((source, at): SourcePosition => {
    const entry: unknown = value[at];
    if (entry === 1) return undefined;
    if (entry === 0) return null;
    if (isStartKeyOf(entry, source)) return entry;
    throw invalidCursor();
  });
};

export { decodePositions, encodePositions, startKeyAfter };
export type { PagedPartition, SourcePosition };
