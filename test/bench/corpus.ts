import { readFileSync } from 'node:fs';
import type { DetectorInput } from '../../shared/scoring/assessment.js';

// A deterministic corpus built from our own labelled fixtures: sentences are shuffled into
// survey comments and into long support transcripts, with a fixed seed so runs compare.
const FIXTURES = ['test/fixtures/scoring/labelled.jsonl', 'test/fixtures/scoring/labelled-2.jsonl'];

// Most real feedback triggers nothing: routine comments of our own, mixed with the fixtures'
// sentences (which are nearly all complaints) so the corpus is not all alarms.
const ROUTINE_LINES = [
  'Delivery arrived on time and the driver was friendly.',
  'The app is easy to use but the search could be faster.',
  'Good value for money overall.',
  'Took a while to get through on the phone, the agent was helpful though.',
  'Invoices are clear and the portal works fine.',
  'Would be nice to have a dark mode.',
  'Setup was straightforward, thanks.',
  'Prices have gone up a bit since last year.',
  'Support answered my question within the hour.',
  'The new dashboard is a big improvement.',
  'Parcel was left with a neighbour, which was fine.',
  'Nothing to add, keep up the good work.',
];

const AGENT_LINES = [
  'Thanks for your patience, let me look into that for you.',
  'I can see the account here. Could you confirm the postcode?',
  'I understand you want to cancel, can I ask why you are leaving?',
  'I have escalated this to our second-line team and they will call you back.',
  'Sorry about that, we had a brief outage earlier today which is now resolved.',
  'Is there anything else I can help you with today?',
];

/** mulberry32: a tiny seeded generator; Math.random would make runs incomparable. */
const seeded = (seed: number): (() => number) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const sentencesOf = (): string[] =>
  FIXTURES.flatMap((file) => readFileSync(file, 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const item = JSON.parse(line) as DetectorInput;
      return [
        item.text,
        ...item.turns.filter((turn) => turn.role === 'customer').map((turn) => turn.text),
      ];
    })
    .flatMap((text) => text.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.length > 0);

interface Corpus {
  readonly surveys: readonly DetectorInput[];
  readonly transcripts: readonly DetectorInput[];
}

/** Short survey comments (1-3 sentences) and transcripts of 10-50 KB. */
const buildCorpus = (surveyCount: number, transcriptCount: number, seed = 20261122): Corpus => {
  const random = seeded(seed);
  const fixtureSentences = sentencesOf();
  // One sentence in three from the fixtures, the rest routine.
  const sentences = [
    ...fixtureSentences,
    ...Array.from({ length: 2 }, () =>
      fixtureSentences.map((_, index) => ROUTINE_LINES[index % ROUTINE_LINES.length] ?? ''),
    ).flat(),
  ];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const surveys = Array.from({ length: surveyCount }, (_, index): DetectorInput => {
    const count = 1 + Math.floor(random() * 3);
    const text = Array.from({ length: count }, () => pick(sentences)).join(' ');
    return {
      id: `s-${String(index)}`,
      kind: 'survey',
      text,
      rating: { value: Math.floor(random() * 11), scale: 'nps' },
      turns: [],
    };
  });
  const transcripts = Array.from({ length: transcriptCount }, (_, index): DetectorInput => {
    const target = 10_240 + Math.floor(random() * 40_960);
    const turns: { role: 'customer' | 'agent'; text: string }[] = [];
    let size = 0;
    while (size < target) {
      const customer = turns.length % 2 === 0;
      const text = customer
        ? Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(sentences)).join(' ')
        : pick(AGENT_LINES);
      turns.push({ role: customer ? 'customer' : 'agent', text });
      size += Buffer.byteLength(text);
    }
    return { id: `t-${String(index)}`, kind: 'transcript', text: '', rating: null, turns };
  });
  return { surveys, transcripts };
};

/** The words of an input that both scorers read: the comment and every turn's text. */
const textOf = (input: DetectorInput): string =>
  [input.text, ...input.turns.map((turn) => turn.text)].join('\n');

export { buildCorpus, textOf };
export type { Corpus };
