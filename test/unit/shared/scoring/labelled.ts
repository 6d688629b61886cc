import { readFileSync } from 'node:fs';
import type { DetectorInput } from '../../../../shared/scoring/assessment.js';
import type { Expectation } from '../../../../shared/scoring/evaluate.js';

/** One labelled item: a detector input with its `expect` labels (dev.jsonl format). */
type LabelledItem = DetectorInput & { readonly expect: Expectation; readonly note: string };

/** Reads a labelled JSON Lines file (our fixtures or `../shared/eval/dev.jsonl`). */
const readLabelled = (path: string): LabelledItem[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledItem);

/** The dev set lives beside the clone in CI; a user's clone does not have it. */
const DEV_SET = '../shared/eval/dev.jsonl';
const OWN_FIXTURES = [
  'test/fixtures/scoring/labelled.jsonl',
  'test/fixtures/scoring/labelled-2.jsonl',
  'test/fixtures/scoring/labelled-3.jsonl',
  'test/fixtures/scoring/labelled-4.jsonl',
  'test/fixtures/scoring/labelled-5.jsonl',
  'test/fixtures/scoring/labelled-6.jsonl',
  'test/fixtures/scoring/labelled-7.jsonl',
  'test/fixtures/scoring/labelled-8.jsonl',
  'test/fixtures/scoring/labelled-9.jsonl',
  'test/fixtures/scoring/labelled-10.jsonl',
  'test/fixtures/scoring/labelled-11.jsonl',
  'test/fixtures/scoring/labelled-12.jsonl',
];

export { DEV_SET, OWN_FIXTURES, readLabelled };
export type { LabelledItem };
