import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStyle, type GraphColors } from '../../../renderer/src/features/graph/graphStyle';
import {
  collectLines,
  collectShapes,
  fillShapes,
  Looks,
  OVERVIEW_MIN_ELEMENTS,
  splitForOverview,
  strokeLines,
  type OverviewEle,
} from '../../../renderer/src/features/graph/overview';

const COLORS: GraphColors = { bg: '#ffffff', label: '#111111', labelBg: '#ffffff', edge: '#9aa3b0', accent: '#3b6ef5', muted: '#5d6673' };

/**
 * A styled headless graph as the app builds a big one: side × side nodes 100 units apart, each linked to its right
 * and lower neighbour, every third link suggested, and one long link from corner to corner.
 */
function grid(side: number) {
  const els: cytoscape.ElementDefinition[] = [];
  const n = side * side;
  for (let i = 0; i < n; i++)
    els.push({ group: 'nodes', data: { id: `n${i}`, label: `Node ${i}`, color: i % 2 ? '#cc3300' : '#0066cc', shape: i % 2 ? 'diamond' : 'ellipse' }, position: { x: (i % side) * 100, y: Math.floor(i / side) * 100 } });
  let k = 0;
  for (let i = 0; i < n; i++) {
    if ((i + 1) % side) els.push({ group: 'edges', data: { id: `r${i}`, source: `n${i}`, target: `n${i + 1}`, label: 'met' }, classes: k++ % 3 ? '' : 'suggested' });
    if (i + side < n) els.push({ group: 'edges', data: { id: `d${i}`, source: `n${i}`, target: `n${i + side}`, label: 'met' }, classes: k++ % 3 ? '' : 'suggested' });
  }
  els.push({ group: 'edges', data: { id: 'long', source: 'n0', target: `n${n - 1}`, label: 'met' } });
  return cytoscape({ headless: true, styleEnabled: true, style: graphStyle(COLORS, true), elements: els, layout: { name: 'preset' } });
}

const eles = (c: { toArray: () => unknown[] }) => c.toArray() as unknown as OverviewEle[];
const id = (e: OverviewEle) => (e as unknown as cytoscape.SingularElementArgument).id();

/** A 2D context that records what is drawn, with the transform scale of a cytoscape frame. */
function recorder(scale: number) {
  const calls: string[] = [];
  let segments = 0;
  const ctx = {
    calls,
    get segments() {
      return segments;
    },
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    getTransform: () => ({ a: scale }),
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    beginPath: () => calls.push('beginPath'),
    closePath: () => calls.push('closePath'),
    moveTo: () => void segments++,
    lineTo: () => {},
    stroke: () => calls.push('stroke'),
    fill: () => calls.push('fill'),
    rect: () => calls.push('rect'),
    ellipse: () => calls.push('ellipse'),
    setLineDash: (d: number[]) => calls.push(`dash ${d.join(',')}`),
    getImageData: () => calls.push('flush'),
  };
  return ctx;
}

describe('splitForOverview', () => {
  const cy = grid(60); // 3,600 nodes, ~7,000 links
  const all = eles(cy.elements());
  const whole = { x1: -100, y1: -100, x2: 6100, y2: 6100 };

  it('draws nodes and links as an overview at a zoom too small for their labels', () => {
    const split = splitForOverview(all, 0.3, whole)!;
    expect(split.own).toEqual([]);
    expect(split.overview.length).toBe(all.length);
  });

  it('leaves nodes whose labels show to cytoscape, and links whose labels show in view', () => {
    // Node labels show from 8/11 ≈ 0.73, link labels from 1.
    const mid = splitForOverview(all, 0.8, whole)!;
    expect(mid.own.every((e) => e._private.group === 'nodes')).toBe(true);
    expect(mid.own.length).toBe(cy.nodes().length);
    const view = { x1: 2000, y1: 2000, x2: 3000, y2: 2600 };
    const near = splitForOverview(all, 1.5, view)!;
    const own = new Set(near.own.map(id));
    // A link whose middle is in view keeps its label (cytoscape draws it); the long diagonal's middle is outside.
    expect(own.has('r1405')).toBe(true);
    expect(own.has('long')).toBe(false);
    expect(near.overview.some((e) => id(e) === 'long')).toBe(true);
    expect(near.own.length + near.overview.length).toBe(all.length);
  });

  it('leaves a frame with few elements to cytoscape', () => {
    const few = eles(cy.elements().slice(0, OVERVIEW_MIN_ELEMENTS - 1));
    expect(splitForOverview(few.filter((e) => e._private.group === 'nodes'), 0.1, whole)).toBeNull();
  });
});

describe('looks', () => {
  it('reads colour, shape and status from the style, and skips hidden elements and links with a hidden end', () => {
    const cy = grid(4);
    const looks = new Looks();
    cy.getElementById('n5').addClass('filtered');
    const view = { x1: -50, y1: -50, x2: 400, y2: 400 };
    const lines = collectLines(eles(cy.edges()), looks, view);
    const drawn = lines.reduce((n, l) => n + l.pts.length / 4, 0);
    const hidden = cy.getElementById('n5').connectedEdges().length;
    expect(drawn).toBe(cy.edges().length - hidden);
    // Suggested links are dashed and fainter; the others solid in the theme's link colour.
    const dashed = lines.find((l) => l.dash.length)!;
    expect(dashed.color).toBe('rgba(154,163,176,0.75)');
    expect(lines.find((l) => !l.dash.length)!.color).toBe('rgba(154,163,176,1)');
    const shapes = collectShapes(eles(cy.nodes()), looks);
    expect(shapes.map((s) => `${s.color} ${s.shape}`).sort()).toEqual(['rgba(0,102,204,1) ellipse', 'rgba(204,51,0,1) diamond']);
    expect(shapes.reduce((n, s) => n + s.pts.length / 4, 0)).toBe(15);
    looks.dispose();
  });

  it('reads a look again once the element is forgotten (its style changed)', () => {
    const cy = grid(3);
    const looks = new Looks();
    const n = cy.getElementById('n1');
    expect(looks.of(n as unknown as OverviewEle)).not.toBeNull();
    n.addClass('hidden');
    // Until told, the kept look stands; after, the hidden node is not drawn.
    expect(looks.of(n as unknown as OverviewEle)).not.toBeNull();
    looks.forget(n as unknown as OverviewEle);
    expect(looks.of(n as unknown as OverviewEle)).toBeNull();
    looks.dispose();
  });

  it('clips links to the view', () => {
    const cy = grid(30);
    const view = { x1: 1000, y1: 1000, x2: 1500, y2: 1400 };
    const lines = collectLines(eles(cy.getElementById('long')), new Looks(), view);
    const [x1, y1, x2, y2] = lines[0]!.pts;
    for (const x of [x1!, x2!]) expect(x >= view.x1 - 1e-9 && x <= view.x2 + 1e-9).toBe(true);
    for (const y of [y1!, y2!]) expect(y >= view.y1 - 1e-9 && y <= view.y2 + 1e-9).toBe(true);
  });
});

describe('strokeLines', () => {
  const lines = [
    { color: 'red', width: 1, dash: [], pts: Array.from({ length: 4 * 2500 }, (_, i) => i) },
    { color: 'grey', width: 1, dash: [5, 4], pts: Array.from({ length: 4 * 700 }, (_, i) => i) },
  ];

  it('draws everything in one go without a deadline', () => {
    const ctx = recorder(0.3);
    expect(strokeLines(ctx as unknown as CanvasRenderingContext2D, lines, { group: 0, at: 0 })).toBe(true);
    expect(ctx.segments).toBe(3200);
    expect(ctx.calls).not.toContain('flush');
  });

  it('past its deadline draws one batch per call, each segment once, until all are drawn', () => {
    const ctx = recorder(0.3);
    const cursor = { group: 0, at: 0 };
    let calls = 0;
    while (!strokeLines(ctx as unknown as CanvasRenderingContext2D, lines, cursor, 0)) calls++;
    expect(calls).toBeGreaterThan(2);
    expect(ctx.segments).toBe(3200);
    // Dashes 9 units long are 2.7 px at zoom 0.3: drawn solid.
    expect(ctx.calls.filter((c) => c.startsWith('dash')).every((c) => c === 'dash ')).toBe(true);
  });

  it('keeps dashes that can be seen', () => {
    const ctx = recorder(1);
    strokeLines(ctx as unknown as CanvasRenderingContext2D, lines, { group: 0, at: 0 });
    expect(ctx.calls).toContain('dash 5,4');
  });
});

describe('fillShapes', () => {
  const shapes = [
    { color: 'red', shape: 'ellipse', border: 'white', bw: 2, pts: [0, 0, 13, 13, 50, 50, 13, 13] },
    { color: 'blue', shape: 'diamond', border: null, bw: 0, pts: [100, 0, 13, 13] },
  ];

  it('draws shapes one path per look, and a border as a second, larger shape under the body', () => {
    const ctx = recorder(0.5);
    fillShapes(ctx as unknown as CanvasRenderingContext2D, shapes);
    expect(ctx.calls.filter((c) => c === 'fill').length).toBe(3);
    expect(ctx.calls.filter((c) => c === 'ellipse').length).toBe(4);
    // fill() closes each shape: no closePath (costly on a path of many shapes).
    expect(ctx.calls).not.toContain('closePath');
  });

  it('draws nodes too small to show a shape as squares, without a border thinner than half a pixel', () => {
    const ctx = recorder(0.05);
    fillShapes(ctx as unknown as CanvasRenderingContext2D, shapes);
    expect(ctx.calls.filter((c) => c === 'rect').length).toBe(3);
    expect(ctx.calls).not.toContain('ellipse');
  });
});
