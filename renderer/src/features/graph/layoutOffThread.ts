import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { LayoutName } from './graphUi';
import type { LayoutReply, LayoutRequest } from './layoutWorker';

/** Above this many nodes a layout runs in a worker: fcose on 2,000 nodes already takes seconds. */
export const OFF_THREAD_NODES = 800;

/**
 * Lays out `eles` in a Web Worker and moves the nodes when it answers, in one batch. Returns a cancel
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
  const finish = (ok: boolean) => {
    if (finished) return;
    finished = true;
    worker.terminate();
    done(ok);
  };
  worker.onmessage = (e: MessageEvent<LayoutReply>) => {
    if ('error' in e.data) {
      console.error('layout failed:', e.data.error);
      return finish(false);
    }
    const pos = e.data.positions;
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
