import { describe, expect, it } from 'vitest';
import { applyOp, checkInvariants, createCase, createId, type Case } from '../../../shared/model';
import { rejectionKey, rejectionsFor, runPass } from '../../../shared/extract';
import { withSource } from '../helpers/caseFixture';

const TEXT =
  'Talks between Pakistan and the Afghan Taliban regime ended in Istanbul. Federal Information Minister Attaullah Tarar ' +
  'said the Tehreek-e-Taliban Pakistan (TTP) was to blame. Tarar accused the Taliban government of stalling. ' +
  'Qatar and Turkey mediated. The TTP denied it.';

const pass = (c: Case, sourceIds?: string[]) => applyOp(c, runPass(c, sourceIds ? { sourceIds } : {}).op).state;
const byName = (c: Case, name: string) => c.entities.find((e) => e.name === name);

describe('runPass', () => {
  it('returns one labelled batch that applies cleanly', () => {
    const { c } = withSource(createCase('t'), TEXT);
    const { op, stats } = runPass(c);
    expect(op.op).toBe('batch');
    if (op.op === 'batch') expect(op.label).toBe('Find entities');
    const next = applyOp(c, op).state;
    expect(checkInvariants(next)).toEqual([]);
    expect(stats.entitiesAdded).toBe(next.entities.length);
    expect(byName(next, 'Tehreek-e-Taliban Pakistan')?.aliases).toContain('TTP');
    expect(next.relations.every((r) => r.evidence.length > 0 && r.status === 'suggested')).toBe(true);
  });

  it('adds nothing when run again', () => {
    const { c } = withSource(createCase('t'), TEXT);
    const once = pass(c);
    const { op, stats } = runPass(once);
    expect(op.op === 'batch' && op.ops).toEqual([]);
    expect(stats.mentionsAdded + stats.entitiesAdded + stats.relationsAdded).toBe(0);
  });

  it('reports progress per source', () => {
    let { c } = withSource(createCase('t'), TEXT);
    c = withSource(c, 'Qatar hosted talks.').c;
    const seen: [number, number][] = [];
    runPass(c, { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen).toEqual([[0, 2], [1, 2], [2, 2]]);
  });

  it('leaves accepted and edited entities alone and reuses them, aliases included, in new sources', () => {
    let { c } = withSource(createCase('t'), TEXT);
    c = pass(c);
    const ttp = byName(c, 'Tehreek-e-Taliban Pakistan')!;
    c = applyOp(c, { op: 'updateEntity', id: ttp.id, patch: { name: 'Pakistani Taliban', aliases: [...ttp.aliases, 'Tehreek-e-Taliban Pakistan'], status: 'accepted' } }).state;
    const before = JSON.stringify(c.entities.find((e) => e.id === ttp.id));
    const second = withSource(c, 'Officials blamed the TTP again. The Pakistani Taliban said nothing.', 'b.txt');
    const next = pass(second.c, [second.id]);
    expect(JSON.stringify(next.entities.find((e) => e.id === ttp.id))).toBe(before);
    const fresh = next.mentions.filter((m) => m.sourceId === second.id && m.entityId === ttp.id);
    expect(fresh.map((m) => second.c.sources.find((s) => s.id === second.id)!.text.slice(m.start, m.end)).sort()).toEqual(['Pakistani Taliban', 'TTP']);
    expect(next.entities.filter((e) => e.id !== ttp.id && [e.name, ...e.aliases].some((n) => /^(ttp|pakistani taliban)$/i.test(n)))).toEqual([]);
  });

  it('does not suggest again what the analyst rejected', () => {
    let { c } = withSource(createCase('t'), TEXT);
    const first = pass(c);
    const qatar = byName(first, 'Qatar')!;
    const tarar = byName(first, 'Attaullah Tarar')!;
    const link = first.relations.find((r) => [r.source, r.target].includes(tarar.id))!;
    const other = first.entities.find((e) => e.id === (link.source === tarar.id ? link.target : link.source))!;
    const rejections = rejectionsFor(first, { entityIds: [qatar.id], relationIds: [link.id] });
    expect(rejections).toContainEqual({ kind: 'entity', key: rejectionKey({ kind: 'entity', name: 'Qatar' }) });
    c = applyOp(c, { op: 'setCaseFields', fields: { rejections } }).state;
    const next = pass(c);
    expect(byName(next, 'Qatar')).toBeUndefined();
    const a = byName(next, 'Attaullah Tarar')!.id;
    const b = byName(next, other.name)!.id;
    expect(next.relations.some((r) => [r.source, r.target].sort().join() === [a, b].sort().join())).toBe(false);
  });

  it('does not add a mention over one the analyst placed', () => {
    const { c: c0, id } = withSource(createCase('t'), TEXT);
    const entity = { id: createId('ent'), name: 'Pakistan govt', type: 'organization', aliases: [], status: 'accepted' as const };
    const at = TEXT.indexOf('Pakistan');
    const mention = { id: createId('men'), entityId: entity.id, sourceId: id, start: at, end: at + 8, status: 'accepted' as const };
    const c = applyOp(c0, { op: 'addEntity', entity, mentions: [mention] }).state;
    const next = pass(c);
    expect(next.mentions.filter((m) => m.start < at + 8 && at < m.end)).toHaveLength(1);
  });

  it('key formats are stable', () => {
    expect(rejectionKey({ kind: 'entity', name: "The Taliban's" })).toBe('taliban');
    expect(rejectionKey({ kind: 'mention', sourceId: 'src_1', start: 3, end: 9 })).toBe('src_1:3-9');
    expect(rejectionKey({ kind: 'relation', source: 'Qatar', target: 'Attaullah Tarar' })).toBe('attaullah tarar <> qatar');
  });
});
