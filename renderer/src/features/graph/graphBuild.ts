import type { Collection, Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';

export type BuildProgress = { done: number; total: number };

/** Above this many elements a first open builds the graph in slices instead of one `cy.add`. */
export const SLICED_BUILD_ELEMENTS = 3000;
/** Above this many nodes a layout's result is applied in slices. */
export const SLICED_MOVE_NODES = 1500;
/** Work per slice before the page gets the thread back (input, the progress line, the rest of the workbench). */
export const BUILD_SLICE_MS = 40;
/** Items in the first chunk; later chunks are sized from what the earlier ones cost (see runInSlices). */
const FIRST_CHUNK = 20;
/** Bounds of the chunk size: at least this many items per chunk (a chunk has a fixed cost of its own)… */
const MIN_CHUNK = 5;
/** …and at most this many. */
const MAX_CHUNK = 500;

/**
 * cytoscape's renderer internals used here (not in its typings; absent on a headless instance):
 * `flushRenderedStyleQueue` computes the style, label sizes and edge geometry of elements added or changed
 * since the last frame — the work the next render would otherwise do for all of them at once;
 * `getCachedZSortedEles` sorts every element into drawing order, once, and keeps the result.
 */
type RendererInternals = {
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: (forceRecalc?: boolean) => unknown;
  /** The drawing order `getCachedZSortedEles` keeps: every element, sorted, with `interactive` (those taking events). */
  cachedZSortedEles?: unknown;
  /** Splits the kept order into what is dragged and what is not (done by `getCachedZSortedEles` after a sort). */
  updateCachedGrabbedEles?: () => void;
};
/** What cytoscape's collections offer for the drawing order, not in its typings: the same sort as the renderer's. */
type Sortable = { sortByZIndex: () => Collection };
const internals = (cy: Core): RendererInternals => ((cy as unknown as { renderer?: () => RendererInternals | null }).renderer?.() ?? {});
/** Core methods cytoscape has but does not type: renderer notifications on/off, and one notification sent by hand. */
type Notifying = { notifications: (on: boolean) => void; notify: (event: string) => void };

type Scheduler = (fn: () => void) => () => void;
const nextTask: Scheduler = (fn) => {
  const t = setTimeout(fn, 0);
  return () => clearTimeout(t);
};

type Options = { sliceMs?: number; schedule?: Scheduler; now?: () => number };
/**
 * What the renderer is told once the change is done: `add` (elements were added: their drawing order is sorted
 * again, 70,000 elements take a few hundred milliseconds) or `position` (nodes moved: the order stands).
 */
type Change = 'add' | 'position';
type Handlers = { progress: (p: BuildProgress) => void; done: () => void };

/**
 * Runs `step` over `total` items across many short tasks, so a change to a 70,000-element graph never holds
 * the UI thread for long. `step(from, to)` changes the graph for items [from, to) and returns the elements
 * whose geometry is then computed in the same chunk: their bounding boxes (the first draw needs each
 * element's), then cytoscape's queue of changed elements is emptied (style, label sizes, edge geometry — what
 * the next frame would otherwise compute for all of them at once). In that order, because computing a bounding
 * box queues the element again: done the other way round, every chunk's elements would be measured once more
 * in the next chunk.
 *
 * Chunks are sized so a slice stays within its budget: the cost of one item is estimated from the chunks done so
 * far, a chunk aims at a quarter of the budget, and a slice stops before a chunk that would overrun it. (A chunk
 * can still take longer than predicted: a garbage collection can land in it.)
 *
 * The renderer is not told until all are done (drawing a half-changed graph every frame would cost far more
 * than the change); after added elements the drawing order is sorted in a task of its own. `done` runs in the
 * task after that. Returns a cancel function (what was changed stays, the renderer is told).
 */
export function runInSlices(cy: Core, total: number, step: (from: number, to: number) => Collection, on: Handlers, opts: Options = {}, change: Change = 'add'): () => void {
  const sliceMs = opts.sliceMs ?? BUILD_SLICE_MS;
  const schedule = opts.schedule ?? nextTask;
  const now = opts.now ?? (() => performance.now());
  const r = internals(cy);
  let next = 0;
  let chunk = FIRST_CHUNK;
  /** Estimated milliseconds per item (a running average over the chunks done), or 0 before the first. */
  let perItem = 0;
  let cancelNext: (() => void) | null = null;
  let quiet = true;
  const core = cy as unknown as Notifying;
  core.notifications(false);
  const tell = (what: Change = change) => {
    if (!quiet) return;
    quiet = false;
    core.notifications(true);
    // What the renderer missed while quiet, and a full redraw.
    core.notify(what);
  };
  const slice = () => {
    cancelNext = null;
    const t0 = now();
    // At least one chunk per slice, however small the budget.
    do {
      const to = Math.min(total, next + chunk);
      const c0 = now();
      const changed = step(next, to);
      if (r.flushRenderedStyleQueue) {
        changed.boundingBox();
        r.flushRenderedStyleQueue();
      }
      const spent = now() - c0;
      const cost = spent / Math.max(1, to - next);
      perItem = perItem ? 0.7 * perItem + 0.3 * cost : cost;
      next = to;
      chunk = perItem > 0 ? Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, Math.floor(sliceMs / 4 / perItem))) : MAX_CHUNK;
    } while (next < total && now() - t0 + Math.min(chunk, total - next) * perItem <= sliceMs);
    on.progress({ done: next, total });
    if (next < total) {
      cancelNext = schedule(slice);
      return;
    }
    const finish = () => {
      cancelNext = null;
      on.done();
    };
    if (change === 'position') {
      tell('position');
      cancelNext = schedule(finish);
      return;
    }
    // Added elements: the drawing order is worked out while the renderer is still quiet (told of the adds, it
    // would drop an order kept, and its first frame, which can come before any other task, would sort all 70,000
    // in one go: ~0.25 s), then handed to it, and it is told that something changed without being told to sort.
    cancelNext = schedule(() => sortInSlices(cy, r, schedule, sliceMs, now, () => {
      tell('position');
      cancelNext = schedule(finish);
    }, (c) => (cancelNext = c)));
  };
  on.progress({ done: 0, total });
  cancelNext = schedule(slice);
  return () => {
    cancelNext?.();
    cancelNext = null;
    tell();
  };
}

/**
 * Works out the renderer's drawing order as `getCachedZSortedEles` does (the same sort, then the elements that
 * take events) and hands it over, across tasks: the sort in one (~0.1 s for 70,000), then whether each element
 * takes events in slices (asked one by one through cytoscape's style cache, the larger half of the work).
 * Without those internals, the renderer sorts in one task.
 */
function sortInSlices(cy: Core, r: RendererInternals, schedule: Scheduler, sliceMs: number, now: () => number, done: () => void, pending: (cancel: () => void) => void): void {
  if (!r.updateCachedGrabbedEles || !r.getCachedZSortedEles) {
    r.getCachedZSortedEles?.(true);
    return done();
  }
  const eles = (cy.elements() as unknown as Sortable).sortByZIndex().toArray() as SingularElementArgument[] & { interactive?: SingularElementArgument[] };
  const interactive: SingularElementArgument[] = [];
  let next = 0;
  const slice = () => {
    const t0 = now();
    // At least one chunk per slice, however small the budget.
    do {
      const to = Math.min(eles.length, next + CHUNK_OF_CHECKS);
      for (; next < to; next++) if ((eles[next] as unknown as { interactive: () => boolean }).interactive()) interactive.push(eles[next]!);
    } while (next < eles.length && now() - t0 < sliceMs);
    if (next < eles.length) return pending(schedule(slice));
    eles.interactive = interactive;
    r.cachedZSortedEles = eles;
    r.updateCachedGrabbedEles!();
    done();
  };
  pending(schedule(slice));
}

/** Elements checked between looks at the clock while sorting in slices. */
const CHUNK_OF_CHECKS = 2000;

/** Adds `defs` (nodes before the edges that need them) to the graph in slices. */
export function buildInSlices(cy: Core, defs: readonly ElementDefinition[], on: Handlers, opts: Options = {}): () => void {
  return runInSlices(cy, defs.length, (from, to) => cy.add(defs.slice(from, to) as ElementDefinition[]), on, opts);
}

/**
 * Moves `nodes[i]` to (`xy[2i]`, `xy[2i + 1]`) in slices (a node whose x is NaN stays). A link is measured once,
 * in the chunk that moves the last of its two ends (or its only moved end): measured earlier it would be
 * measured again when the other end moves.
 */
export function moveInSlices(cy: Core, nodes: readonly NodeSingular[], xy: Float64Array, on: Handlers, opts: Options = {}): () => void {
  if (xy.length !== 2 * nodes.length) throw new Error(`${xy.length / 2} positions for ${nodes.length} nodes`);
  // Where each node comes in the move order; nodes that are not moved are not in it.
  const order = new Map<NodeSingular, number>();
  nodes.forEach((n, i) => {
    if (!Number.isNaN(xy[2 * i]!)) order.set(n, i);
  });
  /** Whether `n` is already where it goes once items before `to` are moved (or does not move). */
  const settled = (n: NodeSingular, to: number) => (order.get(n) ?? -1) < to;
  return runInSlices(
    cy,
    nodes.length,
    (from, to) => {
      const moved: NodeSingular[] = [];
      for (let i = from; i < to; i++) {
        const x = xy[2 * i]!;
        if (Number.isNaN(x)) continue;
        const n = nodes[i]!;
        n.position({ x, y: xy[2 * i + 1]! });
        moved.push(n);
      }
      // cytoscape takes an array of its elements here; its typings only list collections.
      const measure = cy.collection(moved as unknown as Collection);
      measure.merge(measure.connectedEdges().filter((e) => settled(e.source(), to) && settled(e.target(), to)));
      return measure;
    },
    on,
    opts,
    'position',
  );
}
