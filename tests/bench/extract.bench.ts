/*
 * npm run bench:extract — the automatic pass against compromise alone on the same ≥ 200,000 words, and the
 * time for one 5,000-word article. Prints figures; asserts nothing. The corpus is the seed article and the
 * gold texts of ../shared/eval (or $CASEBOARD_SHARED) joined into ~1,000-word documents, repeated.
 */
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { runPass } from '../../shared/extract';
import { applyOp, createCase, createId, type Case } from '../../shared/model';
import { machine } from './util';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const shared = process.env.CASEBOARD_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const WORDS = 200_000;
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function texts(): string[] {
  const out: string[] = [];
  const seed = path.join(shared, 'seed', 'istanbul-talks.txt');
  if (fs.existsSync(seed)) out.push(fs.readFileSync(seed, 'utf8'));
  const evalDir = path.join(shared, 'eval');
  if (fs.existsSync(evalDir))
    for (const f of fs.readdirSync(evalDir).filter((x) => x.endsWith('.jsonl')))
      for (const line of fs.readFileSync(path.join(evalDir, f), 'utf8').split('\n'))
        if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

function documents(all: string[]): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  let n = 0;
  let total = 0;
  for (let i = 0; total < WORDS; i = (i + 1) % all.length) {
    cur.push(all[i]!);
    n += words(all[i]!);
    total += words(all[i]!);
    if (n >= 1000) docs.push(cur.join('\n')), (cur = []), (n = 0);
  }
  if (cur.length) docs.push(cur.join('\n'));
  return docs;
}

function caseOf(docs: string[]): Case {
  let c = createCase('bench');
  for (const text of docs) c = applyOp(c, { op: 'addSource', source: { id: createId('src'), title: 'doc', text, origin: {}, addedAt: c.createdAt } }).state;
  return c;
}

const all = texts();
if (!all.length) {
  console.log(`bench skipped: no texts under ${shared} (set CASEBOARD_SHARED)`);
  process.exit(0);
}
const docs = documents(all);
const total = docs.reduce((n, d) => n + words(d), 0);
console.log(`extract bench on ${machine()}: ${docs.length} documents, ${total.toLocaleString('en')} words`);

const seedText = all[0]!;
let article = '';
while (words(article) < 5000) article += `${seedText}\n`;
const articleCase = caseOf([article]);
// The first pass also decodes the tagger's weights and builds the lexicon: what a user waits for once.
let t = performance.now();
runPass(articleCase);
const coldMs = performance.now() - t;

// Warm both up (JIT) on a slice before timing.
runPass(caseOf(docs.slice(0, 3)));
for (const d of docs.slice(0, 3)) nlp(d).people();

t = performance.now();
const { stats } = runPass(caseOf(docs));
const passMs = performance.now() - t;
t = performance.now();
for (const d of docs) {
  const doc = nlp(d);
  doc.people();
  doc.places();
  doc.organizations();
}
const compromiseMs = performance.now() - t;

const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  runPass(articleCase);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);

const wps = (ms: number) => Math.round(total / (ms / 1000));
console.log(`  pass (runPass):        ${wps(passMs).toLocaleString('en')} words/s  (${(passMs / 1000).toFixed(2)} s; ${stats.entitiesAdded} entities, ${stats.relationsAdded} links)`);
console.log(`  compromise alone:      ${wps(compromiseMs).toLocaleString('en')} words/s  (${(compromiseMs / 1000).toFixed(2)} s; nlp() + people/places/organizations)`);
console.log(`  ratio pass/compromise: ${(compromiseMs / passMs).toFixed(2)}×  (target ≥ 0.5×)`);
console.log(`  5,000-word article:    ${times[2]!.toFixed(0)} ms median of 5, ${coldMs.toFixed(0)} ms for the very first pass (${words(article).toLocaleString('en')} words; target < 1,000 ms)`);
