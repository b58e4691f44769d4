import { applyOp, createCase, type Case, type DateRange, type Op } from '../../../shared/model';

/**
 * A realistic case for the format tests: a news article with Urdu and Arabic names, a second source in
 * Urdu, grading and evidence, saved positions, a custom entity type, and hostile names (a spreadsheet
 * formula, a script tag, control characters) that every export must carry safely.
 */
export const ARTICLE = [
  'ISLAMABAD: Talks between Pakistan and the Afghan Taliban regime in Istanbul ended without progress.',
  'The talks, held in October 2025 under the mediation of Qatar and Turkey, focused on attacks against Pakistan.',
  'Defence Minister Khawaja Asif (خواجہ آصف) said the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil.',
  'Taliban spokesman Zabihullah Mujahid (ذبيح الله مجاهد) rejected the charge.',
  'Pakistan also named the Balochistan Liberation Army (BLA), which it calls India-backed.',
  'A post signed =HYPERLINK("http://evil.example","click") and a handle <script>alert(1)</script> circulated.',
].join('\n');

export const URDU = 'استنبول میں پاکستان اور افغان طالبان کے مذاکرات ناکام ہو گئے۔ خواجہ آصف نے ٹی ٹی پی پر الزام لگایا۔';

const at = (text: string, s: string) => {
  const i = text.indexOf(s);
  if (i < 0) throw new Error(`fixture: "${s}" not in text`);
  return { start: i, end: i + s.length };
};

type E = { id: string; name: string; type: string; aliases?: string[]; notes?: string; status?: 'accepted' | 'suggested'; pos?: [number, number]; mention?: string; date?: DateRange };

const ENTITIES: E[] = [
  { id: 'ent_pk', name: 'Pakistan', type: 'country', pos: [0, 0], mention: 'Pakistan' },
  { id: 'ent_af', name: 'Afghan Taliban regime', type: 'organization', aliases: ['Taliban government'], notes: 'De facto authorities in Kabul.', pos: [220, -40], mention: 'Afghan Taliban regime' },
  { id: 'ent_ist', name: 'Istanbul', type: 'location', pos: [120, 160], mention: 'Istanbul' },
  { id: 'ent_qa', name: 'Qatar', type: 'country', pos: [-160, 120], mention: 'Qatar' },
  { id: 'ent_tr', name: 'Turkey', type: 'country', aliases: ['Türkiye'], pos: [40, 260.5], mention: 'Turkey' },
  { id: 'ent_ka', name: 'Khawaja Asif', type: 'person', aliases: ['خواجہ آصف'], notes: 'Defence Minister of Pakistan.', pos: [-120, -140], mention: 'Khawaja Asif' },
  { id: 'ent_zm', name: 'Zabihullah Mujahid', type: 'person', aliases: ['ذبيح الله مجاهد'], pos: [330, -180.25], mention: 'Zabihullah Mujahid' },
  { id: 'ent_ttp', name: 'Tehreek-e-Taliban Pakistan', type: 'organization', aliases: ['TTP', 'تحریک طالبان پاکستان'], notes: 'Banned militant group; "terrorist" per Pakistan.\nSecond line, with a bell\u0007 character.', pos: [160, 60], mention: 'Tehreek-e-Taliban Pakistan' },
  { id: 'ent_bla', name: 'Balochistan Liberation Army', type: 'armed-group', aliases: ['BLA'], pos: [-60, 300], mention: 'Balochistan Liberation Army' },
  { id: 'ent_talks', name: 'Istanbul talks', type: 'event', notes: 'Four-day dialogue, October 2025.', pos: [100, 100], date: { start: '2025-10-25', end: '2025-10-28', basis: 'analyst' } },
  { id: 'ent_oct', name: 'October 2025', type: 'date', status: 'suggested', mention: 'October 2025', date: { start: '2025-10', basis: 'explicit' } },
  { id: 'ent_evil', name: '=HYPERLINK("http://evil.example","click")', type: 'other', status: 'suggested', pos: [500, 500], mention: '=HYPERLINK("http://evil.example","click")' },
  { id: 'ent_xss', name: '<script>alert(1)</script>', type: 'other', notes: '@SUM(1+1) & "quotes", commas, and\ttabs', pos: [-500, -500.75] },
];

type R = { id: string; s: string; t: string; type: string; directed?: boolean; cred?: number; rel?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'; notes?: string; status?: 'accepted' | 'suggested'; ev?: string[]; urdu?: string[] };

const RELATIONS: R[] = [
  { id: 'rel_talks', s: 'ent_pk', t: 'ent_af', type: 'negotiated with', directed: false, cred: 1, rel: 'B', ev: ['Talks between Pakistan and the Afghan Taliban regime in Istanbul ended without progress.'], urdu: ['استنبول میں پاکستان اور افغان طالبان کے مذاکرات ناکام ہو گئے۔'] },
  { id: 'rel_med_qa', s: 'ent_qa', t: 'ent_talks', type: 'mediated', cred: 2, ev: ['under the mediation of Qatar and Turkey'] },
  { id: 'rel_med_tr', s: 'ent_tr', t: 'ent_pk', type: 'mediation of', cred: 3, rel: 'C', notes: 'Co-mediator with Qatar.' },
  { id: 'rel_held', s: 'ent_talks', t: 'ent_ist', type: 'held in', ev: ['in Istanbul ended without progress'] },
  { id: 'rel_when', s: 'ent_talks', t: 'ent_oct', type: 'held in', status: 'suggested' },
  { id: 'rel_acc', s: 'ent_ka', t: 'ent_ttp', type: 'accused', cred: 4, rel: 'A', ev: ['the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil'], urdu: ['خواجہ آصف نے ٹی ٹی پی پر الزام لگایا۔'] },
  { id: 'rel_spk', s: 'ent_zm', t: 'ent_af', type: 'spokesman of', cred: 6, rel: 'F' },
  { id: 'rel_bla', s: 'ent_pk', t: 'ent_bla', type: 'designated "India-backed"', cred: 5, rel: 'E', ev: ['Balochistan Liberation Army (BLA), which it calls India-backed'] },
  { id: 'rel_evil', s: 'ent_evil', t: 'ent_xss', type: '=cmd|\' /C calc\'!A0', status: 'suggested', notes: '-2+3' },
  { id: 'rel_ur', s: 'ent_ka', t: 'ent_pk', type: 'وزیر دفاع', ev: ['Defence Minister Khawaja Asif'] },
  { id: 'rel_in', s: 'ent_ist', t: 'ent_tr', type: 'located in' },
  { id: 'rel_talks_in', s: 'ent_pk', t: 'ent_ist', type: 'held talks in' },
];

export function formatsCase(): Case {
  const t0 = '2025-11-01T09:30:00.000Z';
  let c: Case = { ...createCase('Istanbul talks — مذاکرات <test>', t0), id: 'case_fmt', updatedAt: '2025-11-02T10:00:00.500Z' };
  c.entityTypes = [{ id: 'armed-group', label: 'Armed group', color: '#d62728', shape: 'diamond' }];
  const ops: Op[] = [
    { op: 'addSource', source: { id: 'src_art', title: 'Talks collapse — Dawn', text: ARTICLE, origin: { url: 'https://www.dawn.com/news/1234567/talks-collapse', publisher: 'Dawn', publishedAt: '2025-10-30T08:00:00+05:00' }, reliability: 'B', addedAt: t0 } },
    { op: 'addSource', source: { id: 'src_ur', title: 'جنگ: مذاکرات ناکام', text: URDU, origin: { publisher: 'جنگ', url: 'https://jang.com.pk/news/مذاکرات' }, addedAt: t0 } },
    { op: 'addSource', source: { id: 'src_empty', title: '<b>Unrelated</b> note', text: 'Nothing here is linked.', origin: {}, addedAt: t0 } },
  ];
  for (const e of ENTITIES) {
    const entity = { id: e.id, name: e.name, type: e.type, aliases: e.aliases ?? [], status: e.status ?? 'accepted', ...(e.notes ? { notes: e.notes } : {}), ...(e.date ? { date: e.date } : {}) } as const;
    const mentions = e.mention ? [{ id: `men_${e.id}`, entityId: e.id, sourceId: 'src_art', ...at(ARTICLE, e.mention), status: 'accepted' as const }] : [];
    ops.push({ op: 'addEntity', entity, mentions, ...(e.pos ? { position: { x: e.pos[0], y: e.pos[1] } } : {}) });
  }
  for (const r of RELATIONS) {
    const evidence = [...(r.ev ?? []).map((q) => ({ sourceId: 'src_art', ...at(ARTICLE, q) })), ...(r.urdu ?? []).map((q) => ({ sourceId: 'src_ur', ...at(URDU, q) }))];
    ops.push({
      op: 'addRelation',
      relation: {
        id: r.id,
        source: r.s,
        target: r.t,
        type: r.type,
        directed: r.directed ?? true,
        evidence,
        status: r.status ?? 'accepted',
        ...(r.cred ? { credibility: r.cred } : {}),
        ...(r.rel ? { reliability: r.rel } : {}),
        ...(r.notes ? { notes: r.notes } : {}),
      },
    });
  }
  const sentence = ARTICLE.split('\n')[2]!;
  ops.push({
    op: 'addClaims',
    claims: [
      {
        id: 'clm_asif',
        speakerId: 'ent_ka',
        verb: 'said',
        evidence: { sourceId: 'src_art', ...at(ARTICLE, sentence) },
        content: { sourceId: 'src_art', ...at(ARTICLE, 'the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil') },
        about: ['ent_ttp', 'ent_af'],
        relationId: 'rel_acc',
        speakerReliability: 'B',
        credibility: 3,
        date: { start: '2025-10-30', basis: 'relative' },
        status: 'accepted',
      },
      { id: 'clm_anon', speakerLabel: 'a senior official', verb: 'warned', evidence: { sourceId: 'src_ur', start: 0, end: URDU.length }, about: ['ent_af'], status: 'suggested' },
    ],
  });
  for (const op of ops) c = applyOp(c, op).state;
  return c;
}
