import cytoscape, { type ElementDefinition, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildInSlices, moveInSlices, type BuildProgress } from '../../../renderer/src/features/graph/graphBuild';

function defs(nodes: number, edges: number): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (let i = 0; i < nodes; i++) out.push({ group: 'nodes', data: { id: `n${i}` }, position: { x: i, y: 0 } });
  for (let i = 0; i < edges; i++) out.push({ group: 'edges', data: { id: `e${i}`, source: `n${i % nodes}`, target: `n${(i * 7 + 1) % nodes}` } });
  return out;
}

/** A scheduler the test drives by hand: each `step()` runs one queued task, as the browser would between frames. */
function manual() {
  const queue: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => {
      queue.push(fn);
      return () => {
        const i = queue.indexOf(fn);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    step: () => queue.shift()?.(),
    get pending() {
      return queue.length;
    },
  };
}

describe('buildInSlices', () => {
  it('adds every element across several tasks, nodes before their edges, and reports progress up to the total', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const all = defs(3000, 5000);
    const tasks = manual();
    const progress: BuildProgress[] = [];
    let done = 0;
    // A zero budget adds one chunk per task, so the build must take many tasks.
    buildInSlices(cy, all, { progress: (p) => progress.push(p), done: () => done++ }, { sliceMs: 0, schedule: tasks.schedule });
    expect(cy.elements().length).toBe(0);
    let steps = 0;
    while (tasks.pending) {
      tasks.step();
      steps++;
      if (done === 0) expect(cy.elements().length).toBeLessThanOrEqual(all.length);
    }
    expect(steps).toBeGreaterThan(10);
    expect(done).toBe(1);
    expect(cy.nodes().length).toBe(3000);
    expect(cy.edges().length).toBe(5000);
    expect(cy.getElementById('e4999').source().id()).toBe('n1999');
    expect(progress[0]).toEqual({ done: 0, total: 8000 });
    expect(progress[progress.length - 1]).toEqual({ done: 8000, total: 8000 });
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.done).toBeGreaterThan(progress[i - 1]!.done);
    // Renderer notifications are back on once the build is over.
    expect((cy as unknown as { notifications: () => boolean }).notifications()).toBe(true);
  });

  it('stops when cancelled: no more elements, no done, notifications back on', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const tasks = manual();
    let done = false;
    const cancel = buildInSlices(cy, defs(2000, 0), { progress: () => {}, done: () => (done = true) }, { sliceMs: 0, schedule: tasks.schedule });
    tasks.step();
    tasks.step();
    const added = cy.elements().length;
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(2000);
    cancel();
    expect(tasks.pending).toBe(0);
    expect(cy.elements().length).toBe(added);
    expect(done).toBe(false);
    expect((cy as unknown as { notifications: () => boolean }).notifications()).toBe(true);
  });
});

describe('moveInSlices', () => {
  it('moves every node that has a new position, over several tasks, and leaves the others', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(defs(1000, 500));
    const tasks = manual();
    const target: Record<string, { x: number; y: number }> = {};
    for (let i = 0; i < 1000; i += 2) target[`n${i}`] = { x: -i, y: i * 2 };
    let done = false;
    moveInSlices(cy, cy.nodes().toArray() as NodeSingular[], target, { progress: () => {}, done: () => (done = true) }, { sliceMs: 0, schedule: tasks.schedule });
    tasks.step();
    expect(done).toBe(false);
    while (tasks.pending) tasks.step();
    expect(done).toBe(true);
    expect(cy.getElementById('n998').position()).toEqual({ x: -998, y: 1996 });
    expect(cy.getElementById('n999').position()).toEqual({ x: 999, y: 0 });
  });
});
