// Section 1 of `npm run bench`: the detector's throughput against natural's SentimentAnalyzer
// (English, Porter, afinn) on the same deterministic corpus, in the same process and run.
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import AggressiveTokenizer from 'natural/lib/natural/tokenizers/aggressive_tokenizer.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { DetectorInput } from '../../shared/scoring/assessment.js';
import type * as DetectorModule from '../../shared/scoring/detector.js';
import { exampleConfig } from '../helpers/config.js';
import { buildCorpus, textOf } from './corpus.js';
import type { BenchReport } from './report.js';

interface Throughput {
  readonly itemsPerSecond: number;
  readonly megabytesPerSecond: number;
}

type Score = (input: DetectorInput) => unknown;

const throughputOf = (items: number, bytes: number, milliseconds: number): Throughput => ({
  itemsPerSecond: items / (milliseconds / 1000),
  megabytesPerSecond: bytes / 1_048_576 / (milliseconds / 1000),
});

// Rounds alternate between the two scorers so that changes in machine load (this runs on shared
// 2-core machines) hit both alike, and each side is judged by its fastest pass: interference
// only ever slows a pass down, so the minimum is the most repeatable figure.
const MIN_ROUNDS = 5;
const MIN_MILLISECONDS = 4000;

const measurePair = (
  items: readonly DetectorInput[],
  ours: Score,
  theirs: Score,
): [Throughput, Throughput] => {
  const bytes = items.reduce((total, item) => total + Buffer.byteLength(textOf(item)), 0);
  const pass = (score: Score): number => {
    const start = performance.now();
    for (const item of items) score(item);
    return performance.now() - start;
  };
  pass(ours);
  pass(theirs);
  let oursBest = Infinity;
  let theirsBest = Infinity;
  let rounds = 0;
  const started = performance.now();
  while (rounds < MIN_ROUNDS || performance.now() - started < MIN_MILLISECONDS) {
    oursBest = Math.min(oursBest, pass(ours));
    theirsBest = Math.min(theirsBest, pass(theirs));
    rounds += 1;
  }
  return [
    throughputOf(items.length, bytes, oursBest),
    throughputOf(items.length, bytes, theirsBest),
  ];
};

const format = (label: string, [ours, theirs]: [Throughput, Throughput]): string[] => [
  `${label}: detector ${ours.megabytesPerSecond.toFixed(1)} MB/s, ${Math.round(ours.itemsPerSecond).toLocaleString('en')} items/s; ` +
    `natural SentimentAnalyzer ${theirs.megabytesPerSecond.toFixed(1)} MB/s, ${Math.round(theirs.itemsPerSecond).toLocaleString('en')} items/s`,
  `${label}: ratio ${(ours.megabytesPerSecond / theirs.megabytesPerSecond).toFixed(1)}x (target >= 10x)`,
];

/** The detector as deployed: the esbuild bundle of shared/scoring, not the tsx-transformed source. */
const loadBundledDetector = async (folder: string): Promise<typeof DetectorModule> => {
  const outfile = join(folder, 'scorer.mjs');
  await build({
    entryPoints: ['shared/scoring/detector.ts'],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  return (await import(pathToFileURL(outfile).href)) as typeof DetectorModule;
};

/** How many times the survey corpus is repeated for the command-line run (startup amortized). */
const CLI_REPEATS = 5;
/** Fresh processes are the noisiest figure here: each side is judged by its best of these rounds. */
const CLI_ROUNDS = 5;

/**
 * `advocacy score` end to end, as a user runs it (a fresh Node process on bin/advocacy.js, which
 * imports the CLI's cached esbuild bundle: read the file, validate each line, score, write JSON
 * Lines), against natural on the same comments in this process. Natural's side is the bare
 * analyzer: the command's startup, reading, validation and writing are all on our side of the
 * ratio. A first, untimed run builds the bundle if the cache is stale, as a user's first run does.
 */
const measureCommand = (
  surveys: readonly DetectorInput[],
  natural: Score,
  folder: string,
): { pair: [Throughput, Throughput]; startup: number; empty: number } => {
  const lines: string[] = [];
  for (let copy = 0; copy < CLI_REPEATS; copy += 1) {
    for (const item of surveys)
      lines.push(JSON.stringify({ ...item, id: `${item.id}-${String(copy)}` }));
  }
  const input = join(folder, 'surveys.jsonl');
  const one = join(folder, 'one.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
  writeFileSync(one, `${lines[0] ?? ''}\n`);
  const bytes = Buffer.byteLength(surveys.map(textOf).join('')) * CLI_REPEATS;
  const items = surveys.length * CLI_REPEATS;
  const timed = (args: readonly string[]): number => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'ignore'] });
    if (result.status !== 0)
      throw new Error(`node ${args.join(' ')} exited ${String(result.status)}`);
    return performance.now() - start;
  };
  const command = (file: string): number => timed(['bin/advocacy.js', 'score', '--input', file]);
  const bare = (): number => {
    const start = performance.now();
    for (let copy = 0; copy < CLI_REPEATS; copy += 1) for (const item of surveys) natural(item);
    return performance.now() - start;
  };
  command(one);
  let ours = Infinity;
  let theirs = Infinity;
  let startup = Infinity;
  let empty = Infinity;
  for (let round = 0; round < CLI_ROUNDS; round += 1) {
    ours = Math.min(ours, command(input));
    theirs = Math.min(theirs, bare());
    startup = Math.min(startup, command(one));
    empty = Math.min(empty, timed(['-e', '']));
  }
  return {
    pair: [throughputOf(items, bytes, ours), throughputOf(items, bytes, theirs)],
    startup,
    empty,
  };
};

const run = async (): Promise<BenchReport> => {
  const folder = mkdtempSync(join(tmpdir(), 'advocacy-bench-'));
  const { createDetector } = await loadBundledDetector(folder);
  const detector = createDetector((await exampleConfig()).detection);
  const analyzer = new SentimentAnalyzer('English', PorterStemmer, 'afinn');
  const tokenizer = new AggressiveTokenizer();
  const natural = (input: DetectorInput): number =>
    analyzer.getSentiment(tokenizer.tokenize(textOf(input)));
  const { surveys, transcripts } = buildCorpus(10_000, 40);
  const size = (items: readonly DetectorInput[]): string =>
    `${(items.reduce((total, item) => total + Buffer.byteLength(textOf(item)), 0) / 1_048_576).toFixed(1)} MB`;
  try {
    const surveyPair = measurePair(surveys, (input) => detector.assess(input), natural);
    const transcriptPair = measurePair(transcripts, (input) => detector.assess(input), natural);
    const command = measureCommand(surveys, natural, folder);
    return {
      title: 'Detector throughput vs natural SentimentAnalyzer (English, Porter, afinn)',
      lines: [
        `corpus: ${String(surveys.length)} survey comments (${size(surveys)}), ${String(transcripts.length)} transcripts of 10-50 KB (${size(transcripts)}); sentences 1 in 3 from our labelled fixtures, 2 in 3 routine comments; seed 20261122`,
        ...format('surveys', surveyPair),
        ...format('transcripts', transcriptPair),
        ...format(
          `advocacy score, ${String(surveys.length * CLI_REPEATS)} survey lines end to end`,
          command.pair,
        ),
        `advocacy score, one line: ${command.startup.toFixed(0)} ms (node alone ${command.empty.toFixed(0)} ms)`,
        'detector = the esbuild bundle of shared/scoring (as deployed); same inputs; interleaved rounds, best pass each',
        'advocacy score = a fresh process, node bin/advocacy.js (the cached bundle; startup included), reading, validating, scoring and writing JSON Lines; natural = its bare analyzer on the same comments; best of 5 rounds each',
      ],
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
};

export { run };
