// Section `cost` of `npm run bench`: runs the cost scenario (cost-run.ts) on the local stack and
// prints the per-webhook counts and the monthly cost table. `npm run bench -- cost --write`
// also writes shared/cost/measured-usage.json and the README's table between its markers; the
// integration test then holds the code to those counts.
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfigFile } from '../../shared/config/load.js';
import { costSection } from '../../shared/cost/cost-table.js';
import { measureUsage } from './cost-run.js';
import type { BenchReport } from './report.js';

const USAGE_FILE = 'shared/cost/measured-usage.json';
const README = 'README.md';
const BEGIN = '<!-- cost-table:begin (npm run bench -- cost --write) -->';
const END = '<!-- cost-table:end -->';

const run = async (args: readonly string[] = []): Promise<BenchReport> => {
  const { values } = parseArgs({
    args: [...args],
    options: { write: { type: 'boolean' } },
    strict: true,
  });
  const day = new Date().toISOString().slice(0, 10);
  const usage = await measureUsage(
    `the local stack on the 2-core development machine, ${day} (npm run bench -- cost)`,
  );
  const config = await loadConfigFile('advocacy.config.ts');
  const section = costSection(usage, config);
  if (values.write === true) {
    await writeFile(USAGE_FILE, `${JSON.stringify(usage, null, 2)}\n`);
    const readme = await readFile(README, 'utf8');
    const [before, rest] = readme.split(BEGIN);
    const after = rest?.split(END)[1];
    if (before === undefined || after === undefined)
      throw new Error(`README.md has no ${BEGIN} ... ${END} markers`);
    await writeFile(README, `${before}${BEGIN}\n${section}\n${END}${after}`);
  }
  return {
    title: `Cost per signal, measured on the local stack${values.write === true ? ` (written to ${USAGE_FILE} and README.md)` : ''}`,
    lines: section.split('\n'),
  };
};

export { BEGIN, END, run, USAGE_FILE };
