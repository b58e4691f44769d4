import cytoscape, { type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildInSlices, moveInSlices, runInSlices, type BuildProgress } from '../../../renderer/src/features/graph/graphBuild';

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

  it('sorts the drawing order in a task of its own while the renderer is quiet, then tells it without asking for another sort', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    const tasks = manual();
    const events: string[] = [];
    // No style queue to flush: a headless instance measures nothing.
    const renderer = {
      getCachedZSortedEles: (force?: boolean) => void events.push(`sort ${force ? 'forced' : 'cached'} (${cy.elements().length} elements)`),
      notify: (event: string) => void events.push(`told ${event}`),
    };
    (cy as unknown as { renderer: () => unknown }).renderer = () => renderer;
    buildInSlices(cy, defs(300, 500), { progress: () => {}, done: () => events.push('done') }, { sliceMs: 0, schedule: tasks.schedule });
    while (tasks.pending) tasks.step();
    // Forced: the renderer was not told of the adds, so an order kept from before the build would be stale. 'add'
    // would make the renderer drop the sorted order; the first frame can come before any other task.
    expect(events).toEqual(['sort forced (800 elements)', 'told position', 'done']);
  });

  it('hands the renderer the drawing order it would sort itself, worked out over several tasks', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: '.hidden', style: { display: 'none' } }] });
    const tasks = manual();
    const events: string[] = [];
    const renderer: { cachedZSortedEles?: cytoscape.SingularElementArgument[] & { interactive?: unknown[] }; [k: string]: unknown } = {
      getCachedZSortedEles: () => void events.push('sorted by the renderer'),
      updateCachedGrabbedEles: () => void events.push('grabbed split'),
      notify: (event: string) => void events.push(`told ${event}`),
    };
    (cy as unknown as { renderer: () => unknown }).renderer = () => renderer;
    const all = defs(3000, 5000);
    all[7]!.classes = 'hidden';
    buildInSlices(cy, all, { progress: () => {}, done: () => events.push('done') }, { sliceMs: 0, schedule: tasks.schedule });
    let steps = 0;
    while (tasks.pending) {
      tasks.step();
      if (!events.length) steps++;
    }
    expect(events).toEqual(['grabbed split', 'told position', 'done']);
    const order = renderer.cachedZSortedEles!;
    // cytoscape's own order: links under nodes, each in the order added.
    const expected = (cy.elements() as unknown as { sortByZIndex: () => cytoscape.Collection }).sortByZIndex().toArray();
    expect(order.map((e) => e.id())).toEqual(expected.map((e) => e.id()));
    expect(order[0]!.isEdge()).toBe(true);
    expect(order.interactive!.length).toBe(cy.elements().filter((e) => (e as unknown as { interactive: () => boolean }).interactive()).length);
    expect(order.interactive!.length).toBeLessThan(order.length);
    // A zero budget: the checks of 8,000 elements took more than one task.
    expect(steps).toBeGreaterThan(3);
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
    const xy = new Float64Array(2000).fill(Number.NaN);
    for (let i = 0; i < 1000; i += 2) {
      xy[2 * i] = -i;
      xy[2 * i + 1] = i * 2;
    }
    let done = false;
    const progress: BuildProgress[] = [];
    moveInSlices(cy, cy.nodes().toArray() as NodeSingular[], xy, { progress: (p) => progress.push(p), done: () => (done = true) }, { sliceMs: 0, schedule: tasks.schedule });
    tasks.step();
    expect(done).toBe(false);
    while (tasks.pending) tasks.step();
    expect(done).toBe(true);
    expect(cy.getElementById('n998').position()).toEqual({ x: -998, y: 1996 });
    expect(cy.getElementById('n0').position()).toEqual({ x: -0, y: 0 });
    expect(cy.getElementById('n999').position()).toEqual({ x: 999, y: 0 });
    expect(progress[progress.length - 1]).toEqual({ done: 1000, total: 1000 });
    expect(progress.length).toBeGreaterThan(3);
  });

  it('refuses positions that do not match the nodes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(defs(10, 0));
    expect(() => moveInSlices(cy, cy.nodes().toArray() as NodeSingular[], new Float64Array(18), { progress: () => {}, done: () => {} })).toThrow(/9 positions for 10 nodes/);
  });

  it('measures each link once, in the chunk that moves the last of its ends, and tells the renderer nodes moved', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(defs(400, 1200));
    const nodes = cy.nodes().toArray() as NodeSingular[];
    const xy = new Float64Array(800).map((_, i) => i);
    const measured = new Map<string, number>();
    const moved = new Set<string>();
    // Each chunk's elements are measured with one boundingBox call on them: record the calls instead.
    const tasks = manual();
    const spy = Object.getPrototypeOf(cy.collection()) as { boundingBox: (...a: unknown[]) => unknown };
    const original = spy.boundingBox;
    spy.boundingBox = function (this: ReturnType<typeof cy.collection>) {
      this.forEach((el) => {
        measured.set(el.id(), (measured.get(el.id()) ?? 0) + 1);
        if (el.isNode()) return void moved.add(el.id());
        // A link is measured only once both its ends are in place.
        const e = el as EdgeSingular;
        expect(moved.has(e.source().id()) && moved.has(e.target().id())).toBe(true);
      });
    };
    // A headless instance has no renderer queue to flush (and measures nothing): give it one, as the canvas has.
    const told: string[] = [];
    let sorted = 0;
    const renderer = { flushRenderedStyleQueue: () => {}, getCachedZSortedEles: () => void sorted++, notify: (event: string) => void told.push(event) };
    (cy as unknown as { renderer: () => unknown }).renderer = () => renderer;
    try {
      moveInSlices(cy, nodes, xy, { progress: () => {}, done: () => {} }, { sliceMs: 0, schedule: tasks.schedule });
      while (tasks.pending) tasks.step();
    } finally {
      spy.boundingBox = original;
    }
    expect(measured.size).toBe(1600);
    expect([...measured.values()].every((n) => n === 1)).toBe(true);
    // Told once, at the end, that nodes moved: not that elements were added (which makes it sort all of them again).
    expect(told).toEqual(['position']);
    expect(sorted).toBe(0);
  });
});

describe('runInSlices', () => {
  it('sizes chunks from what items cost, so no slice overruns its budget', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    // A fake clock: an item costs 1 ms, except items 300-399, which cost 3 ms each.
    let clock = 0;
    const tasks = manual();
    const slices: number[] = [];
    let sliceStart = 0;
    let covered = 0;
    const step = (from: number, to: number) => {
      for (let i = from; i < to; i++) clock += i >= 300 && i < 400 ? 3 : 1;
      covered += to - from;
      return cy.collection();
    };
    let done = false;
    runInSlices(
      cy,
      1000,
      step,
      {
        progress: (p) => {
          if (p.done > 0) slices.push(clock - sliceStart);
          sliceStart = clock;
        },
        done: () => (done = true),
      },
      { sliceMs: 40, schedule: tasks.schedule, now: () => clock },
    );
    while (tasks.pending) {
      sliceStart = clock;
      tasks.step();
    }
    expect(done).toBe(true);
    expect(covered).toBe(1000);
    // The first slice starts with a guess (20 items); after that chunks follow the measured cost. A slice may go
    // over only by the chunk that meets the dearer items (priced at the cheaper rate).
    expect(Math.max(...slices)).toBeLessThanOrEqual(60);
    expect(slices.filter((ms) => ms > 40).length).toBeLessThanOrEqual(1);
    // …and uses most of its budget (not one tiny chunk per task).
    expect(slices.length).toBeLessThan(1000 / 20);
  });
});
