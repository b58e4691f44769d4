import type { Collection, Core, NodeSingular } from 'cytoscape';
import { moveInSlices, SLICED_MOVE_NODES } from './graphBuild';
import { patchGraphUi, type LayoutName } from './graphUi';
import { roundPosition } from './positions';
import type { LayoutReply, LayoutRequest } from './layoutWorker';

/** Above this many nodes a layout runs in a worker: fcose on 2,000 nodes already takes seconds. */
export const OFF_THREAD_NODES = 800;

/**
 * What the worker needs to lay out `eles`, as numbers: the nodes' places in typed arrays, links as pairs of
 * indices into `nodes` (the order the reply comes back in). Links with an end outside `eles` are left out.
 * One pass over the elements, with no collection built per element: on a 70,000-element graph the request is
 * built in the click that starts the layout.
 */
export function layoutRequest(eles: Collection, name: LayoutName): { request: LayoutRequest; nodes: NodeSingular[] } {
  const nodes: NodeSingular[] = [];
  const index = new Map<NodeSingular, number>();
  const edges: { source: () => NodeSingular; target: () => NodeSingular }[] = [];
  for (let i = 0; i < eles.length; i++) {
    const el = eles[i]!;
    if (el.isNode()) {
      index.set(el, nodes.length);
      nodes.push(el);
    } else edges.push(el as unknown as (typeof edges)[number]);
  }
  const positions = new Float64Array(2 * nodes.length);
  nodes.forEach((n, i) => {
    const p = n.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  const ends = new Uint32Array(2 * edges.length);
  let k = 0;
  for (const e of edges) {
    const s = index.get(e.source());
    const t = index.get(e.target());
    if (s === undefined || t === undefined) continue;
    ends[k++] = s;
    ends[k++] = t;
  }
  return { request: { name, positions, ends: k < ends.length ? ends.slice(0, k) : ends }, nodes };
}

/**
 * Lays out `eles` in a Web Worker and moves the nodes when it answers (a big graph's in slices, with progress). Returns a cancel
 * function: it ends the worker and leaves every node where it was.
 */
export function runLayoutOffThread(cy: Core, eles: Collection, name: LayoutName, done: (ok: boolean) => void): () => void {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  const { request, nodes } = layoutRequest(eles, name);
  let finished = false;
  let moving: (() => void) | null = null;
  const finish = (ok: boolean) => {
    if (finished) return;
    finished = true;
    worker.terminate();
    // Cancelled while the result was being applied: the nodes moved so far keep their new places.
    if (moving) {
      moving();
      moving = null;
      patchGraphUi({ building: null });
    }
    done(ok);
  };
  worker.onmessage = (e: MessageEvent<LayoutReply>) => {
    if ('error' in e.data) {
      console.error('layout failed:', e.data.error);
      return finish(false);
    }
    const xy = e.data.positions;
    if (xy.length !== 2 * nodes.length) {
      console.error(`layout failed: ${xy.length / 2} positions for ${nodes.length} nodes`);
      return finish(false);
    }
    // Rounded as the case stores them, so saving the result afterwards finds nothing left to move.
    for (let i = 0; i < nodes.length; i++) {
      const p = roundPosition({ x: xy[2 * i]!, y: xy[2 * i + 1]! });
      xy[2 * i] = p.x;
      xy[2 * i + 1] = p.y;
    }
    worker.terminate();
    if (nodes.length > SLICED_MOVE_NODES) {
      // Moving 20,000 nodes (and re-measuring their links) is seconds of work: in slices, with progress.
      moving = moveInSlices(cy, nodes, xy, {
        progress: (p) => patchGraphUi({ building: p.done < p.total ? { ...p, label: 'Placing nodes' } : null }),
        done: () => {
          moving = null;
          patchGraphUi({ building: null });
          finish(true);
        },
      });
      return;
    }
    cy.batch(() => {
      nodes.forEach((n, i) => n.position({ x: xy[2 * i]!, y: xy[2 * i + 1]! }));
    });
    finish(true);
  };
  worker.onerror = (e) => {
    console.error('layout worker failed:', e.message);
    finish(false);
  };
  // The arrays are handed over, not copied: the page does not read them again.
  worker.postMessage(request, [request.positions.buffer, request.ends.buffer]);
  return () => finish(false);
}
