import { describe, expect, it } from 'vitest';
import { createCase, type Case } from '../../../shared/model';
import { caseToElements, recordDelta } from '../../../renderer/src/features/graph/caseToElements';

function sample(): Case {
  const c = createCase('t', '2025-01-01T00:00:00.000Z');
  c.entities.push(
    { id: 'ent_pk', name: 'Pakistan', type: 'country', aliases: [], status: 'accepted' },
    { id: 'ent_ttp', name: 'TTP', type: 'organization', aliases: [], status: 'suggested' },
    { id: 'ent_x', name: 'Thing', type: 'weapon', aliases: [], status: 'accepted' },
  );
  c.relations.push(
    { id: 'rel_1', source: 'ent_pk', target: 'ent_ttp', type: 'accused', directed: true, evidence: [], status: 'accepted' },
    { id: 'rel_2', source: 'ent_ttp', target: 'ent_x', type: 'associated with', directed: false, evidence: [], status: 'suggested' },
  );
  c.layout.positions.ent_pk = { x: 10.5, y: -3 };
  return c;
}

describe('caseToElements', () => {
  it('makes one node per entity with type colour, shape and saved position', () => {
    const els = caseToElements(sample());
    const pk = els.find((e) => e.data.id === 'ent_pk')!;
    expect(pk.group).toBe('nodes');
    expect(pk.data).toMatchObject({ label: 'Pakistan', type: 'country', shape: 'hexagon' });
    expect(pk.data.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(pk.position).toEqual({ x: 10.5, y: -3 });
    expect(els.find((e) => e.data.id === 'ent_ttp')!.position).toBeUndefined();
  });

  it('marks suggestions and undirected links with classes, and labels edges by type', () => {
    const els = caseToElements(sample());
    expect(els.find((e) => e.data.id === 'ent_ttp')!.classes).toBe('suggested');
    const r1 = els.find((e) => e.data.id === 'rel_1')!;
    expect(r1).toMatchObject({ group: 'edges', data: { source: 'ent_pk', target: 'ent_ttp', label: 'accused', directed: true }, classes: '' });
    expect(els.find((e) => e.data.id === 'rel_2')!.classes).toBe('suggested undirected');
  });

  it('gives an unknown type a stable colour', () => {
    const a = caseToElements(sample()).find((e) => e.data.id === 'ent_x')!;
    const b = caseToElements(sample()).find((e) => e.data.id === 'ent_x')!;
    expect(a.data.color).toBe(b.data.color);
  });

  it('does not share position objects with the case', () => {
    const c = sample();
    const pk = caseToElements(c).find((e) => e.data.id === 'ent_pk')!;
    expect(pk.position).not.toBe(c.layout.positions.ent_pk);
  });
});

describe('recordDelta: what one edit changed, by identity', () => {
  const rec = (id: string, name = id) => ({ id, name });
  const list = Array.from({ length: 50 }, (_, i) => rec(`e${i}`));

  it('the same list: nothing', () => {
    expect(recordDelta(list, list)).toEqual({ changed: [], removed: [] });
  });

  it('a record replaced in place (a rename): only that record, found without a lookup map', () => {
    const next = list.map((r, i) => (i === 7 ? { ...r, name: 'Renamed' } : r));
    expect(recordDelta(list, next)).toEqual({ changed: [next[7]], removed: [] });
  });

  it('a merge (one record changed, one removed), an insertion, and a reorder', () => {
    const merged = list.filter((r) => r.id !== 'e3').map((r) => (r.id === 'e2' ? { ...r, name: 'e2 + e3' } : r));
    const d = recordDelta(list, merged);
    expect(d.changed.map((r) => r.id)).toEqual(['e2']);
    expect(d.removed).toEqual(['e3']);

    const added = [...list.slice(0, 10), rec('new'), ...list.slice(10)];
    expect(recordDelta(list, added)).toEqual({ changed: [added[10]], removed: [] });

    // Same length, other order, same objects: nothing to redraw.
    const swapped = [list[1]!, list[0]!, ...list.slice(2)];
    expect(recordDelta(list, swapped)).toEqual({ changed: [], removed: [] });
    // Same length, one removed and one added: both seen.
    const replaced = [...list.slice(0, 49), rec('other')];
    expect(recordDelta(list, replaced)).toEqual({ changed: [replaced[49]], removed: ['e49'] });
  });
});
