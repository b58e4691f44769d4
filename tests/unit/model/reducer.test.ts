import { describe, expect, it } from 'vitest';
import { applyOp, checkInvariants, OpError, type Case, type Op } from '../../../shared/model';
import { sampleCase, TEXT } from '../helpers/caseFixture';

const undo = (c: Case, op: Op) => {
  const { state, inverse } = applyOp(c, op);
  return { state, back: applyOp(state, inverse).state };
};

const OPS: [string, Op][] = [
  ['rename entity', { op: 'updateEntity', id: 'ent_0', patch: { name: 'Islamic Republic of Pakistan', notes: 'state' } }],
  ['clear notes', { op: 'updateEntity', id: 'ent_1', patch: { notes: null } }],
  ['delete entities (cascade)', { op: 'deleteEntities', ids: ['ent_0', 'ent_2'] }],
  ['merge', { op: 'mergeEntities', targetId: 'ent_1', sourceIds: ['ent_0', 'ent_5'] }],
  ['add mention', { op: 'addMentions', mentions: [{ id: 'men_x', entityId: 'ent_5', sourceId: 'src_1', start: 0, end: 8, status: 'suggested' }] }],
  ['delete mention', { op: 'deleteMentions', ids: ['men_3'] }],
  ['update link grading', { op: 'updateRelation', id: 'rel_2', patch: { credibility: null, reliability: 'B', type: 'mediated between' } }],
  ['reverse link', { op: 'updateRelation', id: 'rel_1', patch: { source: 'ent_1', target: 'ent_0' } }],
  ['delete links', { op: 'deleteRelations', ids: ['rel_1', 'rel_2'] }],
  ['delete source (cascade)', { op: 'deleteSource', id: 'src_1' }],
  ['move nodes', { op: 'setPositions', positions: { ent_0: { x: 1, y: 2 }, ent_1: null } }],
  ['accept', { op: 'setStatus', status: 'accepted', relationIds: ['rel_2'] }],
  ['rename case', { op: 'renameCase', title: 'Renamed' }],
  ['add claim', { op: 'addClaims', claims: [{ id: 'clm_9', speakerId: 'ent_5', verb: 'denied', evidence: { sourceId: 'src_1', start: 75, end: 98 }, about: [], status: 'suggested' }] }],
  ['grade claim', { op: 'updateClaim', id: 'clm_1', patch: { speakerReliability: 'C', credibility: null, relationId: null } }],
  ['delete claims', { op: 'deleteClaims', ids: ['clm_1', 'clm_2'] }],
  ['batch', { op: 'batch', label: 'several', ops: [{ op: 'deleteRelations', ids: ['rel_2'] }, { op: 'mergeEntities', targetId: 'ent_3', sourceIds: ['ent_4'] }] }],
];

describe('reducer', () => {
  it.each(OPS)('%s: applies, keeps the case sound, and its inverse restores it exactly', (_name, op) => {
    const before = sampleCase();
    const { state, back } = undo(before, op);
    expect(state).not.toEqual(before);
    expect(checkInvariants(state)).toEqual([]);
    expect(back).toEqual(before);
    // Redo after undo gives the same state again.
    expect(applyOp(back, op).state).toEqual(state);
  });

  it('merging keeps every mention and link and records the merged names as aliases', () => {
    const c = applyOp(sampleCase(), { op: 'mergeEntities', targetId: 'ent_1', sourceIds: ['ent_0'] }).state;
    expect(c.entities.find((e) => e.id === 'ent_0')).toBeUndefined();
    expect(c.entities.find((e) => e.id === 'ent_1')!.aliases).toEqual(['Pakistan']);
    expect(c.mentions.filter((m) => m.entityId === 'ent_1')).toHaveLength(2);
    expect(c.relations).toHaveLength(2);
    expect(c.relations.find((r) => r.id === 'rel_2')!.target).toBe('ent_1');
    expect(c.layout.positions.ent_0).toBeUndefined();
  });

  it('deleting a speaker keeps the claim, with the speaker by name; deleting a link unhooks its claims', () => {
    const c = applyOp(sampleCase(), { op: 'deleteEntities', ids: ['ent_0', 'ent_1'] }).state;
    const claim = c.claims.find((x) => x.id === 'clm_1')!;
    expect(claim.speakerId).toBeUndefined();
    expect(claim.speakerLabel).toBe('Pakistan');
    expect(claim.about).toEqual(['ent_2']);
    expect(claim.relationId).toBeUndefined();
    expect(checkInvariants(c)).toEqual([]);
  });

  it('merging re-points claims to the surviving entity', () => {
    const c = applyOp(sampleCase(), { op: 'mergeEntities', targetId: 'ent_2', sourceIds: ['ent_0', 'ent_1'] }).state;
    expect(c.claims.find((x) => x.id === 'clm_1')).toMatchObject({ speakerId: 'ent_2', about: ['ent_2'] });
  });

  it('splitting an alias moves its mentions to a new entity, and undoes exactly', () => {
    const merged = applyOp(sampleCase(), { op: 'mergeEntities', targetId: 'ent_1', sourceIds: ['ent_0'] }).state;
    const split = applyOp(merged, { op: 'splitAlias', entityId: 'ent_1', alias: 'Pakistan', newEntityId: 'ent_new' });
    const fresh = split.state.entities.find((e) => e.id === 'ent_new')!;
    expect(fresh.name).toBe('Pakistan');
    const m = split.state.mentions.filter((x) => x.entityId === 'ent_new');
    expect(m.map((x) => TEXT.slice(x.start, x.end))).toEqual(['Pakistan']);
    expect(applyOp(split.state, split.inverse).state).toEqual(merged);
  });

  it('a long random sequence of edits undone in reverse returns the original case', () => {
    let c = sampleCase();
    const original = c;
    const inverses: Op[] = [];
    for (const [, op] of OPS.filter(([n]) => !n.startsWith('delete source'))) {
      try {
        const r = applyOp(c, op);
        c = r.state;
        inverses.push(r.inverse);
      } catch (err) {
        expect(err).toBeInstanceOf(OpError);
      }
    }
    for (const inv of inverses.reverse()) c = applyOp(c, inv).state;
    expect(c).toEqual(original);
  });

  it.each<[string, Op, RegExp]>([
    ['mention outside the text', { op: 'addMentions', mentions: [{ id: 'm9', entityId: 'ent_0', sourceId: 'src_1', start: 5, end: 5000, status: 'accepted' }] }, /not inside source/],
    ['mention of a missing entity', { op: 'addMentions', mentions: [{ id: 'm9', entityId: 'nope', sourceId: 'src_1', start: 0, end: 3, status: 'accepted' }] }, /no entity "nope"/],
    ['link to a missing entity', { op: 'addRelation', relation: { id: 'r9', source: 'ent_0', target: 'gone', type: 'x', directed: true, evidence: [], status: 'accepted' } }, /no entity "gone"/],
    ['duplicate id', { op: 'addEntity', entity: { id: 'ent_0', name: 'Again', type: 'other', aliases: [], status: 'accepted' } }, /already used/],
    ['empty name', { op: 'updateEntity', id: 'ent_0', patch: { name: '  ' } }, /needs a name/],
    ['merge with itself only', { op: 'mergeEntities', targetId: 'ent_0', sourceIds: ['ent_0'] }, /at least two/],
  ])('refuses %s with a clear reason', (_name, op, reason) => {
    expect(() => applyOp(sampleCase(), op)).toThrow(reason);
  });
});
