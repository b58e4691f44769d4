import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Position } from '../../../../shared/model';

export type BuildProgress = { done: number; total: number };

/** Above this many elements a first open builds the graph in slices instead of one `cy.add`. */
export const SLICED_BUILD_ELEMENTS = 3000;
/** Above this many nodes a layout's result is applied in slices. */
export const SLICED_MOVE_NODES = 1500;
/** Work per slice before the page gets the thread back (input, the progress line, the rest of the workbench). */
export const BUILD_SLICE_MS = 40;
const CHUNK = 200;

/**
 * cytoscape's renderer internals used here (not in its typings; absent on a headless instance):
 * `flushRenderedStyleQueue` computes the style, label sizes and edge geometry of elements added or changed
 * since the last frame — the work the next render would otherwise do for all of them at once;
 * `getCachedZSortedEles` sorts every element into drawing order, once, and keeps the result.
 */
type RendererInternals = { flushRenderedStyleQueue?: () => void; getCachedZSortedEles?: () => unknown };
const internals = (cy: Core): RendererInternals => ((cy as unknown as { renderer?: () => RendererInternals | null }).renderer?.() ?? {});
/** Core methods cytoscape has but does not type: renderer notifications on/off, and one notification sent by hand. */
type Notifying = { notifications: (on: boolean) => void; notify: (event: string) => void };

type Scheduler = (fn: () => void) => () => void;
const nextTask: Scheduler = (fn) => {
  const t = setTimeout(fn, 0);
  return () => clearTimeout(t);
};

type Options = { sliceMs?: number; schedule?: Scheduler };
type Handlers = { progress: (p: BuildProgress) => void; done: () => void };

/**
 * Runs `step` over `total` items across many short tasks, so a change to a 70,000-element graph never holds
 * the UI thread for seconds. `step(from, to)` changes the graph for items [from, to) and returns the elements
 * it added or moved; their style, geometry and bounding boxes are computed in the same slice. The renderer is
 * not told until all are done (drawing a half-changed graph every frame would cost far more than the change),
 * then the drawing order is sorted in a task of its own and the next frame draws the result.
 * `done` runs after that last step. Returns a cancel function (what was changed stays, the renderer is told).
 */
export function runInSlices(cy: Core, total: number, step: (from: number, to: number) => Collection, on: Handlers, opts: Options = {}): () => void {
  const sliceMs = opts.sliceMs ?? BUILD_SLICE_MS;
  const schedule = opts.schedule ?? nextTask;
  const r = internals(cy);
  let next = 0;
  let cancelNext: (() => void) | null = null;
  let quiet = true;
  const core = cy as unknown as Notifying;
  core.notifications(false);
  const tell = () => {
    if (!quiet) return;
    quiet = false;
    core.notifications(true);
    // What the renderer missed while quiet: changed elements (drawing order) and a full redraw.
    core.notify('add');
  };
  const slice = () => {
    cancelNext = null;
    const t0 = performance.now();
    // At least one chunk per slice, however small the budget.
    do {
      const to = Math.min(total, next + CHUNK);
      const changed = step(next, to);
      next = to;
      r.flushRenderedStyleQueue?.();
      // Bounding boxes too: the first draw needs each element's, and computing them there re-queues every element
      // for the style and geometry pass of the frame after (seconds on a big graph). Queued here, that pass is
      // spread over the next slices instead.
      if (r.flushRenderedStyleQueue) changed.forEach((el) => void el.boundingBox());
    } while (next < total && performance.now() - t0 < sliceMs);
    on.progress({ done: next, total });
    if (next < total) {
      cancelNext = schedule(slice);
      return;
    }
    // What the last chunk's bounding boxes queued again, then the renderer is told; the drawing order is sorted
    // in a task of its own.
    r.flushRenderedStyleQueue?.();
    tell();
    cancelNext = schedule(() => {
      cancelNext = null;
      r.getCachedZSortedEles?.();
      on.done();
    });
  };
  on.progress({ done: 0, total });
  cancelNext = schedule(slice);
  return () => {
    cancelNext?.();
    cancelNext = null;
    tell();
  };
}

/** Adds `defs` (nodes before the edges that need them) to the graph in slices. */
export function buildInSlices(cy: Core, defs: readonly ElementDefinition[], on: Handlers, opts: Options = {}): () => void {
  return runInSlices(cy, defs.length, (from, to) => cy.add(defs.slice(from, to) as ElementDefinition[]), on, opts);
}

/** Moves `nodes` to `positions` (those without one stay) in slices; their edges are re-measured with them. */
export function moveInSlices(cy: Core, nodes: readonly NodeSingular[], positions: Record<string, Position>, on: Handlers, opts: Options = {}): () => void {
  return runInSlices(
    cy,
    nodes.length,
    (from, to) => {
      const moved = cy.collection();
      for (let i = from; i < to; i++) {
        const n = nodes[i]!;
        const p = positions[n.id()];
        if (!p) continue;
        n.position(p);
        moved.merge(n);
      }
      return moved.union(moved.connectedEdges());
    },
    on,
    opts,
  );
}
