// Runs a layout on a headless cytoscape inside a Web Worker: a big graph's layout takes seconds to a minute,
// and on the UI thread that is a frozen window. Only numbers cross the boundary, in typed arrays the page
// hands over (transfers) instead of copying: no ids, no object per node or link.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './graphUi';
import { layoutOptions } from './layouts';

cytoscape.use(fcose);

/**
 * A layout to run. Nodes are known by their index in the page's node order: `positions` holds x0, y0, x1, y1, …
 * (their current places), `ends` holds source0, target0, source1, target1, … for each link (indices into that order).
 */
export type LayoutRequest = { name: LayoutName; positions: Float64Array; ends: Uint32Array };
/** The new places in the request's node order (x0, y0, x1, y1, …), or why the layout failed. */
export type LayoutReply = { positions: Float64Array } | { error: string };

/** Lays out the request's graph on a headless cytoscape; returns the new places in the request's node order. */
export function computeLayout({ name, positions, ends }: LayoutRequest): Float64Array {
  const count = positions.length / 2;
  if (!Number.isInteger(count)) throw new Error(`positions has an odd length (${positions.length})`);
  if (ends.length % 2) throw new Error(`ends has an odd length (${ends.length})`);
  const elements: ElementDefinition[] = [];
  for (let i = 0; i < count; i++) elements.push({ group: 'nodes', data: { id: `${i}` }, position: { x: positions[2 * i]!, y: positions[2 * i + 1]! } });
  for (let i = 0; i < ends.length; i += 2) {
    const s = ends[i]!;
    const t = ends[i + 1]!;
    if (s >= count || t >= count) throw new Error(`link ${i / 2} ends at node ${Math.max(s, t)}, past the ${count} nodes`);
    elements.push({ group: 'edges', data: { id: `e${i / 2}`, source: `${s}`, target: `${t}` } });
  }
  // `preset` keeps the given places (cytoscape's default first layout would put every node at the origin).
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, layout: { name: 'preset' } });
  // Headless nodes have no drawn size; give them the canvas's so spacing matches what the analyst sees.
  cy.style().selector('node').style({ width: 26, height: 26 }).update();
  cy.layout({ ...layoutOptions(name, count), animate: false } as cytoscape.LayoutOptions).run();
  const out = new Float64Array(2 * count);
  const nodes = cy.nodes();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const p = n.position();
    const at = Number(n.id());
    out[2 * at] = p.x;
    out[2 * at + 1] = p.y;
  }
  cy.destroy();
  return out;
}

// Registered only inside a worker, so tests can import computeLayout.
const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; onmessage: unknown; postMessage: (m: unknown, transfer?: Transferable[]) => void };
if (scope.WorkerGlobalScope !== undefined) {
  scope.onmessage = (e: MessageEvent<LayoutRequest>) => {
    try {
      const positions = computeLayout(e.data);
      scope.postMessage({ positions } satisfies LayoutReply, [positions.buffer]);
    } catch (err) {
      scope.postMessage({ error: String(err) } satisfies LayoutReply);
    }
  };
}
