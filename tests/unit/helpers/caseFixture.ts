import { applyOp, createCase, createId, type Case, type Op } from '../../../shared/model';

export const TEXT = 'Pakistan and the Taliban regime met in Istanbul. Qatar and Turkey mediated. The TTP was discussed.';

/** A small case built through the reducer, as the app would build it. */
export function sampleCase(): Case {
  let c = { ...createCase('Test case', '2025-01-01T00:00:00.000Z'), id: 'case_test' };
  const at = (s: string) => TEXT.indexOf(s);
  const ops: Op[] = [
    { op: 'addSource', source: { id: 'src_1', title: 'Article', text: TEXT, origin: {}, addedAt: '2025-01-01T00:00:00.000Z' } },
    ...(['Pakistan', 'Taliban regime', 'Istanbul', 'Qatar', 'Turkey', 'TTP'] as const).map((name, i): Op => ({
      op: 'addEntity',
      entity: { id: `ent_${i}`, name, type: 'organization', aliases: [], status: 'accepted', ...(i === 1 ? { notes: 'de facto authorities' } : {}) },
      mentions: [{ id: `men_${i}`, entityId: `ent_${i}`, sourceId: 'src_1', start: at(name), end: at(name) + name.length, status: 'accepted' }],
      position: { x: i * 10, y: i * 5 },
    })),
    { op: 'addRelation', relation: { id: 'rel_1', source: 'ent_0', target: 'ent_1', type: 'met', directed: true, evidence: [{ sourceId: 'src_1', start: 0, end: 48 }], status: 'accepted' } },
    { op: 'addRelation', relation: { id: 'rel_2', source: 'ent_3', target: 'ent_0', type: 'mediated', directed: true, evidence: [], status: 'suggested', credibility: 2 } },
    {
      op: 'addClaims',
      claims: [
        { id: 'clm_1', speakerId: 'ent_0', verb: 'said', evidence: { sourceId: 'src_1', start: 0, end: 48 }, about: ['ent_1', 'ent_2'], relationId: 'rel_1', credibility: 3, status: 'suggested' },
        { id: 'clm_2', speakerLabel: 'a senior official', verb: 'warned', evidence: { sourceId: 'src_1', start: 49, end: 74 }, about: ['ent_3'], status: 'accepted' },
      ],
    },
  ];
  for (const op of ops) c = applyOp(c, op).state;
  return c;
}

/** `c` with one more source of `text` (titled and named after `file`), added through the reducer; returns its id. */
export function withSource(c: Case, text: string, file = 'a.txt'): { c: Case; id: string } {
  const id = createId('src');
  const source = { id, title: file, text, origin: { file }, addedAt: c.createdAt };
  return { c: applyOp(c, { op: 'addSource', source }).state, id };
}
