import { readFileSync } from 'node:fs';
import type { DetectorInput } from '../../../../shared/scoring/assessment.js';
import type { Expectation } from '../../../../shared/scoring/evaluate.js';

/** One labelled item: a detector input with its `expect` labels (dev.jsonl format). */
type LabelledItem = DetectorInput & {
  readonly expect: Expectation;
  readonly note: string;
  /** Real-text corpus only: where the item came from, under which licence, and its id there. */
  readonly source?: string;
  readonly licence?: string;
  readonly originalId?: string;
};

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

/**
 * Batches written by helpers who never saw the rules, in the industries the real-text corpus
 * lacks (B2B software, telecom, utilities, logistics, payroll, health, travel, banking apps,
 * insurance), each measured before a round of rules was written against its misses (all but the
 * seventeenth); not all of them are fixed. The floors sit just under each batch's figures after its round (README: "How
 * well it works").
 */
const BLIND_BATCHES = [
  { path: 'test/fixtures/scoring/blind-13.jsonl', precision: 0.95, f1: 0.93, microF1: 0.87 },
  { path: 'test/fixtures/scoring/blind-14.jsonl', precision: 0.85, f1: 0.87, microF1: 0.85 },
  { path: 'test/fixtures/scoring/blind-15.jsonl', precision: 0.85, f1: 0.88, microF1: 0.85 },
  { path: 'test/fixtures/scoring/blind-16.jsonl', precision: 0.89, f1: 0.89, microF1: 0.86 },
  // The seventeenth had no round of its own: measured fresh after the three rounds, and kept so.
  { path: 'test/fixtures/scoring/blind-17.jsonl', precision: 0.85, f1: 0.84, microF1: 0.74 },
] as const;

/** The real-text corpus: `tune` is read while writing rules, `test` only measured. */
const REAL_TUNE = 'test/fixtures/corpus/real-tune.jsonl';
const REAL_TEST = 'test/fixtures/corpus/real-test.jsonl';

export { BLIND_BATCHES, DEV_SET, OWN_FIXTURES, REAL_TEST, REAL_TUNE, readLabelled };
export type { LabelledItem };
