import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { layoutRequest } from '../../../renderer/src/features/graph/layoutOffThread';
import { computeLayout } from '../../../renderer/src/features/graph/layoutWorker';

/** A chain a → b → c → d plus a link from d to e, added out of order so the request's node order is not the ids'. */
function chain() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    elements: [
      { group: 'nodes', data: { id: 'c' }, position: { x: 5, y: 6 } },
      { group: 'nodes', data: { id: 'a' }, position: { x: 1, y: 2 } },
      { group: 'nodes', data: { id: 'd' }, position: { x: 7, y: 8 } },
      { group: 'nodes', data: { id: 'b' }, position: { x: 3, y: 4 } },
      { group: 'nodes', data: { id: 'e' }, position: { x: 9, y: 10 } },
      { group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } },
      { group: 'edges', data: { id: 'bc', source: 'b', target: 'c' } },
      { group: 'edges', data: { id: 'cd', source: 'c', target: 'd' } },
      { group: 'edges', data: { id: 'de', source: 'd', target: 'e' } },
    ],
  });
}

describe('layout request', () => {
  it('sends positions in node order and links as index pairs into it, leaving out links to nodes not sent', () => {
    const cy = chain();
    const eles = cy.elements().not('#e, #de');
    const { request, nodes } = layoutRequest(eles.union(cy.getElementById('de')), 'grid');
    expect(nodes.map((n) => n.id())).toEqual(['c', 'a', 'd', 'b']);
    expect([...request.positions]).toEqual([5, 6, 1, 2, 7, 8, 3, 4]);
    // a→b, b→c, c→d; d→e has an end outside the request.
    expect([...request.ends]).toEqual([1, 3, 3, 0, 0, 2]);
    expect(request.positions).toBeInstanceOf(Float64Array);
    expect(request.ends).toBeInstanceOf(Uint32Array);
  });
});

describe('computeLayout (the worker)', () => {
  it('answers with a position per node, in the request order', () => {
    const cy = chain();
    const { request, nodes } = layoutRequest(cy.elements(), 'breadthfirst');
    const xy = computeLayout(request);
    expect(xy).toBeInstanceOf(Float64Array);
    expect(xy.length).toBe(2 * nodes.length);
    // breadthfirst (directed) puts each node of the chain a level below the one before it: read back by id.
    const y = (id: string) => xy[2 * nodes.findIndex((n) => n.id() === id) + 1]!;
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('b')).toBeLessThan(y('c'));
    expect(y('c')).toBeLessThan(y('d'));
    expect(y('d')).toBeLessThan(y('e'));
  });

  it('lays out a graph big enough for fcose’s draft, with every position a number', () => {
    const n = 900;
    const positions = new Float64Array(2 * n);
    const ends = new Uint32Array(2 * n);
    for (let i = 0; i < n; i++) {
      ends[2 * i] = i;
      ends[2 * i + 1] = (i * 7 + 1) % n;
    }
    const xy = computeLayout({ name: 'fcose', positions, ends });
    expect(xy.length).toBe(2 * n);
    expect(xy.every((v) => Number.isFinite(v))).toBe(true);
    // Not left where they started (all at the origin).
    expect(new Set(xy).size).toBeGreaterThan(n);
  });

  it('fails on a malformed request instead of answering with wrong places', () => {
    expect(() => computeLayout({ name: 'grid', positions: new Float64Array(3), ends: new Uint32Array(0) })).toThrow(/odd length/);
    expect(() => computeLayout({ name: 'grid', positions: new Float64Array(4), ends: new Uint32Array([0, 2]) })).toThrow(/past the 2 nodes/);
  });
});
