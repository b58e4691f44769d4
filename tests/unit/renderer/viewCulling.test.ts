import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { segmentCrossesBox } from '../../../renderer/src/features/graph/segment';
import { CULL_MIN_ELEMENTS, inView, installViewCulling } from '../../../renderer/src/features/graph/viewCulling';

const box = { x1: 0, y1: 0, x2: 100, y2: 100 };

describe('segmentCrossesBox', () => {
  it('keeps segments inside, crossing or touching the box', () => {
    expect(segmentCrossesBox({ x: 10, y: 10 }, { x: 20, y: 20 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -50, y: 50 }, { x: 150, y: 50 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: -50, y: -50 }, { x: 150, y: 150 }, box)).toBe(true);
    expect(segmentCrossesBox({ x: 50, y: -10 }, { x: 50, y: 0 }, box)).toBe(true);
  });

  it('drops segments that pass beside the box', () => {
    expect(segmentCrossesBox({ x: -50, y: -10 }, { x: 150, y: -10 }, box)).toBe(false);
    // Both ends outside on different sides, the line passing beyond a corner.
    expect(segmentCrossesBox({ x: 90, y: -100 }, { x: 200, y: 50 }, box)).toBe(false);
    expect(segmentCrossesBox({ x: -20, y: 200 }, { x: -10, y: 300 }, box)).toBe(false);
  });
});

/** A grid graph of n nodes 100 units apart with links to the right and downward neighbours. */
function grid(n: number) {
  const side = Math.ceil(Math.sqrt(n));
  const els: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++) els.push({ group: 'nodes', data: { id: `n${i}` }, position: { x: (i % side) * 100, y: Math.floor(i / side) * 100 } });
  for (let i = 0; i < n; i++) {
    if ((i + 1) % side && i + 1 < n) els.push({ group: 'edges', data: { id: `r${i}`, source: `n${i}`, target: `n${i + 1}` } });
    if (i + side < n) els.push({ group: 'edges', data: { id: `d${i}`, source: `n${i}`, target: `n${i + side}` } });
  }
  // One long link across the whole grid, from corner to corner.
  els.push({ group: 'edges', data: { id: 'long', source: 'n0', target: `n${n - 1}` } });
  return cytoscape({ headless: true, elements: els, layout: { name: 'preset' } });
}

describe('inView', () => {
  it('leaves small graphs alone', () => {
    const cy = grid(100);
    const eles = cy.elements().toArray() as never[];
    expect(eles.length).toBeLessThan(CULL_MIN_ELEMENTS);
    expect(inView(eles, { x1: 0, y1: 0, x2: 10, y2: 10 })).toBe(eles);
  });

  it('keeps every element that can be in view of a big graph, and drops the rest', () => {
    const cy = grid(2500); // 50 × 50 nodes, ~4,900 links
    const eles = cy.elements().toArray() as never[];
    const view = { x1: 1000, y1: 1000, x2: 1500, y2: 1400 };
    const kept = new Set((inView(eles, view) as unknown as cytoscape.SingularElementArgument[]).map((e) => e.id()));
    expect(kept.size).toBeLessThan(eles.length / 10);
    // Everything whose bounding box meets the view is kept (cytoscape's own test, done after ours).
    cy.elements().forEach((e) => {
      const bb = e.boundingBox();
      const meets = bb.x2 >= view.x1 && bb.x1 <= view.x2 && bb.y2 >= view.y1 && bb.y1 <= view.y2;
      if (meets) expect(kept.has(e.id()), e.id()).toBe(true);
    });
    expect(kept.has('long')).toBe(true);
    expect(kept.has('n0')).toBe(false);
  });

  it('culls nothing when most of the graph is in view', () => {
    const cy = grid(2500);
    const eles = cy.elements().toArray() as never[];
    expect(inView(eles, { x1: -100, y1: -100, x2: 5000, y2: 5000 })).toBe(eles);
  });
});

describe('installViewCulling', () => {
  it('does nothing on an instance without a canvas renderer, and undoes cleanly', () => {
    const cy = grid(10);
    const culling = installViewCulling(cy);
    let settled = false;
    culling.settled(() => (settled = true));
    expect(settled).toBe(true);
    culling.dispose();
  });
});
