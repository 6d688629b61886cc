import { writeFileSync } from 'node:fs';
import { exampleConfig } from './test/helpers/config.js';
import { buildCorpus } from './test/bench/corpus.js';
writeFileSync('/tmp/surveys.json', JSON.stringify(buildCorpus(10_000, 0).surveys));
writeFileSync('/tmp/detection.json', JSON.stringify((await exampleConfig()).detection));
