import { describe, expect, it } from 'vitest';
import { applyOp, createCase, type Case } from '../../../../shared/model';
import { entityRows, linkRows } from '../../../../renderer/src/features/tables/rows';

/** A case of `n` entities in a chain of links, each with one mention. */
function chain(n: number): Case {
  const c = createCase('t');
  c.sources.push({ id: 's', title: 's', text: 'x'.repeat(n * 2), origin: {}, addedAt: 'now' });
  for (let i = 0; i < n; i++) {
    c.entities.push({ id: `e${i}`, name: `E${i}`, type: 'person', aliases: [], status: 'suggested' });
    c.mentions.push({ id: `m${i}`, entityId: `e${i}`, sourceId: 's', start: i * 2, end: i * 2 + 1, status: 'suggested' });
    if (i) c.relations.push({ id: `r${i}`, source: `e${i - 1}`, target: `e${i}`, type: 'knows', directed: false, evidence: [], status: 'suggested' });
  }
  return c;
}

/** Positions where two row arrays hold different objects. */
const changedAt = (a: readonly object[], b: readonly object[]) => b.flatMap((row, i) => (row === a[i] ? [] : [i]));

describe('table rows across an edit', () => {
  const c = chain(50);

  it('rename: only the renamed entity’s row and its links’ rows are new objects', () => {
    const entities = entityRows(c);
    const links = linkRows(c);
    const next = applyOp(c, { op: 'updateEntity', id: 'e10', patch: { name: 'Renamed' } }).state;
    const entities2 = entityRows(next);
    const links2 = linkRows(next);
    expect(changedAt(entities, entities2)).toEqual([10]);
    expect(entities2[10]).toMatchObject({ id: 'e10', name: 'Renamed', mentions: 1, links: 2 });
    // r10 is e9 → e10, r11 is e10 → e11 (positions 9 and 10 of the relations).
    expect(changedAt(links, links2)).toEqual([9, 10]);
    expect(links2[9]).toMatchObject({ from: 'E9', to: 'Renamed' });
    expect(links2[10]).toMatchObject({ from: 'Renamed', to: 'E11' });
  });

  it('grade a link: one link row is new, the entity rows are all the same objects', () => {
    const entities = entityRows(c);
    const links = linkRows(c);
    const next = applyOp(c, { op: 'updateRelation', id: 'r5', patch: { reliability: 'B' } }).state;
    expect(changedAt(entities, entityRows(next))).toEqual([]);
    const links2 = linkRows(next);
    expect(changedAt(links, links2)).toEqual([4]);
    expect(links2[4]).toMatchObject({ id: 'r5', reliability: 'B' });
  });

  it('counts follow the mentions and links: a row is new when its counts change', () => {
    const entities = entityRows(c);
    const next = applyOp(c, { op: 'addMentions', mentions: [{ id: 'mx', entityId: 'e3', sourceId: 's', start: 1, end: 2, status: 'accepted' }] }).state;
    const entities2 = entityRows(next);
    expect(changedAt(entities, entities2)).toEqual([3]);
    expect(entities2[3]!.mentions).toBe(2);
    const removed = applyOp(next, { op: 'deleteRelations', ids: ['r20'] }).state;
    const entities3 = entityRows(removed);
    expect(changedAt(entities2, entities3)).toEqual([19, 20]);
    expect(entities3[19]!.links).toBe(1);
  });

  it('accept a suggestion: the accepted entity’s row only', () => {
    const entities = entityRows(c);
    const next = applyOp(c, { op: 'setStatus', status: 'accepted', entityIds: ['e7'], mentionIds: ['m7'] }).state;
    const entities2 = entityRows(next);
    expect(changedAt(entities, entities2)).toEqual([7]);
    expect(entities2[7]!.status).toBe('accepted');
  });

  it('an entity added and another renamed in one edit: the links follow the new name', () => {
    const links = linkRows(c);
    const next = applyOp(c, {
      op: 'batch',
      ops: [
        { op: 'addEntity', entity: { id: 'new', name: 'New', type: 'person', aliases: [], status: 'accepted' } },
        { op: 'updateEntity', id: 'e3', patch: { name: 'Third' } },
      ],
    }).state;
    const links2 = linkRows(next);
    expect(changedAt(links, links2)).toEqual([2, 3]);
    expect(links2[2]).toMatchObject({ from: 'E2', to: 'Third' });
    expect(links2[3]).toMatchObject({ from: 'Third', to: 'E4' });
    // Every other row is still right (the same objects as before, made for the same names).
    expect(links2.filter((r) => r.from === 'E3' || r.to === 'E3')).toEqual([]);
  });
});
