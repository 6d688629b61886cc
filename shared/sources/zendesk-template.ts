/**
 * Reads a body rendered from our Zendesk trigger template when placeholders made it invalid JSON
 * (a quote, backslash or newline in a comment). Every value in the template is a quoted string and
 * the keys come in a known order, so each value is the text between its key and the next key.
 */

/** The trigger template's fields in the order the template writes them, as paths. */
const ZENDESK_TEMPLATE_FIELDS: readonly (readonly string[])[] = [
  ['schema'],
  ['score'],
  ['ticket', 'id'],
  ['ticket', 'subject'],
  ['ticket', 'status'],
  ['ticket', 'link'],
  ['ticket', 'created_at'],
  ['ticket', 'tags'],
  ['requester', 'id'],
  ['requester', 'email'],
  ['requester', 'name'],
  ['requester', 'external_id'],
  ['organization', 'name'],
  ['organization', 'external_id'],
  ['organization', 'segment'],
  ['satisfaction', 'rating'],
  ['satisfaction', 'comment'],
];

interface Located {
  readonly path: readonly string[];
  readonly keyStart: number;
  readonly valueStart: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// What may sit between a value's closing quote and the next key: a comma, the end of an object,
// and the opening of the next section.
const TRAILER = /"\s*,?\s*(?:\}\s*,?\s*)?(?:"[A-Za-z_]+"\s*:\s*\{\s*)?$/;
const END = /"\s*\}\s*\}\s*$/;

const setPath = (target: Record<string, unknown>, path: readonly string[], value: string): void => {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const child = Object.hasOwn(node, key) ? node[key] : undefined;
    const next =
      typeof child === 'object' && child !== null ? (child as Record<string, unknown>) : {};
    node[key] = next;
    node = next;
  }
  const leaf = path.at(-1);
  if (leaf !== undefined) node[leaf] = value;
};

/** The fields found, in order; undefined when the text does not look like our template at all. */
const readTemplatedBody = (
  text: string,
  fields: readonly (readonly string[])[],
): Record<string, unknown> | undefined => {
  const located: Located[] = [];
  let from = 0;
  for (const path of fields) {
    const key = path.at(-1) ?? '';
    const pattern = new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*"`, 'g');
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match === null) continue;
    located.push({ path, keyStart: match.index, valueStart: match.index + match[0].length });
    from = match.index + match[0].length;
  }
  if (located.length < 2) return undefined;
  const result: Record<string, unknown> = {};
  located.forEach((field, index) => {
    const next = located[index + 1];
    const slice = text.slice(field.valueStart, next === undefined ? text.length : next.keyStart);
    setPath(result, field.path, slice.replace(next === undefined ? END : TRAILER, ''));
  });
  return result;
};

export { readTemplatedBody, ZENDESK_TEMPLATE_FIELDS };
