import type { Core, NodeSingular } from 'cytoscape';
import type { Position } from '../../../../shared/model';
import { freeSpot } from './positions';

/** Viewport helpers for one cytoscape instance: fitting, revealing, placing new nodes, label scale. */

/** Fit what is shown, without blowing a handful of nodes up to giant size. */
export function fitView(cy: Core, animate: boolean, minZoom = 0): void {
  const eles = cy.elements(':visible');
  if (eles.empty()) return;
  const bb = eles.boundingBox();
  const zoom = fitZoomFor(cy, bb, minZoom);
  const target = { zoom, pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) } };
  if (animate) cy.animate(target, { duration: 200 });
  else cy.viewport(target);
}

/** The zoom at which a box of this size fits the view (with a margin), within [minZoom, 1.1]. */
export function fitZoomFor(cy: Core, bb: { w: number; h: number }, minZoom = 0): number {
  const pad = 40;
  return Math.max(cy.minZoom(), minZoom, Math.min(1.1, (cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1)));
}

/** Pan to elements selected elsewhere when they are out of view. */
export function reveal(cy: Core, ids: readonly string[]): void {
  const els = cy.collection();
  for (const id of ids) els.merge(cy.getElementById(id));
  const visible = els.filter(':visible');
  if (visible.empty()) return;
  const bb = visible.boundingBox();
  const ext = cy.extent();
  if (bb.x1 >= ext.x1 && bb.x2 <= ext.x2 && bb.y1 >= ext.y1 && bb.y2 <= ext.y2) return;
  cy.animate({ center: { eles: visible } }, { duration: 200 });
}

export function viewCenter(cy: Core): Position {
  const ext = cy.extent();
  return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
}

export const freePosition = (cy: Core): Position => freeSpot(viewCenter(cy), cy.nodes().map((n) => n.position()), 110);

/** New nodes without a saved position go next to their neighbours, or into a free spot in view. */
export function placeNear(cy: Core, ids: string[]): void {
  const taken = cy.nodes().map((n) => n.position());
  for (const id of ids) {
    const node = cy.getElementById(id) as NodeSingular;
    const placed = (node.neighborhood().nodes().toArray() as NodeSingular[]).filter((n) => !ids.includes(n.id()));
    const center = placed.length
      ? { x: placed.reduce((a, n) => a + n.position().x, 0) / placed.length, y: placed.reduce((a, n) => a + n.position().y, 0) / placed.length }
      : viewCenter(cy);
    const p = freeSpot(center, taken, 100);
    node.position(p);
    taken.push(p);
  }
}

/**
 * Labels grow in model units as the view zooms out, so they stay readable in a narrow pane; past a
 * limit they shrink with the graph like everything else.
 */
export const labelScaleFor = (zoom: number) => Math.min(2.4, Math.max(1, 0.9 / zoom));

export function applyLabelScale(cy: Core, k: number): void {
  cy.style()
    .selector('node')
    .style({ 'font-size': 11 * k, 'text-margin-y': 4 * k, 'text-max-width': `${150 * k}px`, width: 26 * Math.sqrt(k), height: 26 * Math.sqrt(k) })
    .selector('edge')
    .style({ 'font-size': 9 * k })
    .update();
}
