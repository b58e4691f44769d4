/*
 * npm run eval: the automatic pass and compromise alone over each gold file in ../shared/eval (or
 * $CASEBOARD_SHARED/eval), both scored by the corpus's own scorer, printed side by side.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, runPass, type MentionStyle } from '../shared/extract';
import { applyOp, createCase, createId } from '../shared/model';
import { compromisePrediction } from './eval/baseline';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = process.env.CASEBOARD_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const evalDir = path.join(shared, 'eval');
const scorer = path.join(evalDir, 'score.mjs');
const TYPES = 'person,organization,location';

if (!fs.existsSync(scorer)) {
  console.log(`eval skipped: no scorer at ${scorer} (set CASEBOARD_SHARED to the folder holding eval/)`);
  process.exit(0);
}

type Gold = { id: string; text: string };
type Metric = { p: number; r: number; f1: number };
type Scores = { total: Record<'span' | 'typed' | 'partial' | 'relPair' | 'relDirected', Metric> };

/*
 * Each corpus marks mentions by its own annotation guidelines, and the pass reports them in that style
 * (see MentionStyle in shared/extract/extractText.ts): CoNLL04 marks names; re3d marks ACE-style mention
 * extents, articles included, with countries that act typed as organisations. The entities found are the same.
 * The style is the pass's "Mention extents" option (runPass's `extents`, the Find entities menu, `caseboard
 * extract --extents`), whose suggested mentions are the spans extractText reports.
 */
const STYLE: Record<string, MentionStyle> = { conll04: 'names', re3d: 'phrases' };
// CASEBOARD_STYLE=names|phrases forces one style on every corpus (to compare).
const styleOf = (file: string): MentionStyle => (process.env.CASEBOARD_STYLE as MentionStyle | undefined) || (STYLE[file.split('.')[0]!] ?? 'names');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caseboard-eval-'));
const golds = fs.readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort();

function score(gold: string, preds: object[], name: string): { scores: Scores; summary: string } {
  const predFile = path.join(tmp, `${name}.pred.jsonl`);
  const jsonFile = path.join(tmp, `${name}.score.json`);
  fs.writeFileSync(predFile, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const out = execFileSync(process.execPath, [scorer, gold, predFile, '--types', TYPES, '--json', jsonFile, '--quiet'], { encoding: 'utf8' });
  return { scores: JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as Scores, summary: out.trim().split('\n').at(-1)! };
}

/*
 * The mentions the pass suggests in a case (runPass, as Find entities and `caseboard extract` run it) with the
 * same Mention extents, typed by their entity: what an analyst choosing that option gets. Entity-level links
 * have no mention pair, so only the entity scores of this one are printed.
 */
function suggestedInCase(d: Gold, extents: MentionStyle) {
  let c = createCase('eval');
  const source = { id: createId('src'), title: d.id, text: d.text, origin: { file: d.id }, addedAt: c.createdAt };
  c = applyOp(c, { op: 'addSource', source }).state;
  c = applyOp(c, runPass(c, { extents }).op).state;
  const typeOf = new Map(c.entities.map((e) => [e.id, e.type]));
  return { id: d.id, entities: c.mentions.map((m) => ({ start: m.start, end: m.end, type: typeOf.get(m.entityId)! })), relations: [] };
}

const f3 = (x: number) => x.toFixed(3);
const rows: string[] = [];
for (const file of golds) {
  const goldPath = path.join(evalDir, file);
  const docs = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);
  const base = path.basename(file, '.jsonl');
  let t0 = performance.now();
  const style = styleOf(file);
  const ours = docs.map((d) => ({ id: d.id, ...extractText(d.text, style) }));
  const oursMs = performance.now() - t0;
  t0 = performance.now();
  const theirs = docs.map((d) => ({ id: d.id, ...compromisePrediction(d.text) }));
  const theirsMs = performance.now() - t0;
  const a = score(goldPath, ours, `${base}.caseboard`);
  const b = score(goldPath, theirs, `${base}.compromise`);
  const inCase = score(goldPath, docs.map((d) => suggestedInCase(d, style)), `${base}.case`).summary.replace(/ relation_.*$/, '');
  const extents = style === 'phrases' ? 'Whole noun phrases (ACE style)' : 'Names only (news style)';
  console.log(`${file} (${docs.length} texts; pass ${oursMs.toFixed(0)} ms, compromise ${theirsMs.toFixed(0)} ms; pass option Mention extents: ${extents}, '${style}')`);
  console.log(`  caseboard:  ${a.summary}`);
  console.log(`  as suggested in a case (runPass, same option): ${inCase}`);
  console.log(`  compromise: ${b.summary}`);
  const metrics: [string, keyof Scores['total']][] = [['entity typed F1', 'typed'], ['entity span F1', 'span'], ['entity partial F1', 'partial'], ['relation pair F1', 'relPair'], ['relation directed F1', 'relDirected']];
  for (const [label, key] of metrics) {
    const x = a.scores.total[key];
    const y = b.scores.total[key];
    rows.push(`| ${base} | ${label} | ${f3(x.f1)} (P ${f3(x.p)} R ${f3(x.r)}) | ${f3(y.f1)} (P ${f3(y.p)} R ${f3(y.r)}) |`);
  }
}
console.log(`\ngold types: ${TYPES} (country scored as location); predictions in ${tmp}\n`);
console.log('| gold | metric | caseboard pass | compromise alone |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
