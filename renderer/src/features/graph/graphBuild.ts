import type { Core, ElementDefinition } from 'cytoscape';

export type BuildProgress = { done: number; total: number };

/** Above this many elements a first open builds the graph in slices instead of one `cy.add`. */
export const SLICED_BUILD_ELEMENTS = 3000;
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

/**
 * Adds `defs` to an empty graph across many short tasks, so a 70,000-element case never holds the UI thread
 * for seconds. Each slice adds elements and computes their style and geometry at once; the renderer is not
 * told until all are in (drawing a growing partial graph every frame would cost far more than the build),
 * then the drawing order is sorted in a task of its own and the whole graph is drawn in the next frame.
 * `done` runs after that last step; the caller waits for the render that follows to know the graph is drawn.
 * Returns a cancel function (leaves what was added, with the renderer told about it).
 */
export function buildInSlices(
  cy: Core,
  defs: readonly ElementDefinition[],
  on: { progress: (p: BuildProgress) => void; done: () => void },
  opts: { sliceMs?: number; schedule?: Scheduler } = {},
): () => void {
  const sliceMs = opts.sliceMs ?? BUILD_SLICE_MS;
  const schedule = opts.schedule ?? nextTask;
  const r = internals(cy);
  const total = defs.length;
  let next = 0;
  let cancelNext: (() => void) | null = null;
  let quiet = true;
  const core = cy as unknown as Notifying;
  core.notifications(false);
  const tell = () => {
    if (!quiet) return;
    quiet = false;
    core.notifications(true);
    // What the renderer missed while quiet: new elements (drawing order) and a full redraw.
    core.notify('add');
  };
  const addSlice = () => {
    cancelNext = null;
    const t0 = performance.now();
    // At least one chunk per slice, however small the budget.
    do {
      const chunk = defs.slice(next, next + CHUNK);
      next += chunk.length;
      const added = cy.add(chunk as ElementDefinition[]);
      r.flushRenderedStyleQueue?.();
      // Bounding boxes too: the first draw needs each element's, and computing them there re-queues every element
      // for the style and geometry pass of the frame after (seconds on a big graph). Queued here, that pass is
      // spread over the next slices instead.
      if (r.flushRenderedStyleQueue) added.forEach((el) => void el.boundingBox());
    } while (next < total && performance.now() - t0 < sliceMs);
    on.progress({ done: next, total });
    if (next < total) {
      cancelNext = schedule(addSlice);
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
  cancelNext = schedule(addSlice);
  return () => {
    cancelNext?.();
    cancelNext = null;
    tell();
  };
}
