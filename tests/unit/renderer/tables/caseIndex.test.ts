import { describe, expect, it } from 'vitest';
import { applyOp, createCase, type Case, type Op } from '../../../../shared/model';
import { entityById, linksOf, mentionsByEntity, mentionsOf, relationById, relationsByEntity, suggestedCount } from '../../../../renderer/src/model/caseIndex';

function chain(n: number): Case {
  const c = createCase('t');
  c.sources.push({ id: 's', title: 's', text: 'x'.repeat(n * 2), origin: {}, addedAt: 'now' });
  for (let i = 0; i < n; i++) {
    c.entities.push({ id: `e${i}`, name: `E${i}`, type: 'person', aliases: [], status: i % 3 ? 'suggested' : 'accepted' });
    c.mentions.push({ id: `m${i}`, entityId: `e${i}`, sourceId: 's', start: i * 2, end: i * 2 + 1, status: 'suggested' });
    if (i) c.relations.push({ id: `r${i}`, source: `e${i - 1}`, target: `e${i}`, type: 'knows', directed: false, evidence: [], status: i % 2 ? 'suggested' : 'accepted' });
  }
  return c;
}

/** The lookups computed from scratch, to compare the patched ones with. */
function expected(c: Case) {
  const group = <T>(list: readonly T[], keys: (x: T) => string[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) for (const k of keys(x)) m.set(k, [...(m.get(k) ?? []), x]);
    return m;
  };
  return {
    entities: new Map(c.entities.map((e) => [e.id, e])),
    relations: new Map(c.relations.map((r) => [r.id, r])),
    mentions: group(c.mentions, (m) => [m.entityId]),
    links: group(c.relations, (r) => (r.source === r.target ? [r.source] : [r.source, r.target])),
    suggested: [...c.entities, ...c.relations, ...c.claims].filter((x) => x.status === 'suggested').length,
  };
}
const actual = (c: Case) => ({
  entities: entityById(c.entities),
  relations: relationById(c.relations),
  mentions: mentionsByEntity(c.mentions),
  links: relationsByEntity(c.relations),
  suggested: suggestedCount(c),
});

describe('case index after edits', () => {
  const OPS: Op[] = [
    { op: 'updateEntity', id: 'e10', patch: { name: 'Renamed' } },
    { op: 'updateRelation', id: 'r7', patch: { reliability: 'B' } },
    { op: 'setStatus', status: 'accepted', entityIds: ['e4', 'e5'], relationIds: ['r5'], mentionIds: ['m4', 'm5'] },
    { op: 'updateRelation', id: 'r3', patch: { source: 'e20' } }, // an end moves: indexed again
    { op: 'addRelation', relation: { id: 'rx', source: 'e1', target: 'e1', type: 'self', directed: false, evidence: [], status: 'suggested' } },
    { op: 'deleteEntities', ids: ['e30'] },
    { op: 'setStatus', status: 'accepted', entityIds: Array.from({ length: 40 }, (_, i) => `e${i + 60}`) }, // many: indexed again
  ];

  it('equal the lookups built from scratch after each edit', () => {
    let c = chain(200);
    expect(actual(c)).toEqual(expected(c));
    for (const op of OPS) {
      c = applyOp(c, op).state;
      expect(actual(c), op.op).toEqual(expected(c));
    }
  });

  it('are patched: untouched lists stay the same arrays, the edited record is swapped in', () => {
    const c = chain(200);
    const before = actual(c);
    const next = applyOp(c, { op: 'updateRelation', id: 'r7', patch: { reliability: 'C' } }).state;
    const after = actual(next);
    expect(after.links).not.toBe(before.links);
    expect(after.links.get('e50')).toBe(before.links.get('e50'));
    expect(linksOf(next, 'e7')).not.toBe(linksOf(c, 'e7'));
    expect(linksOf(next, 'e7').map((r) => r.reliability)).toEqual(['C', undefined]);
    // The previous case's lookups are not modified by the patch.
    expect(linksOf(c, 'e7').map((r) => r.reliability)).toEqual([undefined, undefined]);
    expect(relationById(c.relations).get('r7')!.reliability).toBeUndefined();
    expect(mentionsOf(next, 'e7')).toBe(mentionsOf(c, 'e7'));
  });
});
