import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { Option, type Command } from 'commander';
import type { DetectionConfig } from '../../shared/config/detection-schema.js';
import type { Assessment, RatingScale } from '../../shared/scoring/assessment.js';
import type { Detector } from '../../shared/scoring/detector.js';
import type { Expectation } from '../../shared/scoring/evaluate.js';
import { jsonText } from '../../shared/plain-text.js';

interface ScoreOptions {
  readonly input?: string;
  readonly config?: string;
  readonly eval?: boolean;
  readonly explain?: boolean;
  readonly format: 'jsonl' | 'csv';
  readonly textColumn: string;
  readonly ratingColumn?: string;
  readonly idColumn?: string;
  readonly scale: RatingScale;
}

interface Tally {
  rows: number;
  bad: number;
  cases: number;
  urgent: number;
  readonly byCategory: Map<string, number>;
}

/** Only the detection section is needed; without a file at all the schema defaults apply. */
const loadDetection = async (file: string | undefined): Promise<DetectionConfig> => {
  const { DEFAULT_CONFIG_FILE, loadConfigFile } = await import('../../shared/config/load.js');
  if (file === undefined && !existsSync(DEFAULT_CONFIG_FILE)) {
    const { DetectionSchema } = await import('../../shared/config/detection-schema.js');
    return DetectionSchema.parse({});
  }
  return (await loadConfigFile(file ?? DEFAULT_CONFIG_FILE)).detection;
};

const count = (tally: Tally, assessment: Assessment): void => {
  tally.rows += 1;
  if (assessment.urgent) tally.urgent += 1;
  if (!assessment.openCase) return;
  tally.cases += 1;
  for (const { category } of assessment.triggers) {
    tally.byCategory.set(category, (tally.byCategory.get(category) ?? 0) + 1);
  }
};

const complain = (where: string, error: unknown): void => {
  process.stderr.write(`${where}: ${error instanceof Error ? error.message : String(error)}\n`);
};

/** JSON Lines: one assessment per line, in order; with `--eval`, the agreement figures instead. */
const scoreJsonLines = async (
  detector: Detector,
  source: Readable,
  options: ScoreOptions,
  tally: Tally,
) => {
  const { parseScoreLine } = await import('../../shared/scoring/input.js');
  const { evaluate } = await import('../../shared/scoring/evaluate.js');
  const { explanationText, metricsText } = await import('../../shared/scoring/explain-text.js');
  const { bufferedWriter, lineBatchesOf } = await import('./line-io.js');
  const pairs: { assessment: Assessment; expect: Expectation }[] = [];
  const out = bufferedWriter(process.stdout);
  let number = 0;
  const scoreLine = (line: string): void => {
    number += 1;
    if (line.trim() === '') return;
    try {
      const { input, expect } = parseScoreLine(line);
      const explanation = options.explain === true ? detector.explain(input) : undefined;
      const assessment = explanation?.assessment ?? detector.assess(input);
      count(tally, assessment);
      if (options.eval === true) {
        if (expect !== undefined) pairs.push({ assessment, expect });
      } else if (explanation !== undefined) out.write(explanationText(explanation));
      else out.write(`${jsonText(assessment)}\n`);
    } catch (error) {
      tally.bad += 1;
      complain(`line ${String(number)}`, error);
    }
  };
  for await (const lines of lineBatchesOf(source)) {
    for (const line of lines) scoreLine(line);
    await out.flush();
  }
  if (options.eval === true) out.write(metricsText(evaluate(pairs)));
  await out.flush();
};

/** CSV export: one assessment per row on stdout; progress on stderr only when it is a terminal. */
const scoreCsv = async (
  detector: Detector,
  source: Readable,
  options: ScoreOptions,
  tally: Tally,
) => {
  const { parse } = await import('csv-parse');
  const { csvRecordToInput } = await import('../../shared/scoring/input.js');
  const total = options.input === undefined ? undefined : statSync(options.input).size;
  const progress = process.stderr.isTTY;
  let row = 0;
  const parser = source.pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true }),
  );
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    row += 1;
    try {
      const assessment = detector.assess(csvRecordToInput(record, options, row));
      count(tally, assessment);
      process.stdout.write(`${jsonText(assessment)}\n`);
    } catch (error) {
      tally.bad += 1;
      complain(`row ${String(row)}`, error);
    }
    if (progress && row % 250 === 0) {
      const read =
        'bytesRead' in source && typeof source.bytesRead === 'number' ? source.bytesRead : 0;
      const done =
        total === undefined || total === 0 ? '' : ` (${String(Math.round((100 * read) / total))}%)`;
      process.stderr.write(`\rscoring: ${String(row)} rows${done}`);
    }
  }
  if (progress) process.stderr.write('\r\x1b[K');
  const categories = [...tally.byCategory]
    .map(([category, n]) => `${category} ${String(n)}`)
    .join(', ');
  process.stderr.write(
    `${String(tally.rows)} rows scored, ${String(tally.bad)} bad, ${String(tally.cases)} would open a case ` +
      `(${String(tally.urgent)} urgent)${categories === '' ? '' : `; by category: ${categories}`}\n`,
  );
};

/** `advocacy score`: runs the detector over JSON Lines or a CSV export. */
const registerScoreCommand = (program: Command): void => {
  program
    .command('score')
    .description('score feedback: JSON Lines (or a CSV export) in, one Assessment per line out')
    .option('-i, --input <file>', 'input file (default: stdin)')
    .option('-c, --config <file>', 'configuration file (default: advocacy.config.ts if present)')
    .option(
      '--eval',
      'compare with the `expect` labels and print precision, recall, urgent accuracy, micro-F1',
    )
    .option(
      '--explain',
      'JSON Lines input: print a readable report per item instead of JSON (the rules that matched, the guards that dropped matches, the tone and the decision)',
    )
    .addOption(
      new Option('--format <format>', 'input format').choices(['jsonl', 'csv']).default('jsonl'),
    )
    .option('--text-column <name>', 'CSV: column with the comment', 'comment')
    .option('--rating-column <name>', 'CSV: column with the rating')
    .option('--id-column <name>', 'CSV: column with a response id (default: row-N)')
    .addOption(
      new Option('--scale <scale>', 'CSV: scale of the rating column')
        .choices(['nps', 'csat', 'ces', 'ten', 'binary', 'sentiment'])
        .default('nps'),
    )
    .action(async (options: ScoreOptions) => {
      const { createDetector } = await import('../../shared/scoring/detector.js');
      const detector = createDetector(await loadDetection(options.config));
      // Large reads: a 64 KB chunk holds only a few hundred comments.
      const source =
        options.input === undefined
          ? process.stdin
          : createReadStream(options.input, { highWaterMark: 1024 * 1024 });
      const tally: Tally = { rows: 0, bad: 0, cases: 0, urgent: 0, byCategory: new Map() };
      if (options.format === 'csv') await scoreCsv(detector, source, options, tally);
      else await scoreJsonLines(detector, source, options, tally);
      if (tally.bad > 0) process.exitCode = 1;
    });
};

export { registerScoreCommand };
