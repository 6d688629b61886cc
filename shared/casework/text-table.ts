import { clip, oneLine } from '../plain-text.js';

/**
 * Renders rows as a plain-text table with aligned columns, for terminals. Cells are one line of
 * visible text (see oneLine: a customer's name cannot drive the terminal); long ones are cut with
 * an ellipsis at `maxCell` characters.
 *
 * @example textTable(['id', 'status'], [['c1', 'open']]) // 'ID  STATUS\nc1  open\n'
 */
const textTable = (
  head: readonly string[],
  rows: readonly (readonly string[])[],
  maxCell = 48,
): string => {
  const fit = (text: string): string => clip(oneLine(text), maxCell);
  const cells = [head.map((title) => title.toUpperCase()), ...rows.map((row) => row.map(fit))];
  const widths = head.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  return cells
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
        )
        .join('  '),
    )
    .map((line) => `${line.trimEnd()}\n`)
    .join('');
};

export { textTable };
