import { readFileSync, writeFileSync } from 'node:fs';
import { detectorFor } from './shared/scoring/detector.js';
import { NEGATORS } from './shared/scoring/guards.js';
import { porter } from './shared/scoring/lexicon.js';
import type { RuleSpec } from './shared/scoring/rules/rule.js';

const FILES = ['churn', 'legal', 'escalation', 'business-impact', 'repeat-contact', 'strong-negative', 'urgency'];
const PREFIX: Record<string, string> = {
  churn_threat: 'churn', legal_threat: 'legal', escalation_request: 'escalation', business_impact: 'impact',
  repeat_contact: 'repeat', strong_negative: 'strong', urgent: 'urgent', calm: 'calm', resolved: 'resolved',
  staying: 'staying', neutral_exit: 'exit', mistake: 'mistake', exasperated: 'exasperated',
};
const pool = JSON.parse(readFileSync('/tmp/genold/pool.json', 'utf8')) as { s: string; src: string }[];
pool.sort((a, b) => (a.src === 'own' ? 0 : 1) - (b.src === 'own' ? 0 : 1) || a.s.length - b.s.length);
const thresholds = { extremeScore: 60, watchScore: 30, strongNegativeSentiment: -4 };
const survey = (text: string) => ({ id: 'x', kind: 'survey' as const, text, rating: null, turns: [] });

// --- a tiny JS scanner: split top-level by a char, respecting strings, templates, comments, brackets
const splitTop = (text: string, sep: string): string[] => {
  const out: string[] = []; let depth = 0; let cur = ''; let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') { const e = text.indexOf('\n', i); const end = e < 0 ? text.length : e; cur += text.slice(i, end); i = end; continue; }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1; while (j < text.length && text[j] !== c) { if (text[j] === '\\') j++; j++; }
      cur += text.slice(i, j + 1); i = j + 1; continue;
    }
    if ('([{'.includes(c)) depth++; if (')]}'.includes(c)) depth--;
    if (c === sep && depth === 0) { out.push(cur); cur = ''; i++; continue; }
    cur += c; i++;
  }
  if (cur.trim() !== '') out.push(cur);
  return out;
};
const matchParen = (text: string, open: number): number => {
  let depth = 0; let i = open;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') { i = text.indexOf('\n', i); continue; }
    if (c === "'" || c === '"' || c === '`') { let j = i + 1; while (text[j] !== c) { if (text[j] === '\\') j++; j++; } i = j + 1; continue; }
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) { depth--; if (depth === 0) return i; }
    i++;
  }
  return -1;
};
const usedIds = new Set<string>();
const idFor = (spec: RuleSpec): string => {
  const words = spec.pattern.split(/\s+/).filter((p) => !p.startsWith('~')).slice(0, 3)
    .map((p) => p.replace(/[()?]/g, '').split('|')[0]!.replace(/^=/, '').replace(/[<>]/g, '').replace(/'/g, '').toLowerCase())
    .filter((w) => w !== '' && w !== '*');
  const base = `${PREFIX[spec.signal]}.${words.join('-')}`;
  let id = base; let n = 2;
  while (usedIds.has(id)) id = `${base}-${n++}`;
  usedIds.add(id);
  return id;
};
const negatesInPattern = (pattern: string) => pattern.split(/[\s|()?]+/).some((w) => NEGATORS.has(w.replace(/^=/, '')));
const stats = { pos: 0, neg: 0, noPos: [] as string[], noNeg: [] as string[] };
const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

for (const file of FILES) {
  const mod = (await import(`/tmp/genold/${file}.ts`)) as Record<string, RuleSpec[]>;
  const src = readFileSync(`shared/scoring/rules/${file}.ts`, 'utf8');
  // exported arrays in source order
  const names = [...src.matchAll(/^const (\w+_RULES) =/gm)].map((m) => m[1]!);
  const specs = names.flatMap((n) => mod[n]!);
  let k = 0;
  let out = ''; let last = 0;
  for (const m of src.matchAll(/\brules\(/g)) {
    const open = m.index! + 'rules'.length;
    const close = matchParen(src, open);
    const args = splitTop(src.slice(open + 1, close), ',');
    const signalText = args[0]!.trim();
    const elements = splitTop(args[1]!.trim().replace(/^\[/, '').replace(/\]$/, ''), ',').filter((e) => e.trim() !== '');
    const options = args[2]?.trim() ?? '{}';
    const entries = elements.map((element) => {
      const spec0 = specs[k++]!;
      const trimmed = element.replace(/^\s*\n/, '');
      const lines = trimmed.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const comments = lines.filter((l) => l.startsWith('//'));
      const code = lines.filter((l) => !l.startsWith('//')).join(' ');
      const id = idFor(spec0);
      const negation = negatesInPattern(spec0.pattern) ? 'in-pattern' : undefined;
      const spec: RuleSpec = { ...spec0, id, ...(negation ? { negation } : {}) };
      const detector = detectorFor([spec], thresholds);
      const match: string[] = []; const dropped: string[] = []; const anchored: string[] = [];
      const anchor = new Set(spec.pattern.split(/\s+/)[0]!.replace(/[()?]/g, '').split('|').map((a) => a.replace(/^=/, '')).filter((a) => /^[a-z']+$/.test(a)).map(porter));
      for (const { s } of pool) {
        if (match.length >= 1 && dropped.length >= 1) break;
        const ex = detector.explain(survey(s));
        const mine = ex.matches.filter((x) => x.ruleId === id);
        if (mine.some((x) => x.outcome === 'counted')) { if (match.length < 1) match.push(s); }
        else if (mine.length > 0) { if (dropped.length < 1) dropped.push(s); }
        else if (anchored.length < 1 && s.toLowerCase().split(/[^a-z']+/).some((w) => anchor.has(porter(w)))) anchored.push(s);
      }
      const noMatch = dropped.length > 0 ? dropped : anchored.slice(0, 1);
      if (match.length) stats.pos++; else stats.noPos.push(id);
      if (noMatch.length) stats.neg++; else stats.noNeg.push(id);
      return `${comments.map((c) => `      ${c}\n`).join('')}      {\n        id: '${id}',\n        pattern: ${code},\n${negation ? `        negation: 'in-pattern',\n` : ''}        match: [${match.map(q).join(', ')}],\n        noMatch: [${noMatch.map(q).join(', ')}],\n      },\n`;
    });
    out += src.slice(last, m.index!) + `family(${signalText}, ${options}, [\n${entries.join('')}])`;
    last = close + 1;
  }
  out += src.slice(last);
  if (k !== specs.length) throw new Error(`${file}: ${k} elements vs ${specs.length} specs`);
  out = out.replace("import { rules } from './rule.js';", "import { family } from './rule.js';");
  writeFileSync(`shared/scoring/rules/${file}.ts`, out);
}
console.log(JSON.stringify({ pos: stats.pos, neg: stats.neg, noPos: stats.noPos.length, noNeg: stats.noNeg.length }));
writeFileSync('/tmp/genold/missing.json', JSON.stringify(stats, null, 1));
