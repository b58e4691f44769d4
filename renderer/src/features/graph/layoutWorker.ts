// Runs a layout on a headless cytoscape inside a Web Worker: a big graph's layout takes seconds to a minute,
// and on the UI thread that is a frozen window. Only ids, positions and endpoints cross the boundary.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutName } from './graphUi';
import { layoutOptions } from './layouts';

cytoscape.use(fcose);

export type LayoutRequest = {
  name: LayoutName;
  nodes: { id: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
};
export type LayoutReply = { positions: Record<string, { x: number; y: number }> } | { error: string };

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { name, nodes, edges } = e.data;
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id }, position: { x: n.x, y: n.y } })),
        ...edges.map((d) => ({ group: 'edges' as const, data: d })),
      ],
    });
    // Headless nodes have no drawn size; give them the canvas's so spacing matches what the analyst sees.
    cy.style().selector('node').style({ width: 26, height: 26 }).update();
    cy.layout({ ...layoutOptions(name, nodes.length), animate: false } as cytoscape.LayoutOptions).run();
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    self.postMessage({ positions } satisfies LayoutReply);
  } catch (err) {
    self.postMessage({ error: String(err) } satisfies LayoutReply);
  }
};
