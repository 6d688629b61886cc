import { createDetector } from './shared/scoring/detector.js';
import { exampleConfig } from './test/helpers/config.js';
import { buildCorpus } from './test/bench/corpus.js';
const detector = createDetector((await exampleConfig()).detection);
const { surveys } = buildCorpus(10_000, 0);
for (let r = 0; r < 3; r++) for (const s of surveys) detector.assess(s);
const t = performance.now();
for (let r = 0; r < 10; r++) for (const s of surveys) detector.assess(s);
console.log('µs/item', ((performance.now() - t) * 1000 / 100000).toFixed(2));
