import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../../shared/scoring/detector.js';
import { explanationText } from '../../../../shared/scoring/explain-text.js';
import { exampleConfig } from '../../../helpers/config.js';
import { REAL_TUNE, readLabelled } from './labelled.js';

/** The README's `score --explain` block of three real items. */
const README_BLOCK =
  /Three real items from the `tune` split, explained[^\n]*\n\n```\n([\s\S]*?)```/;

describe("the README's explanation of three real items", () => {
  it('is what score --explain prints for them with the rules as they are', async () => {
    // Prepare: the items the block names, as the command reads them.
    const shown = README_BLOCK.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
    const ids = [...shown.matchAll(/^(\S+): /gm)].map((match) => match[1]);
    const items = new Map(readLabelled(REAL_TUNE).map((item) => [item.id, item]));
    const detector = createDetector((await exampleConfig()).detection);

    // Act
    const printed = ids.map((id) => {
      const item = items.get(id ?? '');
      if (item === undefined) throw new Error(`${String(id)} is not in the tune split`);
      const { kind, text, rating, turns } = item;
      return explanationText(detector.explain({ id: item.id, kind, text, rating, turns }));
    });

    // Assess
    expect(ids).toHaveLength(3);
    expect(printed.join('')).toBe(shown);
  });
});
