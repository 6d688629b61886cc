/**
 * DynamoDB's on-demand billing rules, applied to items in the wire format (attribute values
 * with their type descriptors, as in a TransactWriteItems request body). Used by the local cost
 * meter for transactions, because DynamoDB Local's ConsumedCapacity for TransactWriteItems does
 * not follow them (it reported 4 units for one 100-byte put and 12 for one 3 KB put; AWS
 * documents 2 and 6). For single-item writes and reads DynamoDB Local's figures match the rules
 * and the meter uses them.
 *
 * Rules (Amazon DynamoDB developer guide, "Read/write capacity mode" and "Managing capacity for
 * transactions"): a write unit covers 1 KB of item, rounded up, at least 1, sized as the larger
 * of the item before and after the write; a transactional write costs twice that. An index
 * entry written because of the item costs standard write units of the entry's size (with ALL
 * projection, the item's size); a change of the index keys is a delete plus a put there.
 */

/** An attribute value as DynamoDB's JSON protocol carries it, e.g. `{ "S": "text" }`. */
type WireValue = object;
type WireItem = Readonly<Record<string, WireValue>>;

const utf8 = (text: string): number => Buffer.byteLength(text, 'utf8');

// "Numbers are variable length, with up to 38 significant digits... approximately (number of
// significant digits / 2) + 1 bytes."
const numberSize = (text: string): number => {
  const digits = text.replace(/^[-+]/, '').replace(/e.*$/i, '').replace('.', '');
  const significant = digits.replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(1, significant.length) / 2) + 1;
};

const valueSize = (value: WireValue): number => {
  const entries: [string, unknown][] = Object.entries(value);
  const [type, content] = entries[0] ?? ['NULL', true];
  switch (type) {
    case 'S':
      return utf8(String(content));
    case 'N':
      return numberSize(String(content));
    case 'B':
      return Buffer.from(String(content), 'base64').length;
    case 'BOOL':
    case 'NULL':
      return 1;
    case 'SS':
      return (content as string[]).reduce((sum, text) => sum + utf8(text), 0);
    case 'NS':
      return (content as string[]).reduce((sum, text) => sum + numberSize(text), 0);
    case 'BS':
      return (content as string[]).reduce(
        (sum, text) => sum + Buffer.from(text, 'base64').length,
        0,
      );
    case 'L':
      // 3 bytes for the list, plus 1 per element.
      return (content as WireValue[]).reduce((sum, element) => sum + 1 + valueSize(element), 3);
    case 'M':
      return Object.entries(content as WireItem).reduce(
        (sum, [name, element]) => sum + 1 + utf8(name) + valueSize(element),
        3,
      );
    default:
      throw new Error(`unknown DynamoDB attribute type ${type}`);
  }
};

/** An item's size in bytes as DynamoDB bills it: attribute names plus values. */
const itemSize = (item: WireItem): number =>
  Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);

/** Write units of one standard write of an item of `bytes` (1 KB each, at least 1). */
const writeUnitsOf = (bytes: number): number => Math.max(1, Math.ceil(bytes / 1024));

/** The key attributes of a global secondary index; an item lacking one is not in the index. */
interface IndexKeys {
  readonly name: string;
  readonly attributes: readonly string[];
}

/** One item a transaction writes: its image before (absent if new) and after (absent if deleted). */
interface ItemChange {
  readonly before: WireItem | undefined;
  readonly after: WireItem | undefined;
}

const sameValue = (a: WireValue | undefined, b: WireValue | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

const sameItem = (a: WireItem, b: WireItem): boolean =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([name, value]) => sameValue(value, b[name]));

/** Standard write units one index spends on one item change (ALL projection). */
const indexWriteUnits = (index: IndexKeys, change: ItemChange): number => {
  const inIndex = (item: WireItem | undefined): item is WireItem =>
    item !== undefined && index.attributes.every((name) => item[name] !== undefined);
  const { before, after } = change;
  if (inIndex(before) && inIndex(after)) {
    if (sameItem(before, after)) return 0;
    const moved = index.attributes.some((name) => !sameValue(before[name], after[name]));
    return moved
      ? writeUnitsOf(itemSize(before)) + writeUnitsOf(itemSize(after))
      : writeUnitsOf(Math.max(itemSize(before), itemSize(after)));
  }
  if (inIndex(before)) return writeUnitsOf(itemSize(before));
  if (inIndex(after)) return writeUnitsOf(itemSize(after));
  return 0;
};

/**
 * Write units of one TransactWriteItems: twice the table writes (each item sized as the larger
 * of its images), plus its index entries once.
 */
const transactionWriteUnits = (
  changes: readonly ItemChange[],
  indexes: readonly IndexKeys[],
): { readonly table: number; readonly indexes: number } => {
  let table = 0;
  let index = 0;
  for (const change of changes) {
    const sizes = [change.before, change.after].map((item) => (item ? itemSize(item) : 0));
    table += 2 * writeUnitsOf(Math.max(...sizes));
    for (const keys of indexes) index += indexWriteUnits(keys, change);
  }
  return { table, indexes: index };
};

export { indexWriteUnits, itemSize, transactionWriteUnits, writeUnitsOf };
export type { IndexKeys, ItemChange, WireItem, WireValue };
