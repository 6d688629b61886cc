import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../../../shared/scoring/detector.js';
import { explanationText } from '../../../../shared/scoring/explain-text.js';
import { parseScoreLine } from '../../../../shared/scoring/input.js';
import { exampleConfig } from '../../../helpers/config.js';
import { REAL_TUNE } from './labelled.js';

/** The README's `score --explain` block of three real items. */
const README_BLOCK =
  /Three real items from the `tune` split, explained[^\n]*\n\n```\n([\s\S]*?)```/;

describe("the README's explanation of three real items", () => {
  it('is what score --explain prints for them with the rules as they are', async () => {
    // Prepare: the items the block names, read as the command reads each line.
    const shown = README_BLOCK.exec(readFileSync('README.md', 'utf8'))?.[1] ?? '';
    const ids = [...shown.matchAll(/^(\S+): /gm)].map((match) => match[1]);
    const inputs = new Map(
      readFileSync(REAL_TUNE, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => parseScoreLine(line).input)
        .map((input) => [input.id, input]),
    );
    const detector = createDetector((await exampleConfig()).detection);

    // Act
    const printed = ids.map((id) => {
      const input = inputs.get(id ?? '');
      if (input === undefined) throw new Error(`${String(id)} is not in the tune split`);
      return explanationText(detector.explain(input));
    });

    // Assess
    expect(ids).toHaveLength(3);
    expect(printed.join('')).toBe(shown);
  });
});
