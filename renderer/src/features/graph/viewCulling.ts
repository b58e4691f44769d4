import type { Core } from 'cytoscape';
import { segmentCrossesBox, type Box, type Point } from './segment';
import { collectShapes, fillShapes, LinkPicture, Looks, splitForOverview, type OverviewEle } from './overview';

/**
 * View culling for big graphs, the overview, and the hit test.
 *
 * cytoscape's 2D canvas renderer visits every element in every frame it draws and asks each for its bounding
 * box before deciding whether it is in view (`drawCachedElement`); for 70,000 elements that visit alone is
 * ~0.3 s of script per frame here, before anything is painted. This module hands the renderer's node layer
 * only the elements that can be in view: nodes whose position lies in the view (widened by the size of a node
 * and its label) and links whose segment crosses it, tested with plain arithmetic on the node positions.
 * cytoscape still does its own exact test on what is left. When thousands of them are in view at a zoom too
 * small for their labels, they are drawn as an overview instead (overview.ts): batched shapes and lines.
 * The pointer's hit test, run on every mouse move, is likewise handed only the elements near the pointer.
 *
 * It wraps methods of the renderer instance: `drawLayeredElements` (the node layer), `drawCachedNodes` (the
 * same while the view moves with edges hidden) and `findNearestElements` (the hit test). The elements to draw
 * are their second argument, the view in model coordinates their fourth. These are internals of cytoscape's
 * canvas renderer (3.34, pinned in package.json); if they are missing nothing is wrapped and the graph is drawn
 * as before. Exports (`png`, `svg`) read cytoscape's full element list and draw every element themselves.
 * When most of the graph is in view and it is not drawn as an overview, nothing is culled, so cytoscape's own
 * cache of the zoomed-out graph as one bitmap keeps working.
 */

/** Graphs with fewer elements are drawn as cytoscape does; culling pays off only for big ones. */
export const CULL_MIN_ELEMENTS = 3000;
/** Culling is used only when at most this share of the elements is in view. */
const MAX_SHARE = 0.6;
/** Model units added around the view: half a node, and a label below or beside it (150 px wide at most). */
const MARGIN = 120;

/** The parts of a cytoscape element this module reads: internals, present since cytoscape 3.0. */
type Ele = { _private: { group: 'nodes' | 'edges'; position: Point; source?: Ele; target?: Ele } };
type Draw = (context: unknown, eles: OverviewEle[], pxRatio: number, extent: Box) => void;
/** The renderer's drawing methods wrapped here, and what it offers to ask for a frame and to tell its node layer. */
type Renderer = {
  drawLayeredElements?: Draw;
  drawCachedNodes?: Draw;
  drawCachedElements?: Draw;
  redrawHint?: (group: string, on: boolean) => void;
  redraw?: () => void;
  NODE?: number;
  data?: { contexts?: unknown[] };
  /** The hit test of a pointer at model (x, y): every mouse move over the graph asks it. */
  findNearestElements?: (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => unknown;
  /** Every element in drawing order; `interactive`, those that take events. The hit test goes through this list. */
  getCachedZSortedEles?: () => ZSorted;
  /** Set here, for tests and tools: the elements the last frame drew as an overview. */
  overviewDrawn?: OverviewEle[];
};
type ZSorted = OverviewEle[] & { interactive?: OverviewEle[] };

/** Model units around a pointer within which an element can be hit: a node and its label, and a link's reach (8 px). */
const hitReach = (zoom: number) => MARGIN + 8 / zoom;

/** The elements of `eles` that can be in the view `extent`, or `eles` itself when culling would not pay. */
export function inView<T extends Ele>(eles: T[], extent: Box): T[] {
  if (eles.length < CULL_MIN_ELEMENTS) return eles;
  const box = { x1: extent.x1 - MARGIN, y1: extent.y1 - MARGIN, x2: extent.x2 + MARGIN, y2: extent.y2 + MARGIN };
  const out: T[] = [];
  for (const ele of eles) {
    const p = ele._private;
    if (p.group === 'nodes') {
      const { x, y } = p.position;
      if (x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2) out.push(ele);
    } else if (p.source && p.target && segmentCrossesBox(p.source._private.position, p.target._private.position, box)) out.push(ele);
  }
  return out.length > MAX_SHARE * eles.length ? eles : out;
}

/** Culling installed on one instance: `settled` runs its function once the overview's links are all drawn. */
export type ViewCulling = { dispose: () => void; settled: (fn: () => void) => void };

/** Element changes after which the overview's picture of the links is out of date. */
const CHANGES = 'add remove position data style class';

/** Installs culling (and the overview of overview.ts) on this instance's canvas renderer. */
export function installViewCulling(cy: Core): ViewCulling {
  const r = (cy as unknown as { renderer: () => Renderer | null }).renderer();
  const layered = r?.drawLayeredElements;
  const nodes = r?.drawCachedNodes;
  if (!r || !layered || !nodes || !r.drawCachedElements) return { dispose: () => {}, settled: (fn) => fn() };
  const looks = new Looks();
  const picture = new LinkPicture(
    looks,
    () => {
      r.redrawHint?.('eles', true);
      r.redraw?.();
    },
    // For tests and tools: whether the graph's links are drawn as an overview, and whether that picture is complete.
    (state) => {
      const host = cy.container();
      if (host && host.dataset.overview !== state) host.dataset.overview = state;
    },
  );
  const changed = (e: { type: string; target: OverviewEle }) => {
    picture.invalidate();
    if (e.type !== 'position' && e.type !== 'remove') looks.forget(e.target);
  };
  cy.on(CHANGES, changed);
  const isNode = (e: OverviewEle) => e._private.group === 'nodes';
  let shapes: { key: string; groups: ReturnType<typeof collectShapes> } = { key: '', groups: [] };
  r.drawLayeredElements = function (context, eles, pxRatio, extent) {
    const start = performance.now();
    const shown = inView(eles, extent);
    const zoom = cy.zoom();
    // Thousands of nodes or links in view at a zoom too small for their labels: drawn as an overview (overview.ts).
    const split = splitForOverview(shown, zoom, extent);
    if (!split) {
      picture.clear();
      r.overviewDrawn = [];
      // A culled list changes with every pan: drawn directly, not through the zoomed-out bitmap cache.
      if (shown === eles) layered.call(this, context, eles, pxRatio, extent);
      else this.drawCachedElements!(context, shown, pxRatio, extent);
      return;
    }
    const g = context as CanvasRenderingContext2D;
    // Links under nodes, as cytoscape orders them; a group is either all split off or all left to cytoscape.
    this.drawCachedElements!(context, split.own.filter((e) => !isNode(e)), pxRatio, extent);
    const links = split.overview.filter((e) => !isNode(e));
    // Only the frames drawn on the graph's own canvas work on the picture; a snapshot (cytoscape's texture while
    // the view moves) shows the picture there is.
    if (links.length) picture.draw(g, () => links, extent, g.getTransform().a, start, r.NODE !== undefined && context === r.data?.contexts?.[r.NODE]);
    else picture.clear();
    // The nodes' batches are kept while neither the graph nor the view changes (the frames that complete a picture).
    const key = `${picture.stamp} ${extent.x1} ${extent.y1} ${extent.x2} ${extent.y2}`;
    if (key !== shapes.key) shapes = { key, groups: collectShapes(split.overview, looks) };
    fillShapes(g, shapes.groups);
    this.drawCachedElements!(context, split.own.filter(isNode), pxRatio, extent);
    // For tests and tools: what the last frame drew as an overview.
    r.overviewDrawn = split.overview;
  };
  // The hit test of every mouse move (hover, the start of a drag) asks each of 70,000 elements for its bounding
  // box and label: ~0.7 s a move here. It is handed only the elements near the pointer, in their order.
  const nearest = r.findNearestElements;
  const sorted = r.getCachedZSortedEles;
  if (nearest && sorted)
    r.findNearestElements = function (x, y, interactiveOnly, isTouch) {
      const all = sorted.call(this);
      const list = (interactiveOnly ? all.interactive : all) ?? all;
      const reach = hitReach(cy.zoom()) * (isTouch ? 3 : 1);
      const near = inView(list, { x1: x - reach, y1: y - reach, x2: x + reach, y2: y + reach });
      if (near === list) return nearest.call(this, x, y, interactiveOnly, isTouch);
      const sub: ZSorted = Object.assign([...near], { interactive: near });
      this.getCachedZSortedEles = () => sub;
      try {
        return nearest.call(this, x, y, interactiveOnly, isTouch);
      } finally {
        this.getCachedZSortedEles = sorted;
      }
    };
  r.drawCachedNodes = function (context, eles, pxRatio, extent) {
    const shown = inView(eles, extent);
    const split = splitForOverview(shown, cy.zoom(), extent);
    if (split) fillShapes(context as CanvasRenderingContext2D, collectShapes(split.overview, looks));
    nodes.call(this, context, split ? split.own : shown, pxRatio, extent);
  };
  return {
    dispose: () => {
      r.drawLayeredElements = layered;
      r.drawCachedNodes = nodes;
      if (nearest) r.findNearestElements = nearest;
      cy.off(CHANGES, changed);
      picture.clear();
      looks.dispose();
    },
    settled: (fn) => picture.whenComplete(fn),
  };
}
