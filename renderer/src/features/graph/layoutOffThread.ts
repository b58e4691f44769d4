import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { Position } from '../../../../shared/model';
import { moveInSlices, SLICED_MOVE_NODES } from './graphBuild';
import { patchGraphUi, type LayoutName } from './graphUi';
import { roundPosition } from './positions';
import type { LayoutReply, LayoutRequest } from './layoutWorker';

/** Above this many nodes a layout runs in a worker: fcose on 2,000 nodes already takes seconds. */
export const OFF_THREAD_NODES = 800;

/**
 * Lays out `eles` in a Web Worker and moves the nodes when it answers (a big graph's in slices, with progress). Returns a cancel
 * function: it ends the worker and leaves every node where it was.
 */
export function runLayoutOffThread(cy: Core, eles: Collection, name: LayoutName, done: (ok: boolean) => void): () => void {
  const worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
  const nodes = eles.nodes();
  const request: LayoutRequest = {
    name,
    nodes: nodes.map((n) => ({ id: n.id(), ...n.position() })),
    edges: eles.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  };
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
    // Rounded as the case stores them, so saving the result afterwards finds nothing left to move.
    const pos: Record<string, Position> = {};
    for (const [id, p] of Object.entries(e.data.positions)) pos[id] = roundPosition(p);
    if (nodes.length > SLICED_MOVE_NODES) {
      // Moving 20,000 nodes (and re-measuring their edges) is seconds of work: in slices, with progress.
      worker.terminate();
      moving = moveInSlices(cy, nodes.toArray() as NodeSingular[], pos, {
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
      nodes.positions((n: NodeSingular) => pos[n.id()] ?? n.position());
    });
    finish(true);
  };
  worker.onerror = (e) => {
    console.error('layout worker failed:', e.message);
    finish(false);
  };
  worker.postMessage(request);
  return () => finish(false);
}
