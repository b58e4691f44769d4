/*
 * npm run eval:claims: recall of evidence on conll04.dev (../shared/eval or $CASEBOARD_SHARED/eval).
 * For each gold relation: is there a sentence mentioning both gold entities (what a sentence suggestion
 * rests on), and a claim whose evidence covers both? Claims are found twice: with the gold entities (the
 * claim finder alone) and with the automatic pass's entities (as the app runs it). Nothing here is tuned on
 * these files; they are only read. "Pass link suggestion" is a link of the automatic pass between mentions
 * overlapping both ends, what the app would show; "suggestion or claim" counts either kind of evidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type EntityRef, findClaims } from '../shared/claims';
import { extractText } from '../shared/extract';
import { splitSentences } from '../shared/extract/text/sentences';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = process.env.CASEBOARD_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const goldPath = path.join(shared, 'eval', 'conll04.dev.jsonl');
if (!fs.existsSync(goldPath)) {
  console.log(`eval:claims skipped: no ${goldPath} (set CASEBOARD_SHARED to the folder holding eval/)`);
  process.exit(0);
}

type Span = { start: number; end: number };
type Gold = { id: string; text: string; entities: (Span & { type: string })[]; relations: { head: number; tail: number; type: string }[] };
const docs = fs.readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Gold);

const inside = (x: Span, box: Span) => x.start >= box.start && x.end <= box.end;

/** Every gold mention as its own entity: CoNLL04 has no coreference, so a name is one mention. */
function goldRefs(d: Gold): EntityRef[] {
  return d.entities.map((e, i) => ({ id: `g${i}`, name: d.text.slice(e.start, e.end), aliases: [], type: e.type === 'other' ? 'other' : e.type, spans: [{ start: e.start, end: e.end }] }));
}

/** The pass's mentions grouped by entity name, as the app would hand them to findClaims. */
function passRefs(found: ReturnType<typeof extractText>): EntityRef[] {
  const byName = new Map<string, EntityRef>();
  for (const e of found.entities) {
    const ref = byName.get(e.name) ?? { id: `p${byName.size}`, name: e.name, aliases: [], type: e.type, spans: [] };
    ref.spans.push({ start: e.start, end: e.end });
    byName.set(e.name, ref);
  }
  return [...byName.values()];
}

type Row = { total: number; sentence: number; suggested: number; claimGold: number; claimPass: number; supported: number; either: number };
const empty = (): Row => ({ total: 0, sentence: 0, suggested: 0, claimGold: 0, claimPass: 0, supported: 0, either: 0 });
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const byType = new Map<string, Row>();
const all = empty();
let claimsGold = 0;
let claimsPass = 0;
let docsWithClaims = 0;
const t0 = performance.now();

for (const d of docs) {
  const sentences = splitSentences(d.text);
  const gold = findClaims(d.text, goldRefs(d), sentences);
  const found = extractText(d.text);
  const pass = findClaims(d.text, passRefs(found), sentences);
  claimsGold += gold.length;
  claimsPass += pass.length;
  if (gold.length || pass.length) docsWithClaims++;
  for (const r of d.relations) {
    const h = d.entities[r.head]!;
    const t = d.entities[r.tail]!;
    const covers = (ev: Span) => inside(h, ev) && inside(t, ev);
    const sentence = sentences.some(covers);
    const claimGold = gold.some((c) => covers(c.evidence));
    const claimPass = pass.some((c) => covers(c.evidence));
    // What the app shows today: a link suggestion of the pass between mentions of both ends (either way).
    const pair = (x: [number, number], y: Span) => overlaps({ start: x[0], end: x[1] }, y);
    const suggested = found.relations.some((p) => (pair(p.head, h) && pair(p.tail, t)) || (pair(p.head, t) && pair(p.tail, h)));
    // Supported: one end speaks, the other is what the claim is about.
    const ids = [`g${r.head}`, `g${r.tail}`];
    const supported = gold.some((c) => c.speakerEntityId && ids.includes(c.speakerEntityId) && c.about.some((a) => ids.includes(a) && a !== c.speakerEntityId));
    for (const row of [all, byType.get(r.type) ?? byType.set(r.type, empty()).get(r.type)!]) {
      row.total++;
      row.sentence += +sentence;
      row.suggested += +suggested;
      row.claimGold += +claimGold;
      row.claimPass += +claimPass;
      row.supported += +supported;
      row.either += +(suggested || claimPass);
    }
  }
}

const pct = (n: number, of: number) => `${n} (${of ? ((100 * n) / of).toFixed(1) : '0.0'}%)`;
console.log(`conll04.dev: ${docs.length} texts, ${all.total} gold relations; ${(performance.now() - t0).toFixed(0)} ms`);
console.log(`claims found: ${claimsGold} with gold entities, ${claimsPass} with the pass's entities; texts with a claim: ${docsWithClaims}\n`);
console.log('| relation | gold | both in one sentence | pass link suggestion | claim evidence (gold entities) | claim evidence (pass entities) | speaker→about (gold) | suggestion or claim (pass) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const [type, r] of [...[...byType.entries()].sort((a, b) => a[0].localeCompare(b[0])), ['all', all] as [string, Row]]) {
  console.log(`| ${type} | ${r.total} | ${pct(r.sentence, r.total)} | ${pct(r.suggested, r.total)} | ${pct(r.claimGold, r.total)} | ${pct(r.claimPass, r.total)} | ${pct(r.supported, r.total)} | ${pct(r.either, r.total)} |`);
}
const rate = (n: number) => (n / Math.max(1, all.total)).toFixed(3);
console.log(`\nrecall of evidence: sentence co-mention ${rate(all.sentence)}; pass link suggestion ${rate(all.suggested)}; claim ${rate(all.claimPass)} (pass entities), ${rate(all.claimGold)} (gold entities); suggestion or claim ${rate(all.either)}`);
