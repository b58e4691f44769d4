/**
 * The overview of a big graph: how a frame that shows thousands of elements at a small zoom is drawn.
 *
 * cytoscape's canvas renderer draws each element on its own (its bitmap, or a path with its own state changes
 * and stroke), and for a frame showing most of a 70,000-element graph that is about a second of one task on a
 * machine without a GPU. At the zoom where that happens the graph's labels are too small to be drawn anyway
 * (min-zoomed-font-size) and a big graph's links are straight (haystack), so the frame is only coloured shapes
 * and lines: this draws it as a few batched paths, one per look (shape, colour, opacity), links first and
 * nodes over them as cytoscape orders them. Every look is read from the element's computed style, so filters,
 * themes and "suggested" styling show as they do in cytoscape's own frames.
 *
 * What is simplified, at a zoom where it cannot be seen: dashes of borders, and of links when shorter on screen
 * than a few pixels (drawn solid at their opacity); rounded corners; shapes of nodes under 4 px across (squares of the same area);
 * links are at most one device pixel wide. Arrows are not lost: haystack links have none.
 */

import { clipSegment, type Box } from './segment';

type Rgb = [number, number, number];
type Styled = { value: unknown; pfValue?: number };
/** The parts of a cytoscape element read here: internals present since cytoscape 3.0, and public pstyle/visible. */
export type OverviewEle = {
  _private: { group: 'nodes' | 'edges'; position: { x: number; y: number }; source?: OverviewEle; target?: OverviewEle };
  pstyle: (name: string) => Styled;
  removed: () => boolean;
};

/** Fewer nodes (or links) in view than this are drawn by cytoscape: its own frame is then fast enough. */
export const OVERVIEW_MIN_ELEMENTS = 2000;

/** Whether cytoscape would draw this element's label at `zoom` (its font is smaller on screen than min-zoomed-font-size). */
function labelShown(ele: OverviewEle, zoom: number): boolean {
  const min = (ele.pstyle('min-zoomed-font-size').pfValue ?? 0) as number;
  return (ele.pstyle('font-size').pfValue ?? 0) * zoom >= min;
}

/** Model units around the view within which a link's label (centred on its midpoint) can show. */
const LABEL_REACH = 160;

/**
 * Splits a frame's elements in view into those drawn as an overview and those left to cytoscape. Nodes go to
 * the overview when there are many and their labels are too small to be drawn at this zoom. Links go when
 * there are many, except those whose label cytoscape would draw in view: at a small zoom none, zoomed in only
 * those whose midpoint is near the view (most links crossing a zoomed-in view of a big graph pass through it).
 * Returns null when cytoscape draws everything. Both lists keep the elements' drawing order.
 */
export function splitForOverview<T extends OverviewEle>(eles: readonly T[], zoom: number, extent: Box): { overview: T[]; own: T[] } | null {
  let nodes = 0;
  let firstNode: T | undefined;
  let firstEdge: T | undefined;
  for (const ele of eles)
    if (ele._private.group === 'nodes') {
      nodes++;
      firstNode ??= ele;
    } else firstEdge ??= ele;
  const edges = eles.length - nodes;
  const batchNodes = nodes >= OVERVIEW_MIN_ELEMENTS && !!firstNode && !labelShown(firstNode, zoom);
  const batchEdges = edges >= OVERVIEW_MIN_ELEMENTS && !!firstEdge;
  if (!batchNodes && !batchEdges) return null;
  const edgeLabels = !!firstEdge && labelShown(firstEdge, zoom);
  const x1 = extent.x1 - LABEL_REACH;
  const x2 = extent.x2 + LABEL_REACH;
  const y1 = extent.y1 - LABEL_REACH;
  const y2 = extent.y2 + LABEL_REACH;
  const overview: T[] = [];
  const own: T[] = [];
  for (const ele of eles) {
    const p = ele._private;
    let batch: boolean;
    if (p.group === 'nodes') batch = batchNodes;
    else if (!batchEdges || !edgeLabels) batch = batchEdges;
    else {
      const a = p.source?._private.position;
      const b = p.target?._private.position;
      const mx = a && b ? (a.x + b.x) / 2 : NaN;
      const my = a && b ? (a.y + b.y) / 2 : NaN;
      batch = !(mx >= x1 && mx <= x2 && my >= y1 && my <= y2);
    }
    (batch ? overview : own).push(ele);
  }
  return { overview, own };
}

/** Unit polygons (radius 1, centred) for node shapes; shapes not listed are drawn as ellipses. */
const POLYGONS: Record<string, readonly number[]> = (() => {
  const regular = (n: number, turn: number) => {
    const pts: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = turn + (i * 2 * Math.PI) / n;
      pts.push(Math.cos(a), Math.sin(a));
    }
    return pts;
  };
  const up = -Math.PI / 2;
  const star: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = up + (i * Math.PI) / 5;
    const r = i % 2 ? 0.4 : 1;
    star.push(r * Math.cos(a), r * Math.sin(a));
  }
  const table: Record<string, readonly number[]> = {
    rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
    triangle: regular(3, up),
    diamond: [0, -1, 1, 0, 0, 1, -1, 0],
    pentagon: regular(5, up),
    hexagon: regular(6, 0),
    heptagon: regular(7, up),
    octagon: regular(8, Math.PI / 8),
    star,
    tag: [-1, -1, 0.5, -1, 1, 0, 0.5, 1, -1, 1],
    vee: [-1, -1, 0, -0.33, 1, -1, 0, 1],
    rhomboid: [-1, -1, 0.33, -1, 1, 1, -0.33, 1],
  };
  for (const name of ['triangle', 'diamond', 'pentagon', 'hexagon', 'heptagon', 'octagon', 'tag', 'rectangle']) table[`round-${name}`] = table[name]!;
  for (const name of ['bottom-round-rectangle', 'cut-rectangle', 'barrel', 'roundrectangle']) table[name] = table.rectangle!;
  return table;
})();

/** On-screen length of one dash and gap below which a dashed link is drawn solid (at its opacity). */
const MIN_DASH_PX = 6;
/** On-screen radius below which a node is drawn as a square: its shape cannot be told at that size. */
const MIN_SHAPE_PX = 2;
/** Half side of the square with the area of a unit circle. */
const SQUARE = Math.sqrt(Math.PI) / 2;

const widen = (b: Box, by: number): Box => ({ x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by });

const rgba = (c: Rgb, alpha: number) => `rgba(${c[0]},${c[1]},${c[2]},${Math.round(alpha * 1000) / 1000})`;

/** How an element is drawn in an overview: its look (shared by all that look alike) and a node's radii. */
type Look = { key: string; color: string; width: number; dash: number[]; shape: string; rx: number; ry: number; border: string | null; bw: number };

/** Looks read per task while warming the cache in the background. */
const WARM_SLICE_MS = 25;

/**
 * The looks of elements, read from their computed style once and kept until that element's style changes:
 * reading the style of 70,000 elements takes longer than drawing them. Elements added or restyled are read in
 * the background, in short tasks, so the first overview frame after an open or a filter does not do it all.
 */
export class Looks {
  private readonly cache = new WeakMap<object, Look | null>();
  private readonly pending = new Set<OverviewEle>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The element was added or its style changed: its look is read again (in the background, or when drawn). */
  forget(ele: OverviewEle): void {
    this.cache.delete(ele);
    this.pending.add(ele);
    if (this.timer === undefined) this.timer = setTimeout(() => this.warm(), 0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.pending.clear();
  }

  /**
   * The element's look, or null when it is not drawn: hidden, or a link with a hidden end (an end's look
   * is read too). Links with ends that are transparent but shown are drawn, as cytoscape does.
   */
  of(ele: OverviewEle): Look | null {
    let look = this.cache.get(ele);
    if (look === undefined) this.cache.set(ele, (look = readLook(ele)));
    return look;
  }

  private warm(): void {
    this.timer = undefined;
    const t0 = performance.now();
    for (const ele of this.pending) {
      this.pending.delete(ele);
      if (!ele.removed()) this.of(ele);
      if (performance.now() - t0 > WARM_SLICE_MS) break;
    }
    if (this.pending.size) this.timer = setTimeout(() => this.warm(), 0);
  }
}

function readLook(ele: OverviewEle): Look | null {
  const num = (name: string) => ele.pstyle(name).value as number;
  const px = (name: string, fallback: number) => ele.pstyle(name).pfValue ?? fallback;
  // Its own visibility only (cytoscape's `visible()` keeps an answer across style changes, and asks a link's ends
  // too: those are asked of their looks when the link is drawn). Caseboard has no compound nodes.
  if (ele.pstyle('display').value === 'none' || ele.pstyle('visibility').value !== 'visible') return null;
  if (ele._private.group === 'edges') {
    const alpha = num('opacity') * num('line-opacity');
    if (alpha <= 0) return null;
    const color = rgba(ele.pstyle('line-color').value as Rgb, alpha);
    const width = px('width', 1);
    const style = String(ele.pstyle('line-style').value);
    const dash = style === 'dashed' ? [...(ele.pstyle('line-dash-pattern').pfValue as unknown as number[])] : style === 'dotted' ? [1, 1] : [];
    return { key: `${color} ${width} ${dash.join(',')}`, color, width, dash, shape: '', rx: 0, ry: 0, border: null, bw: 0 };
  }
  const opacity = num('opacity');
  const color = rgba(ele.pstyle('background-color').value as Rgb, opacity * num('background-opacity'));
  const shape = String(ele.pstyle('shape').value);
  // The border as cytoscape draws it, centred on the outline (a dashed one solid: at this size its dashes are dots).
  const bw = px('border-width', 0);
  const border = bw > 0 ? rgba(ele.pstyle('border-color').value as Rgb, opacity * num('border-opacity')) : null;
  const rx = px('width', 26) / 2;
  const ry = px('height', 26) / 2;
  return { key: `${color} ${shape} ${border} ${bw}`, color, width: 0, dash: [], shape, rx, ry, border, bw };
}

type Lines = { color: string; width: number; dash: number[]; pts: number[] };
type Shapes = { color: string; shape: string; border: string | null; bw: number; pts: number[] };

/**
 * The links of `eles` grouped by look, as segments in model coordinates, clipped to `view` (a dashed link
 * is dashed along its whole length before the canvas clips it: a link across a big graph is thousands of dashes).
 */
export function collectLines(eles: readonly OverviewEle[], looks: Looks, view: Box): Lines[] {
  const lines = new Map<string, Lines>();
  const seg = [0, 0, 0, 0];
  for (const ele of eles) {
    const p = ele._private;
    if (p.group !== 'edges' || !p.source || !p.target) continue;
    const look = looks.of(ele);
    if (!look || !looks.of(p.source) || !looks.of(p.target)) continue;
    let group = lines.get(look.key);
    if (!group) lines.set(look.key, (group = { color: look.color, width: look.width, dash: look.dash, pts: [] }));
    const a = p.source._private.position;
    const b = p.target._private.position;
    if (clipSegment(seg, a.x, a.y, b.x, b.y, view)) group.pts.push(seg[0]!, seg[1]!, seg[2]!, seg[3]!);
  }
  return [...lines.values()];
}

/** The nodes of `eles` grouped by look, as centre and radii in model coordinates. */
export function collectShapes(eles: readonly OverviewEle[], looks: Looks): Shapes[] {
  const shapes = new Map<string, Shapes>();
  for (const ele of eles) {
    const p = ele._private;
    if (p.group !== 'nodes') continue;
    const look = looks.of(ele);
    if (!look) continue;
    let group = shapes.get(look.key);
    if (!group) shapes.set(look.key, (group = { color: look.color, shape: look.shape, border: look.border, bw: look.bw, pts: [] }));
    group.pts.push(p.position.x, p.position.y, look.rx, look.ry);
  }
  return [...shapes.values()];
}

/** Segments stroked per path: short paths keep each stroke cheap and let a budget be checked between them. */
const SEGMENTS_PER_STROKE = 1000;

/** Where a drawing of grouped lines stands: the group, and the segment within it. */
type Cursor = { group: number; at: number };

/**
 * Strokes `lines` from `cursor` on, until all are drawn or `deadline` (performance.now()) passes, at least one
 * batch whatever the time (so that frames make progress); moves the
 * cursor and returns whether all are drawn. `context`'s transform maps model coordinates to the canvas.
 */
export function strokeLines(context: CanvasRenderingContext2D, lines: readonly Lines[], cursor: Cursor, deadline = Infinity): boolean {
  context.save();
  context.lineCap = 'butt';
  // Links are hairlines, at most one device pixel wide: the rasteriser draws those as lines, while anything wider
  // is filled as a polygon, 5-10 times slower for thousands of long links (and 1.2 px looks as 1 px does).
  const scale = Math.abs(context.getTransform().a || 1);
  const hairline = 1 / scale;
  try {
    for (; cursor.group < lines.length; cursor.group++, cursor.at = 0) {
      const { color, width, dash, pts } = lines[cursor.group]!;
      context.strokeStyle = color;
      context.lineWidth = Math.min(width, hairline);
      // Dashes shorter on screen than a few pixels are not seen, and cost the rasteriser a segment each: solid.
      context.setLineDash(dash.reduce((a, b) => a + b, 0) * scale >= MIN_DASH_PX ? dash : []);
      while (cursor.at < pts.length) {
        const end = Math.min(pts.length, cursor.at + 4 * SEGMENTS_PER_STROKE);
        context.beginPath();
        for (let i = cursor.at; i < end; i += 4) {
          context.moveTo(pts[i]!, pts[i + 1]!);
          context.lineTo(pts[i + 2]!, pts[i + 3]!);
        }
        context.stroke();
        cursor.at = end;
        // The canvas records strokes and rasterises them later: with a budget, the work is done here, so that the
        // clock measures it (reading one pixel makes the canvas rasterise what it recorded).
        if (deadline === Infinity) continue;
        context.getImageData(0, 0, 1, 1);
        if (performance.now() <= deadline) continue;
        if (cursor.at < pts.length) return false;
        cursor.group++;
        cursor.at = 0;
        return cursor.group >= lines.length;
      }
    }
    return true;
  } finally {
    context.restore();
  }
}

/**
 * Fills `shapes` on `context`, whose transform maps model coordinates to the canvas: per look, the border as a
 * shape half its width larger, then the body half its width smaller (two fills cost less than one stroke).
 */
export function fillShapes(context: CanvasRenderingContext2D, shapes: readonly Shapes[]): void {
  const scale = Math.abs(context.getTransform().a || 1);
  for (const { color, shape, border, bw, pts } of shapes) {
    if (border && bw * scale >= 0.5) {
      context.fillStyle = border;
      shapePath(context, shape, pts, bw / 2, scale);
      context.fill();
    }
    context.fillStyle = color;
    shapePath(context, shape, pts, border ? -bw / 2 : 0, scale);
    context.fill();
  }
}

/** One path of all the shapes in `pts` (centre and half sizes), grown by `grow` model units. */
function shapePath(context: CanvasRenderingContext2D, shape: string, pts: readonly number[], grow: number, scale: number): void {
  const polygon = POLYGONS[shape];
  context.beginPath();
  for (let i = 0; i < pts.length; i += 4) {
    const x = pts[i]!;
    const y = pts[i + 1]!;
    const rx = Math.max(0.5, pts[i + 2]! + grow);
    const ry = Math.max(0.5, pts[i + 3]! + grow);
    if (Math.max(rx, ry) * scale < MIN_SHAPE_PX) {
      // A square of the shape's area (as much colour as the shape shows), √π/2 of its half sizes.
      const hx = SQUARE * rx;
      const hy = SQUARE * ry;
      context.rect(x - hx, y - hy, 2 * hx, 2 * hy);
      continue;
    }
    if (!polygon) {
      context.moveTo(x + rx, y);
      context.ellipse(x, y, rx, ry, 0, 0, 2 * Math.PI);
      continue;
    }
    // Not closed: fill() closes each shape itself, and closePath() on a path of thousands of shapes costs
    // Chromium ~20 µs each (half a second for 20,000 nodes).
    context.moveTo(x + polygon[0]! * rx, y + polygon[1]! * ry);
    for (let k = 2; k < polygon.length; k += 2) context.lineTo(x + polygon[k]! * rx, y + polygon[k + 1]! * ry);
  }
}

/** Time one frame may spend drawing links into the next picture; the rest follow in frames of their own. */
export const FRAME_BUDGET_MS = 60;

type Picture = { canvas: HTMLCanvasElement; extent: Box; key: string };

/**
 * The links of an overview, drawn progressively into a bitmap of the view and kept there.
 *
 * Even as hairlines in batches, tens of thousands of long links take the rasteriser several hundred
 * milliseconds on a machine without a GPU (a link across the whole view is a thousand pixels). So a frame
 * draws links into the next picture until FRAME_BUDGET_MS after the frame began and shows the last complete picture (moved and
 * scaled to the current view when that changed); frames that follow, requested here, carry on until the next
 * picture is complete and replaces it. Nodes are not part of it: they are drawn in every frame, where they
 * are now. A picture is for one view and one state of the graph (`version`, bumped on any element change).
 */
export class LinkPicture {
  private shown: Picture | null = null;
  private next: (Picture & { lines: Lines[]; cursor: Cursor }) | null = null;
  private version = 0;

  /** Changes whenever the graph does (elements added, removed, moved, restyled): keys what was drawn of it. */
  get stamp(): number {
    return this.version;
  }
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly looks: Looks,
    private readonly requestFrame: () => void,
    private readonly report: (state: 'drawing' | 'complete' | '') => void = () => {},
  ) {}

  /** The graph changed: the next frame starts a new picture (the current one is shown until it is complete). */
  invalidate(): void {
    this.version++;
  }

  /** Whether a picture is being drawn (frames are still to come). */
  get pending(): boolean {
    return this.next !== null;
  }

  /** Runs `fn` once no picture is pending (now, if none is). */
  whenComplete(fn: () => void): void {
    if (!this.next) fn();
    else this.waiting.push(fn);
  }

  /** Forgets both pictures (the frame draws no links by overview any more). */
  clear(): void {
    clearTimeout(this.timer);
    this.shown = null;
    this.settle(null);
    this.report('');
  }

  /**
   * Draws the links of `eles` for the view `extent` (model coordinates) at `scale` device pixels per unit, on
   * `context` (model transform): works on the next picture within the budget (if `work`), then paints the best one there is.
   */
  draw(context: CanvasRenderingContext2D, eles: () => readonly OverviewEle[], extent: Box, scale: number, frameStart: number, work = true): void {
    const width = Math.max(1, Math.round((extent.x2 - extent.x1) * scale));
    const height = Math.max(1, Math.round((extent.y2 - extent.y1) * scale));
    const key = `${this.version} ${extent.x1} ${extent.y1} ${width} ${height} ${scale}`;
    if (work && this.shown?.key !== key && this.next?.key !== key) {
      const canvas = this.next?.canvas ?? document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      this.next = { canvas, extent, key, lines: collectLines(eles(), this.looks, widen(extent, 2 / scale)), cursor: { group: 0, at: 0 } };
    }
    const next = this.next;
    if (work && next && next.key === key) {
      // Read back after each batch (see strokeLines): kept in memory, not on a GPU, where each read would be a copy.
      const g = next.canvas.getContext('2d', { willReadFrequently: true })!;
      g.setTransform(scale, 0, 0, scale, -extent.x1 * scale, -extent.y1 * scale);
      if (strokeLines(g, next.lines, next.cursor, frameStart + FRAME_BUDGET_MS)) {
        this.shown = { canvas: next.canvas, extent: next.extent, key: next.key };
        this.settle(null);
        this.report('complete');
      } else {
        this.report('drawing');
        clearTimeout(this.timer);
        this.timer = setTimeout(this.requestFrame, 0);
      }
    }
    // The complete picture, or the first frames of the very first one.
    const pic = this.shown ?? this.next;
    if (pic) context.drawImage(pic.canvas, pic.extent.x1, pic.extent.y1, pic.extent.x2 - pic.extent.x1, pic.extent.y2 - pic.extent.y1);
  }

  private settle(next: null): void {
    this.next = next;
    const waiting = this.waiting;
    this.waiting = [];
    waiting.forEach((fn) => fn());
  }
}
