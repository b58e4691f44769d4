/// <reference lib="dom" />
// One edit of the L case (20,000 entities / 50,000 links) through the UI, both tables visible as they are by
// default: the longest main-thread task it causes (PerformanceObserver 'longtask', as browser.ts reads them;
// target: none over 200 ms) and the time until the edit shows in the table (polled once per frame, plus one
// frame). Edits: rename an entity in the inspector (its row in Entities and its links' rows in Links change),
// and grade a link in the inspector ("Source reliability"; its row in Links changes).
//
//   npx tsx tests/bench/edit.probe.ts [--base DIR] [--at DIR] [--runs N] [--size M|L] [--profile]
//
// --base/--at as in table.probe.ts: another build (package.json, resources/, bin/, out/) measured in the same
// run, base first. --profile prints the CDP profile of the first rename and the first grade.
import type { Browser, Page } from '@playwright/test';
import { eachBuild, profiled, withOpenCase, type Host, type ProfileNode } from './table.probe';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** How long the page is watched for long tasks after an edit (saves, idle warm-ups, the graph's sync). */
const SETTLE_MS = 2500;
type Edited = { shown: number; longest: number; tasks: number[] };

/**
 * Installed in the page once: runs `act`, polls `shown` once per frame, and returns the time to the frame after
 * it holds, with the long tasks from `act` until `settle` ms after that.
 */
const TIMED_EDIT = () => {
  (window as unknown as { __timedEdit: unknown }).__timedEdit = async (act: () => void, shown: () => boolean, settle: number) => {
    const t0 = performance.now();
    act();
    while (!shown()) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, settle));
    const tasks = (window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= t0 - 1).map((t) => Math.round(t.duration));
    return { shown: ms, longest: Math.max(0, ...tasks), tasks };
  };
};
type TimedEdit = (act: () => void, shown: () => boolean, settle: number) => Promise<Edited>;

/** Rename the inspected entity to `name` (Enter in "Entity name"); until its row in Entities shows it. */
const rename = (page: Page, id: string, name: string) =>
  page.evaluate(
    ({ id, name, settle }) => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Entity name"]')!;
      const row = () => document.querySelector<HTMLElement>(`table[aria-label="Entities"] tbody tr[data-id="${CSS.escape(id)}"]`);
      const act = () => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, name);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      };
      return (window as unknown as { __timedEdit: TimedEdit }).__timedEdit(act, () => Boolean(row()?.textContent?.includes(name)), settle);
    },
    { id, name, settle: SETTLE_MS },
  );

/** Set "Source reliability" of the inspected link to `grade`; until its row in Links shows it. */
const grade = (page: Page, id: string, grade: string) =>
  page.evaluate(
    ({ id, grade, settle }) => {
      const select = document.querySelector<HTMLSelectElement>('select[aria-label="Source reliability"]')!;
      const cell = () => document.querySelector<HTMLSelectElement>(`table[aria-label="Links"] tbody tr[data-id="${CSS.escape(id)}"] select`);
      const act = () => {
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(select, grade);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      return (window as unknown as { __timedEdit: TimedEdit }).__timedEdit(act, () => cell()?.value === grade, settle);
    },
    { id, grade, settle: SETTLE_MS },
  );

/**
 * The tables' own code, by function name (the renderer bundle keeps names): rows, TanStack's core row model
 * (stock or ours), the row models and caches, the idle warm-up, and the table components' renders.
 */
const TABLE_CODE = new Set(['entityRows', 'linkRows', 'accessRows', '_createCoreRowModel', 'constructRow', 'coreModel', 'inheritCaches', 'mergeChanged', 'oldPositions', 'filterModel', 'sortModel', 'orderOf', 'ascendingOrder', 'descendingFrom', 'fillKeys', 'keysOf', 'joinedKeys', 'joinedOf', 'warmUpSteps', 'searchableColumn', 'EntitiesTable', 'LinksTable', 'DataTable', 'TableHeader', 'useCaseTable']);
/** The graph's store sync (another engineer's code), for comparison. */
const GRAPH_SYNC = new Set(['syncElements']);

/**
 * Runs `edit` under the CDP profiler and splits the sampled main-thread time from the edit until `SETTLE_MS`
 * after it shows: samples with table code on their stack, with the graph's sync, the rest (idle excluded).
 */
async function attributed(page: Page, edit: () => Promise<Edited>) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await edit();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  await cdp.detach();
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const kind = new Map<number, 'table' | 'graph' | 'other' | 'idle'>();
  const kindOf = (id: number): 'table' | 'graph' | 'other' | 'idle' => {
    let k = kind.get(id);
    if (k) return k;
    const name = byId.get(id)!.callFrame.functionName;
    if (/^\((idle|program|root)\)$/.test(name)) k = 'idle';
    else if (TABLE_CODE.has(name)) k = 'table';
    else if (GRAPH_SYNC.has(name)) k = 'graph';
    else {
      const up = parent.get(id);
      k = up === undefined ? 'other' : kindOf(up);
      if (k === 'idle') k = 'other';
    }
    kind.set(id, k);
    return k;
  };
  const ms = { table: 0, graph: 0, other: 0 };
  profile.samples.forEach((id, i) => {
    const k = kindOf(id);
    if (k !== 'idle') ms[k] += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  });
  return ms;
}

async function measure(browser: Browser, host: Host, file: string, runs: number) {
  return withOpenCase(browser, host, file, 3000, async (page) => {
    await page.evaluate(TIMED_EDIT);

    // The first entity row of the table as opened (sorted by mentions, descending).
    const entityRow = page.locator('table[aria-label="Entities"] tbody tr').first();
    const entityId = (await entityRow.getAttribute('data-id'))!;
    await entityRow.locator('td').nth(1).click();
    await page.locator('input[aria-label="Entity name"]').waitFor();
    await page.waitForTimeout(1500);
    const renames: Edited[] = [];
    for (let i = 0; i < runs; i++) {
      const name = `Probe Name ${i}`;
      renames.push(await (i === 0 ? profiled(page, 'the first rename', () => rename(page, entityId, name)) : rename(page, entityId, name)));
    }

    const linkRow = page.locator('table[aria-label="Links"] tbody tr').first();
    const linkId = (await linkRow.getAttribute('data-id'))!;
    await linkRow.locator('td').nth(1).click();
    await page.locator('select[aria-label="Source reliability"]').waitFor();
    await page.waitForTimeout(1500);
    const grades: Edited[] = [];
    for (let i = 0; i < runs; i++) {
      const g = 'BCDE'[i % 4]!;
      grades.push(await (i === 0 ? profiled(page, 'the first grade', () => grade(page, linkId, g)) : grade(page, linkId, g)));
    }
    // Two more of each under the profiler: where the main thread's time went.
    const split: { rename: Awaited<ReturnType<typeof attributed>>[]; grade: Awaited<ReturnType<typeof attributed>>[] } = { rename: [], grade: [] };
    for (let i = 0; i < 2; i++) split.grade.push(await attributed(page, () => grade(page, linkId, 'AF'[i]!)));
    await entityRow.locator('td').nth(1).click();
    await page.locator('input[aria-label="Entity name"]').waitFor();
    await page.waitForTimeout(1500);
    for (let i = 0; i < 2; i++) split.rename.push(await attributed(page, () => rename(page, entityId, `Profiled ${i}`)));
    return { renames, grades, split };
  });
}

const line = (label: string, xs: Edited[]) =>
  `  ${label.padEnd(22)} shown in table: median ${median(xs.map((x) => x.shown)).toFixed(0)} ms (${xs.map((x) => x.shown.toFixed(0)).join(', ')}); ` +
  `longest task: max ${Math.max(...xs.map((x) => x.longest))} ms, median ${median(xs.map((x) => x.longest))} ms; tasks > 50 ms per edit: ${xs.map((x) => `[${x.tasks.join(' ')}]`).join(' ')}`;

async function main() {
  await eachBuild('edit-probe-', async ({ browser, host, file, size, runs, label }) => {
    const r = await measure(browser, host, file, runs);
    console.log(`\n${size}, ${label}, ${runs} edits each (long tasks watched ${SETTLE_MS} ms after each):`);
    console.log(line('rename entity', r.renames));
    console.log(line('grade link', r.grades));
    const fmt = (xs: { table: number; graph: number; other: number }[]) => xs.map((x) => `table code ${x.table.toFixed(0)} ms, graph sync ${x.graph.toFixed(0)} ms, other ${x.other.toFixed(0)} ms`).join('; ');
    console.log(`  CPU profile, busy main-thread time per edit (2 edits each, profiler on):`);
    console.log(`    rename: ${fmt(r.split.rename)}`);
    console.log(`    grade:  ${fmt(r.split.grade)}`);
  });
}
void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
