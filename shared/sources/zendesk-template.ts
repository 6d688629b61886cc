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

// The ends of values are read backwards by hand rather than by a regular expression anchored at
// the end: such a pattern is tried from every quote in the value, and a customer's quote followed
// by a long run of spaces made that quadratic (seconds of CPU for a 64 KB body). Each reader below
// steps over every character at most once.

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

const isNameChar = (char: string | undefined): boolean =>
  char !== undefined && /[A-Za-z_]/.test(char);

/** Where `token` starts when it is the last thing before `end` but white space, else undefined. */
const tokenBefore = (text: string, end: number, token: string): number | undefined => {
  let at = end;
  while (isSpace(text[at - 1])) at -= 1;
  return text[at - 1] === token ? at - 1 : undefined;
};

/** Where an optional `token` starts, or `end` itself when it is not there. */
const optionalBefore = (text: string, end: number, token: string): number =>
  tokenBefore(text, end, token) ?? end;

/** Where the opening of the next section (`"ticket": {`) ending at `end` starts. */
const sectionOpeningStart = (text: string, end: number): number | undefined => {
  const brace = tokenBefore(text, end, '{');
  const colon = brace === undefined ? undefined : tokenBefore(text, brace, ':');
  const nameEnd = colon === undefined ? undefined : tokenBefore(text, colon, '"');
  if (nameEnd === undefined) return undefined;
  let nameStart = nameEnd;
  while (isNameChar(text[nameStart - 1])) nameStart -= 1;
  return nameStart < nameEnd && text[nameStart - 1] === '"' ? nameStart - 1 : undefined;
};

/**
 * Where the value's closing quote is, given what may sit between it and the next key: a comma,
 * the end of an object, and the opening of the next section. Undefined when the text does not end
 * that way.
 */
const trailerStart = (text: string): number | undefined => {
  const afterValue =
    tokenBefore(text, text.length, '{') === undefined
      ? text.length
      : sectionOpeningStart(text, text.length);
  if (afterValue === undefined) return undefined;
  const afterComma = optionalBefore(text, afterValue, ',');
  const objectEnd = tokenBefore(text, afterComma, '}');
  const beforeQuote = objectEnd === undefined ? afterComma : optionalBefore(text, objectEnd, ',');
  return tokenBefore(text, beforeQuote, '"');
};

/** Where the last value's closing quote is, given that the body ends by closing two objects. */
const endStart = (text: string): number | undefined => {
  const outer = tokenBefore(text, text.length, '}');
  const inner = outer === undefined ? undefined : tokenBefore(text, outer, '}');
  return inner === undefined ? undefined : tokenBefore(text, inner, '"');
};

/** The value without what follows its closing quote; the whole text when that cannot be found. */
const valueBefore = (text: string, closingQuote: number | undefined): string =>
  closingQuote === undefined ? text : text.slice(0, closingQuote);

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

/** The first match of `pattern` at or after `from`: where it starts and where it ends. */
const findFrom = (
  text: string,
  pattern: string,
  from: number,
): { readonly start: number; readonly end: number } | undefined => {
  const regex = new RegExp(pattern, 'g');
  regex.lastIndex = from;
  const match = regex.exec(text);
  return match === null ? undefined : { start: match.index, end: match.index + match[0].length };
};

/** `"name": "`, the start of a string value. */
const keyPattern = (name: string): string => `"${escapeRegExp(name)}"\\s*:\\s*"`;
/** `"name": {`, the opening of a section. */
const sectionPattern = (name: string): string => `"${escapeRegExp(name)}"\\s*:\\s*\\{`;

interface Section {
  /** Undefined for the fields at the top level. */
  readonly name: string | undefined;
  readonly fields: (readonly string[])[];
}

/** The fields grouped by their section (`requester` of `requester.name`), in template order. */
const sectionsOf = (fields: readonly (readonly string[])[]): Section[] => {
  const sections: Section[] = [];
  for (const path of fields) {
    const name = path.length > 1 ? path[0] : undefined;
    const last = sections.at(-1);
    if (last !== undefined && last.name === name) last.fields.push(path);
    else sections.push({ name, fields: [path] });
  }
  return sections;
};

/** Where the first of `later` sections opens at or after `from`; the text's end if none does. */
const nextOpening = (text: string, later: readonly Section[], from: number): number => {
  for (const section of later) {
    if (section.name === undefined) continue;
    const opening = findFrom(text, sectionPattern(section.name), from);
    if (opening !== undefined) return opening.start;
  }
  return text.length;
};

/**
 * The fields found, in order; undefined when the text does not look like our template at all.
 * A key is looked for only inside its own section, up to where a later section opens (`name` of
 * `requester` is never the organization's `name`), so a field the template leaves out stays absent.
 */
const readTemplatedBody = (
  text: string,
  fields: readonly (readonly string[])[],
): Record<string, unknown> | undefined => {
  const sections = sectionsOf(fields);
  const located: Located[] = [];
  let from = 0;
  sections.forEach((section, at) => {
    const start =
      section.name === undefined ? from : findFrom(text, sectionPattern(section.name), from)?.end;
    if (start === undefined) return;
    const end = nextOpening(text, sections.slice(at + 1), start);
    from = start;
    for (const path of section.fields) {
      const key = findFrom(text, keyPattern(path.at(-1) ?? ''), from);
      if (key === undefined || key.start >= end) continue;
      located.push({ path, keyStart: key.start, valueStart: key.end });
      from = key.end;
    }
  });
  if (located.length < 2) return undefined;
  const result: Record<string, unknown> = {};
  located.forEach((field, index) => {
    const next = located[index + 1];
    const slice = text.slice(field.valueStart, next === undefined ? text.length : next.keyStart);
    setPath(
      result,
      field.path,
      valueBefore(slice, next === undefined ? endStart(slice) : trailerStart(slice)),
    );
  });
  return result;
};

export { readTemplatedBody, ZENDESK_TEMPLATE_FIELDS };
