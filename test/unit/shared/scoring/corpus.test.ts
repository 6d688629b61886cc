import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TRIGGER_CATEGORIES } from '../../../../shared/scoring/assessment.js';
import { REAL_TEST, REAL_TUNE, readLabelled } from './labelled.js';

interface Label {
  readonly id: string;
  readonly openCase: boolean;
  readonly urgent: boolean;
  readonly triggers: readonly string[];
}

const readLabels = (path: string): Map<string, Label> =>
  new Map(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Label)
      .map((label) => [label.id, label]),
  );

/** Cohen's kappa of two yes/no labellings of the same items. */
const kappa = (first: readonly boolean[], second: readonly boolean[]): number => {
  const count = first.length;
  const observed = first.filter((value, index) => value === second[index]).length / count;
  const yesFirst = first.filter(Boolean).length / count;
  const yesSecond = second.filter(Boolean).length / count;
  const chance = yesFirst * yesSecond + (1 - yesFirst) * (1 - yesSecond);
  return (observed - chance) / (1 - chance);
};

describe('the real-text corpus', () => {
  const tune = readLabelled(REAL_TUNE);
  const test = readLabelled(REAL_TEST);
  const labelsA = readLabels('test/fixtures/corpus/labels-a.jsonl');
  const labelsB = readLabels('test/fixtures/corpus/labels-b.jsonl');

  it('has at least 1,000 items, 300 of which open a case, split without overlap', () => {
    const all = [...tune, ...test];
    expect(all.length).toBeGreaterThanOrEqual(1000);
    expect(all.filter((item) => item.expect.openCase).length).toBeGreaterThanOrEqual(300);
    const testIds = new Set(test.map((item) => item.id));
    expect(tune.filter((item) => testIds.has(item.id))).toEqual([]);
  });

  it('keeps the source, licence and original id of every item', () => {
    for (const item of [...tune, ...test]) {
      expect(item.source).toMatch(/\S/);
      expect(item.licence).toMatch(/public domain|CC0|CC BY|MIT|Apache/i);
      expect(item.licence).not.toMatch(/NC|non-?commercial/i);
      expect(item.originalId).toMatch(/\S/);
    }
  });

  it('is at least 30% long-form', () => {
    const all = [...tune, ...test];
    const long = all.filter((item) => item.text.split(/\s+/).length >= 80 || item.turns.length > 1);
    expect(long.length / all.length).toBeGreaterThanOrEqual(0.3);
  });

  it('was labelled twice, independently, with the agreement the corpus README states', () => {
    const ids = [...tune, ...test].map((item) => item.id);
    const first = ids.map((id) => labelsA.get(id)?.openCase === true);
    const second = ids.map((id) => labelsB.get(id)?.openCase === true);
    // README: openCase kappa 0.953 over all 8,268 items.
    expect(kappa(first, second)).toBeCloseTo(0.953, 3);
  });

  it('labels every item by the guide: a case has a trigger, no case has only soft ones', () => {
    for (const { expect: labels } of [...tune, ...test]) {
      for (const trigger of labels.triggers) expect(TRIGGER_CATEGORIES).toContain(trigger);
      if (labels.openCase) expect(labels.triggers.length).toBeGreaterThan(0);
      else {
        expect(labels.urgent).toBe(false);
        for (const trigger of labels.triggers) {
          expect(['repeat_contact', 'extreme_rating']).toContain(trigger);
        }
      }
    }
  });
});
