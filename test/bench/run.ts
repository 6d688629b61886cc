// `npm run bench`: runs each section in order and prints its report. A section is a module that
// exports `run(): Promise<BenchReport>` (see report.ts); add one by adding a line below.
// `npm run bench -- scoring bundle` runs only the named sections; flags after the names go to
// the sections (`npm run bench -- load --rate 50`).
import type { BenchReport } from './report.js';

interface Section {
  readonly name: string;
  readonly load: () => Promise<{ run: (args: readonly string[]) => Promise<BenchReport> }>;
}

const SECTIONS: readonly Section[] = [
  { name: 'scoring', load: () => import('./scoring.js') },
  { name: 'bundle', load: () => import('./bundle.js') },
  { name: 'lambdas', load: () => import('./lambdas.js') },
  { name: 'load', load: () => import('./load.js') },
  { name: 'cost', load: () => import('./cost.js') },
];

const argv = process.argv.slice(2);
const firstFlag = argv.findIndex((arg) => arg.startsWith('--'));
const wanted = firstFlag === -1 ? argv : argv.slice(0, firstFlag);
const flags = firstFlag === -1 ? [] : argv.slice(firstFlag);
const unknown = wanted.filter((name) => !SECTIONS.some((section) => section.name === name));
if (unknown.length > 0) {
  process.stderr.write(
    `unknown section(s): ${unknown.join(', ')}; known: ${SECTIONS.map((s) => s.name).join(', ')}\n`,
  );
  process.exit(2);
}

for (const section of SECTIONS) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  const started = Date.now();
  const report = await (await section.load()).run(flags);
  process.stdout.write(
    `\n== ${report.title} (${section.name}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  for (const line of report.lines) process.stdout.write(`   ${line}\n`);
}
