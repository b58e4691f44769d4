// Builds resources/sample-case.json: a short brief (written for Caseboard) on the failed Istanbul talks,
// with the entities, mentions, links and layout an analyst would have made. Run: npx tsx scripts/make-sample.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOp, CASE_VERSION, createCaseSerializer, parseCaseText, type Case, type Op } from '../shared/model';

const TEXT = `Istanbul talks between Pakistan and the Taliban regime end without agreement

Islamabad, October 2025. A four-day round of negotiations in Istanbul between Pakistan and the Afghan Taliban regime broke up without results. Qatar and Turkey mediated the talks, as they had the earlier Doha round that produced a ceasefire on October 19.

Pakistan's Information Minister Attaullah Tarar said his government had handed the mediators and the Afghan delegation evidence about the Tehreek-e-Taliban Pakistan (TTP) and the Balochistan Liberation Army (BLA), and that the Afghan side gave no firm guarantees to act against them. Islamabad describes both groups as backed by India. Tarar accused the Taliban government of deflecting blame and said Pakistan's demands were in line with the Doha Agreement.

Defence Minister Khawaja Asif warned Kabul in strong terms and rejected negotiations with the TTP, arguing that only force would end the attacks. After the talks failed, Islamabad said it would launch a broad operation against militant groups and those who support them.

Open questions: how far Kabul controls the TTP; whether the BLA's link to the Taliban regime is supported beyond Pakistani statements; what the mediators will do next.
`;

const NOW = '2025-11-01T09:00:00.000Z';
const SRC = 'src_brief0000001';

type E = [id: string, name: string, type: string, forms: string[], x: number, y: number, aliases?: string[]];
const ENTITIES: E[] = [
  ['ent_pakistan0001', 'Pakistan', 'country', ['Pakistan'], 0, 0],
  ['ent_taliban00001', 'Taliban regime', 'organization', ['Afghan Taliban regime', 'Taliban government', 'Taliban regime'], 300, 0, ['Afghan Taliban regime', 'Taliban government']],
  ['ent_ttp000000001', 'Tehreek-e-Taliban Pakistan', 'organization', ['Tehreek-e-Taliban Pakistan', 'TTP'], 210, 190, ['TTP']],
  ['ent_bla000000001', 'Balochistan Liberation Army', 'organization', ['Balochistan Liberation Army', 'BLA'], -150, 190, ['BLA']],
  ['ent_qatar0000001', 'Qatar', 'country', ['Qatar'], 60, -170],
  ['ent_turkey000001', 'Turkey', 'country', ['Turkey'], 240, -170],
  ['ent_india0000001', 'India', 'country', ['India'], 30, 330],
  ['ent_tarar0000001', 'Attaullah Tarar', 'person', ['Attaullah Tarar', 'Tarar'], -290, -80, ['Tarar']],
  ['ent_asif00000001', 'Khawaja Asif', 'person', ['Khawaja Asif'], -290, 90],
  ['ent_istanbul0001', 'Istanbul', 'location', ['Istanbul'], 430, -120],
  ['ent_doha00000001', 'Doha', 'location', ['Doha'], -130, -230],
  ['ent_kabul0000001', 'Kabul', 'location', ['Kabul'], 470, 100],
  ['ent_doha_agree01', 'Doha Agreement', 'event', ['Doha Agreement'], 450, 240],
  ['ent_oct20250001', 'October 2025', 'date', ['October 2025'], 420, -250],
];

// [id, from, to, type, phrase in the supporting sentence, credibility]
type R = [string, string, string, string, string, number];
const RELATIONS: R[] = [
  ['rel_talks0000001', 'ent_pakistan0001', 'ent_taliban00001', 'negotiated with', 'A four-day round', 2],
  ['rel_qatar_pak001', 'ent_qatar0000001', 'ent_pakistan0001', 'mediated for', 'Qatar and Turkey mediated', 1],
  ['rel_qatar_tal001', 'ent_qatar0000001', 'ent_taliban00001', 'mediated for', 'Qatar and Turkey mediated', 1],
  ['rel_turk_pak0001', 'ent_turkey000001', 'ent_pakistan0001', 'mediated for', 'Qatar and Turkey mediated', 1],
  ['rel_turk_tal0001', 'ent_turkey000001', 'ent_taliban00001', 'mediated for', 'Qatar and Turkey mediated', 1],
  ['rel_pak_ttp00001', 'ent_pakistan0001', 'ent_ttp000000001', 'presented evidence against', 'handed the mediators', 2],
  ['rel_pak_bla00001', 'ent_pakistan0001', 'ent_bla000000001', 'presented evidence against', 'handed the mediators', 2],
  ['rel_ind_ttp00001', 'ent_india0000001', 'ent_ttp000000001', 'alleged backer of', 'backed by India', 4],
  ['rel_ind_bla00001', 'ent_india0000001', 'ent_bla000000001', 'alleged backer of', 'backed by India', 4],
  ['rel_tarar_pak001', 'ent_tarar0000001', 'ent_pakistan0001', 'minister of', "Information Minister Attaullah", 1],
  ['rel_tarar_tal001', 'ent_tarar0000001', 'ent_taliban00001', 'accused', 'Tarar accused', 2],
  ['rel_asif_pak0001', 'ent_asif00000001', 'ent_pakistan0001', 'minister of', 'Defence Minister Khawaja Asif', 1],
  ['rel_asif_ttp0001', 'ent_asif00000001', 'ent_ttp000000001', 'rejects talks with', 'rejected negotiations with the TTP', 2],
  ['rel_asif_tal0001', 'ent_asif00000001', 'ent_taliban00001', 'warned', 'warned Kabul', 2],
  ['rel_talk_ist0001', 'ent_pakistan0001', 'ent_istanbul0001', 'held talks in', 'negotiations in Istanbul', 1],
];

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const seg = new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const s of seg.segment(text)) if (at >= s.index && at < s.index + s.segment.length) return { start: s.index, end: s.index + s.segment.trimEnd().length };
  throw new Error(`no sentence at ${at}`);
}

function allIndexes(text: string, form: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}-])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu');
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

let c: Case = {
  format: 'caseboard.case', version: CASE_VERSION, id: 'case_sample00001', title: 'Istanbul talks (sample case)',
  createdAt: NOW, updatedAt: NOW, sources: [], entities: [], mentions: [], relations: [], layout: { positions: {} }, claims: [],
};
const ops: Op[] = [{ op: 'addSource', source: { id: SRC, title: 'Brief: Istanbul talks end without agreement', text: TEXT, origin: { publisher: 'Caseboard sample brief', publishedAt: '2025-11-01' }, reliability: 'B', addedAt: NOW } }];
let n = 0;
const taken = new Set<number>();
for (const [id, name, type, forms, x, y, aliases] of ENTITIES) {
  const mentions = forms.flatMap((form) =>
    allIndexes(TEXT, form).filter((i) => !taken.has(i)).map((start) => {
      taken.add(start);
      return { id: `men_sample${String(++n).padStart(5, '0')}`, entityId: id, sourceId: SRC, start, end: start + form.length, status: 'accepted' as const };
    }),
  );
  ops.push({ op: 'addEntity', entity: { id, name, type, aliases: aliases ?? [], status: 'accepted' }, mentions, position: { x, y } });
}
for (const [id, source, target, type, phrase, credibility] of RELATIONS) {
  const at = TEXT.indexOf(phrase);
  if (at < 0) throw new Error(`phrase not in text: ${phrase}`);
  ops.push({ op: 'addRelation', relation: { id, source, target, type, directed: true, evidence: [{ sourceId: SRC, ...sentenceAround(TEXT, at) }], credibility, reliability: 'B', status: 'accepted' } });
}
for (const op of ops) c = applyOp(c, op).state;
const text = createCaseSerializer()(c);
const check = parseCaseText(text);
if (!check.ok) throw new Error(check.reason);
writeFileSync(join(import.meta.dirname, '..', 'resources', 'sample-case.json'), text);
console.log(`sample case: ${c.entities.length} entities, ${c.mentions.length} mentions, ${c.relations.length} links`);
