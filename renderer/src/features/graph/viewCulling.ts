import type { Core } from 'cytoscape';

/**
 * View culling for big graphs.
 *
 * cytoscape's 2D canvas renderer visits every element in every frame it draws and asks each for its bounding
 * box before deciding whether it is in view (`drawCachedElement`); for 70,000 elements that visit alone is
 * ~0.3 s of script per frame here, before anything is painted. When the view shows a small part of a big
 * graph, this module hands the renderer's node layer only the elements that can be in view: nodes whose
 * position lies in the view (widened by the size of a node and its label) and links whose segment crosses it,
 * tested with plain arithmetic on the node positions. cytoscape still does its own exact test on what is left.
 *
 * It wraps two methods of the renderer instance, `drawLayeredElements` (the node layer) and `drawCachedNodes`
 * (the same while the view moves with edges hidden): the elements to draw are their second argument, the view
 * in model coordinates their fourth. These are internals of cytoscape's canvas renderer (3.34, pinned in
 * package.json); if they are missing nothing is wrapped and the graph is drawn as before. Exports (`png`,
 * `svg`) and hit tests read cytoscape's full element list and are not affected. When most of the graph is in
 * view nothing is culled, so cytoscape's own cache of the zoomed-out graph as one bitmap keeps working.
 */

/** Graphs with fewer elements are drawn as cytoscape does; culling pays off only for big ones. */
export const CULL_MIN_ELEMENTS = 3000;
/** Culling is used only when at most this share of the elements is in view. */
const MAX_SHARE = 0.6;
/** Model units added around the view: half a node, and a label below or beside it (150 px wide at most). */
const MARGIN = 120;

type Box = { x1: number; y1: number; x2: number; y2: number };
type Point = { x: number; y: number };
/** The parts of a cytoscape element this module reads: internals, present since cytoscape 3.0. */
type Ele = { _private: { group: 'nodes' | 'edges'; position: Point; source?: Ele; target?: Ele } };
type Draw = (context: unknown, eles: Ele[], pxRatio: number, extent: Box) => void;
type Renderer = { drawLayeredElements?: Draw; drawCachedNodes?: Draw; drawCachedElements?: Draw };

/** Whether the segment a–b crosses the box (or lies in it): Liang–Barsky clipping. */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

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

/** Installs culling on this instance's canvas renderer; returns the function that removes it. */
export function installViewCulling(cy: Core): () => void {
  const r = (cy as unknown as { renderer: () => Renderer | null }).renderer();
  const layered = r?.drawLayeredElements;
  const nodes = r?.drawCachedNodes;
  if (!r || !layered || !nodes || !r.drawCachedElements) return () => {};
  r.drawLayeredElements = function (context, eles, pxRatio, extent) {
    const shown = inView(eles, extent);
    // A culled list changes with every pan: drawn directly, not through the zoomed-out bitmap cache.
    if (shown === eles) layered.call(this, context, eles, pxRatio, extent);
    else this.drawCachedElements!(context, shown, pxRatio, extent);
  };
  r.drawCachedNodes = function (context, eles, pxRatio, extent) {
    nodes.call(this, context, inView(eles, extent), pxRatio, extent);
  };
  return () => {
    r.drawLayeredElements = layered;
    r.drawCachedNodes = nodes;
  };
}
