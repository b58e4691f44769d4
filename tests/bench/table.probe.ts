/// <reference lib="dom" />
// Sort and filter of the entities table on the L case (20,000 rows), measured the way browser.ts's
// `tableTimes` does it: from the click on the Name header to aria-sort set plus one frame; from writing
// "Harbour" into "Search entities" to the first row changing plus one frame. Also the longest main-thread task
// while typing in the search.
//
//   npx tsx tests/bench/table.probe.ts [--base DIR] [--at DIR] [--runs N] [--size M|L]
//
// --base DIR measures a second build in the same run, first: DIR holds package.json, resources/, bin/ and
// out/ of that build (e.g. `npx electron-vite build --outDir DIR/out` from an earlier commit), so before/after
// pairs come from the same machine load. --at DIR measures such a build instead of this checkout's out/.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';

export type Host = { url: string; home: string; stop: () => Promise<void> };
type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[]; startHost: (home?: string) => Promise<Host> };
// The e2e fixtures belong to the e2e TypeScript project: load them at run time (as browser.ts does).
const { CHROMIUM, CHROMIUM_ARGS, startHost } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** `caseboard serve` of another build (the fixtures' host always serves this checkout). */
export async function startHostAt(root: string, home: string): Promise<Host> {
  const child = spawn(process.execPath, [join(root, 'bin', 'caseboard.cjs'), 'serve', '--port', '0', '--home', home], { env: { ...process.env, CASEBOARD_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 15_000);
    const on = (b: Buffer) => {
      out += b.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', on);
    child.stderr!.on('data', on);
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
  await new Promise((r) => setTimeout(r, 300));
  return { url, home, stop: async () => void (child.exitCode === null && (child.kill('SIGTERM'), await new Promise((r) => child.once('exit', r)))) };
}

export const LONG_TASKS = () => {
  const w = window as unknown as { __long: { start: number; duration: number }[] };
  w.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask' as never, buffered: true });
};

/** Click a header of the entities table; resolves after the frame following aria-sort = `want`. */
const clickHeader = (page: Page, name: string, want: string) =>
  page.evaluate(
    async ({ name, want }) => {
      const header = [...document.querySelectorAll<HTMLElement>('table[aria-label="Entities"] th.sortable')].find((b) => new RegExp(`^${name}`, 'i').test(b.textContent?.trim() ?? ''))!;
      const t0 = performance.now();
      header.click();
      while (header.getAttribute('aria-sort') !== want) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    },
    { name, want },
  );

/** Write `text` into the search at once (as tableTimes does); resolves after the frame following the first row's change. */
const search = (page: Page, text: string) =>
  page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Search entities"]')!;
    const count = () => document.querySelectorAll('table[aria-label="Entities"] tbody tr').length;
    const first = () => document.querySelector<HTMLElement>('table[aria-label="Entities"] tbody tr')?.dataset.id;
    const before = first();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    // Besides the bench's polling (a query per frame), the moment React commits the new rows, from a
    // mutation observer: the polling's own queries cost more as the page's DOM grows.
    let committed = 0;
    const tbody = document.querySelector('table[aria-label="Entities"] tbody')!;
    const observer = new MutationObserver(() => {
      if (!committed && (first() !== before || count() === 0)) committed = performance.now();
    });
    observer.observe(tbody, { childList: true, subtree: true });
    const t0 = performance.now();
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (first() === before && count() > 0) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    const ms = performance.now() - t0;
    observer.disconnect();
    return { ms, commit: committed ? committed - t0 : NaN, rows: count(), first: first(), dom: document.getElementsByTagName('*').length };
  }, text);

export type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number; children?: number[] };

/** With --profile: the CDP profile of `run`, top functions by self time and by total time. */
export async function profiled<T>(page: Page, label: string, run: () => Promise<T>): Promise<T> {
  if (!process.argv.includes('--profile')) return run();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] } };
  await cdp.detach();
  const ms = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (n: ProfileNode, above: Set<string>): number => {
    let sum = n.hitCount;
    const key = name(n);
    self.set(key, (self.get(key) ?? 0) + n.hitCount);
    const inner = new Set(above).add(key);
    for (const c of n.children ?? []) sum += walk(byId.get(c)!, inner);
    if (!above.has(key)) total.set(key, (total.get(key) ?? 0) + sum);
    return sum;
  };
  walk(profile.nodes[0]!, new Set());
  const top = (m: Map<string, number>) => [...m].filter(([k]) => !/^\((idle|root|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 22).map(([k, v]) => `    ${(v * ms).toFixed(0).padStart(6)} ms  ${k}`).join('\n');
  console.log(`\n  profile of ${label}: self\n${top(self)}\n  total\n${top(total)}`);
  return result;
}

/**
 * Opens `file` in a new page of `browser` served by `host`, waits for its whole graph to be drawn and then
 * `settleMs`, and runs `fn` on the page; fails if the page threw meanwhile. The page is closed afterwards.
 */
export async function withOpenCase<T>(browser: Browser, host: Host, file: string, settleMs: number, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: file }).click();
    await page.getByRole('button', { name: 'Open case' }).click();
    await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 180_000 });
    await page.waitForTimeout(settleMs);
    const result = await fn(page);
    if (errors.length) throw new Error(`errors on the page:\n${errors.join('\n')}`);
    return result;
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, host: Host, file: string, runs: number) {
  return withOpenCase(browser, host, file, 1500, async (page) => {
    // The bench's figure: the first sort by name of the opened case (initially sorted by mentions, descending).
    const sorts: number[] = [];
    const resorts: number[] = [];
    sorts.push(await profiled(page, 'the first sort', () => clickHeader(page, 'Name', 'ascending')));
    // Repeats: descending, then back to mentions and to name again (a cached order may answer those).
    for (let i = 0; i < runs; i++) {
      resorts.push(await clickHeader(page, 'Name', 'descending'));
      await clickHeader(page, 'Mentions', 'descending');
      await page.waitForTimeout(200);
      sorts.push(await (i === 0 ? profiled(page, 'a repeated sort', () => clickHeader(page, 'Name', 'ascending')) : clickHeader(page, 'Name', 'ascending')));
      await page.waitForTimeout(200);
    }
    const domRows = await page.locator('table[aria-label="Entities"] tbody tr').count();
    const box = page.getByRole('searchbox', { name: 'Search entities' });
    await box.click();
    // "Harbour" (the bench's word) matches no row of a synthetic case: every row is tested and none kept.
    // "Khan" matches some: the table also re-renders other rows.
    type Searched = { ms: number; commit: number; rows: number; first?: string; dom: number };
    const filters: Searched[] = [];
    const matching: Searched[] = [];
    for (let i = 0; i <= runs; i++) {
      filters.push(await (i === 0 ? profiled(page, 'the first search', () => search(page, 'Harbour')) : search(page, 'Harbour')));
      await box.fill('');
      await page.waitForTimeout(600);
      matching.push(await (i === 0 ? profiled(page, 'a search that keeps rows', () => search(page, 'Khan')) : search(page, 'Khan')));
      await box.fill('');
      await page.waitForTimeout(600);
    }
    // Typing as a person does: the longest main-thread task meanwhile (target ≤ 200 ms).
    const since = await page.evaluate(() => performance.now());
    await box.pressSequentially('north', { delay: 60 });
    await page.waitForTimeout(500);
    await box.fill('');
    await page.waitForTimeout(500);
    const typing = await page.evaluate((since) => Math.max(0, ...(window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= since).map((t) => t.duration)), since);
    const shown = await page.locator('.table-section[aria-label="Entities section"] .count').textContent();
    return { sortFirst: sorts[0]!, sortMedian: median(sorts.slice(1)), descMedian: median(resorts), filterFirst: filters[0]!.ms, filterMedian: median(filters.slice(1).map((f) => f.ms)), filterRows: filters[0]!.rows, filterCommit: median(filters.map((f) => f.commit)), khanCommit: median(matching.map((f) => f.commit)), dom: filters[0]!.dom, khan: median(matching.map((f) => f.ms)), khanFirst: matching[0]!.first, typing, domRows, shown };
  });
}

/**
 * The probes' driver: the synthetic case of `--size` (default L) in a workspace of its own per build, served
 * by `--base DIR` (if given) and then `--at DIR` or this checkout, one after the other in the same browser.
 */
export async function eachBuild(prefix: string, report: (run: { browser: Browser; host: Host; file: string; size: 'M' | 'L'; runs: number; label: string }) => Promise<void>): Promise<void> {
  const size = (arg('--size') ?? 'L') as 'M' | 'L';
  const runs = Number(arg('--runs') ?? 4);
  const base = arg('--base');
  const file = `bench-${size}.json`;
  const json = createCaseSerializer()({ ...generateCase(SIZES[size]), title: `Bench ${size}` });
  // Each build gets its own workspace: opening a case changes the workspace's state.
  const homes: string[] = [];
  const newHome = () => {
    const home = mkdtempSync(join(tmpdir(), prefix));
    writeFileSync(join(home, file), json);
    homes.push(home);
    return home;
  };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  const builds: [string, () => Promise<Host>][] = [];
  if (base) builds.push([`base (${base})`, () => startHostAt(base, newHome())]);
  const at = arg('--at');
  builds.push(at ? [at, () => startHostAt(at, newHome())] : ['this checkout', () => startHost(newHome())]);
  try {
    for (const [label, start] of builds) {
      const host = await start();
      try {
        await report({ browser, host, file, size, runs, label });
      } finally {
        await host.stop();
      }
    }
  } finally {
    await browser.close();
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  }
}

async function main() {
  await eachBuild('table-probe-', async ({ browser, host, file, size, runs, label }) => {
    const r = await measure(browser, host, file, runs);
    console.log(`\n${size}, ${label}:`);
    console.log(`  sort by name, first            ${r.sortFirst.toFixed(0)} ms`);
    console.log(`  sort by name, median of ${runs}     ${r.sortMedian.toFixed(0)} ms   (name descending: ${r.descMedian.toFixed(0)} ms)`);
    console.log(`  filter "Harbour", first        ${r.filterFirst.toFixed(0)} ms   (${r.filterRows} rows in the DOM after, count "${r.shown}" after clearing)`);
    console.log(`  filter "Harbour", median of ${runs} ${r.filterMedian.toFixed(0)} ms`);
    console.log(`  filter "Khan", median of ${runs + 1}   ${r.khan.toFixed(0)} ms   (first row ${r.khanFirst})`);
    console.log(`  search → rows committed (mutation observer), median: "Harbour" ${r.filterCommit.toFixed(0)} ms, "Khan" ${r.khanCommit.toFixed(0)} ms; elements in the page ${r.dom}`);
    console.log(`  longest task typing "north"    ${r.typing.toFixed(0)} ms`);
    console.log(`  rows in the DOM                ${r.domRows}`);
  });
}
// Run only as a script: edit.probe.ts imports the host and profiler helpers above.
if (require.main === module)
  void main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
