import { describe, expect, it } from 'vitest';
import { rejectionsFor } from '../../../shared/extract/rejection';
import { applyOp, createCase, type Case } from '../../../shared/model';
import { acceptOp, rejectOp, suggestionGroups } from '../../../renderer/src/features/suggestions/review';

function sample(): Case {
  const c = createCase('t');
  c.sources.push({ id: 's', title: 's', text: 'Pakistan TTP Qatar Turkey BLA', origin: {}, addedAt: 'now' });
  const ent = (id: string, name: string, status: 'suggested' | 'accepted' = 'suggested') => ({ id, name, type: 'organization', aliases: [], status });
  c.entities.push(ent('pk', 'Pakistan'), ent('ttp', 'TTP'), ent('qa', 'Qatar'), ent('tr', 'Turkey'), ent('bla', 'BLA', 'accepted'));
  c.mentions.push({ id: 'm1', entityId: 'pk', sourceId: 's', start: 0, end: 8, status: 'suggested' });
  const rel = (id: string, source: string, target: string) => ({ id, source, target, type: 'associated with', directed: true, evidence: [], status: 'suggested' as const });
  c.relations.push(rel('r1', 'pk', 'ttp'), rel('r2', 'ttp', 'qa'), rel('r3', 'tr', 'bla'));
  return c;
}

describe('suggestion review', () => {
  it('groups suggestions connected by suggested links', () => {
    const groups = suggestionGroups(sample());
    expect(groups[0]).toEqual({ entityIds: ['pk', 'ttp', 'qa'], relationIds: ['r1', 'r2'] });
    expect(groups[1]!.entityIds.sort()).toEqual(['bla', 'tr']);
  });

  it('accepts a group with its mentions in one edit', () => {
    const c = sample();
    const g = suggestionGroups(c)[0]!;
    const next = applyOp(c, acceptOp(c, g.entityIds, g.relationIds)).state;
    expect(next.entities.filter((e) => e.status === 'accepted').map((e) => e.id).sort()).toEqual(['bla', 'pk', 'qa', 'ttp']);
    expect(next.mentions[0]!.status).toBe('accepted');
    expect(next.relations.find((r) => r.id === 'r3')!.status).toBe('suggested');
  });

  it('rejects by deleting and recording, and undo restores both', () => {
    const c = sample();
    const { state, inverse } = applyOp(c, rejectOp(c, ['ttp'], ['r1']));
    expect(state.entities.map((e) => e.id)).not.toContain('ttp');
    expect(state.relations.map((r) => r.id)).toEqual(['r3']);
    // Keys are the automatic pass's own, so a later pass skips exactly these.
    expect(state.rejections).toEqual(rejectionsFor(c, { entityIds: ['ttp'], relationIds: ['r1'] }));
    expect(state.rejections!.map((r) => r.kind)).toEqual(['entity', 'relation']);
    const undone = applyOp(state, inverse).state;
    expect(undone.entities).toEqual(c.entities);
    expect(undone.relations).toEqual(c.relations);
    expect(undone.rejections).toBeUndefined();
  });
});
