/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Graph, table, responsiveness and memory figures, measured in Chromium on the real UI (`caseboard serve`).
// The graph's floor is a bare cytoscape built in the same page from the same elements, positions, style and
// viewport; the app's figure runs from the moment the renderer has the case (mark `caseboard:case-loaded`)
// to the first frame painted with the whole graph drawn (mark `caseboard:graph-first-frame`; a big case is built
// in slices since ADR 6 "Open, select, layout": the mark follows the render after the last slice, not the first).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import type { Row } from './util';

type Size = 'M' | 'L';
type Host = { url: string; home: string; stop: () => Promise<void> };
type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[]; startHost: () => Promise<Host> };
// The e2e fixtures (host on a temp workspace, Chromium path and flags) belong to the e2e TypeScript project: load them at run time.
const { CHROMIUM, CHROMIUM_ARGS, startHost } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;
type Area = { x1: number; x2: number; y1: number; y2: number };
const { backgroundPoint } = require(join(__dirname, '..', 'e2e', 'support', 'graph.ts')) as { backgroundPoint: (page: Page, area: Area) => Promise<{ x: number; y: number } | null> };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Long tasks (> 50 ms on the main thread) from the first script on, so every phase can read its own. */
const OBSERVE_LONG_TASKS = () => {
  const w = window as unknown as { __long: { start: number; duration: number }[] };
  w.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask' as never, buffered: true });
};
const longestSince = (page: Page, since: number) =>
  page.evaluate((since) => Math.max(0, ...(window as unknown as { __long: { start: number; duration: number }[] }).__long.filter((t) => t.start >= since).map((t) => t.duration)), since);
const now = (page: Page) => page.evaluate(() => performance.now());

async function openCase(page: Page, file: string): Promise<{ firstFrame: number; started: number }> {
  // A fresh workspace starts on the case list; a page with a case open goes back to it first.
  if (await page.getByRole('button', { name: 'All cases' }).isVisible()) await page.getByRole('button', { name: 'All cases' }).click();
  const row = page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: file });
  await row.click();
  await page.evaluate(() => performance.clearMarks());
  const started = await now(page);
  await page.getByRole('button', { name: 'Open case' }).click();
  await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 120_000 });
  const firstFrame = await page.evaluate(() => performance.getEntriesByName('caseboard:graph-first-frame')[0]!.startTime - performance.getEntriesByName('caseboard:case-loaded')[0]!.startTime);
  return { firstFrame, started };
}

/** A bare cytoscape in the same page: same elements, positions, style, viewport size and view; default renderer options. */
async function bareFirstFrame(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const app = (document.querySelector('.graph-canvas') as unknown as { _cyreg: { cy: any } })._cyreg.cy;
    const Core = app.constructor;
    const elements = app.elements().jsons();
    const style = app.style().json();
    const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const div = document.createElement('div');
      div.style.cssText = `position:fixed;left:0;top:0;width:${box.width}px;height:${box.height}px;z-index:-1`;
      document.body.appendChild(div);
      const t0 = performance.now();
      // `preset` keeps the elements' positions and `fit: false` the app's view: without a layout option cytoscape
      // would lay the nodes out on a grid and fit all of them, a different (and for L cheaper) picture.
      const cy = new Core({ container: div, elements, style, layout: { name: 'preset', fit: false }, zoom: app.zoom(), pan: app.pan() });
      await new Promise<void>((r) => cy.one('render', () => requestAnimationFrame(() => r())));
      times.push(performance.now() - t0);
      cy.destroy();
      div.remove();
      await new Promise((r) => setTimeout(r, 300));
    }
    return times.sort((a, b) => a - b)[1]!;
  });
}

/** The default layout as the analyst runs it: Layout → fcose, until the toolbar says it is done. */
async function layoutTime(page: Page): Promise<{ ms: number; longest: number }> {
  const since = await now(page);
  // CSS locators, not getByRole: Playwright resolves a role query on the page's main thread over the whole DOM
  // (30,000 nodes with L's source list open), seconds that would count as the app's long tasks.
  await page.locator('.graph-toolbar button', { hasText: /Layout|Laying out/ }).click();
  const t0 = Date.now();
  await page.locator('[role=menuitemcheckbox], [role=menuitem]', { hasText: 'fcose' }).first().click();
  // Done when the worker has answered and the result is applied (a big graph's in slices: its progress line is gone).
  await page.waitForFunction(() => !document.querySelector('.graph-toolbar')?.textContent?.includes('Laying out') && !document.querySelector('.graph-building'), null, { timeout: 300_000, polling: 50 });
  const ms = Date.now() - t0;
  return { ms, longest: await longestSince(page, since) };
}

/** Sort by name and a search, each from the input to the next painted frame showing the new rows. */
async function tableTimes(page: Page): Promise<{ sort: number; filter: number; domRows: number }> {
  const sort = await page.evaluate(async () => {
    const header = [...document.querySelectorAll<HTMLElement>('table[aria-label="Entities"] th.sortable')].find((b) => /^name/i.test(b.textContent?.trim() ?? ''))!;
    const t0 = performance.now();
    header.click();
    // React commits the sorted rows with the header's aria-sort; the frame after shows them.
    while (!header.getAttribute('aria-sort')) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  const domRows = await page.locator('table[aria-label="Entities"] tbody tr').count();
  const search = page.getByRole('searchbox', { name: 'Search entities' });
  await search.click();
  const filter = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Search entities"]')!;
    const count = () => document.querySelectorAll('table[aria-label="Entities"] tbody tr').length;
    const first = () => document.querySelector<HTMLElement>('table[aria-label="Entities"] tbody tr')?.dataset.id;
    const before = first();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const t0 = performance.now();
    // A word that keeps some rows (200 of L's 20,000 entities), so the table also renders the rows it found.
    setter.call(input, 'Khan');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (first() === before && count() > 0) await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  await search.fill('');
  return { sort, filter, domRows };
}

/** Row clicks (select) and typing in the search: the longest main-thread task while doing them. */
async function interactions(page: Page): Promise<{ select: number; search: number }> {
  let since = await now(page);
  for (let i = 0; i < 5; i++) {
    await page.locator('table[aria-label="Entities"] tbody tr').nth(3 + i * 2).locator('td').nth(1).click();
    await page.waitForTimeout(400);
  }
  const select = await longestSince(page, since);
  since = await now(page);
  const search = page.locator('input[aria-label="Search entities"]');
  await search.click();
  await search.pressSequentially('north', { delay: 60 });
  await page.waitForTimeout(500);
  await search.fill('');
  await page.waitForTimeout(500);
  return { select, search: await longestSince(page, since) };
}

/**
 * Panning (drag on the background) and zooming (wheel) as a person does, about 1.5 s of each: the frames the
 * page painted meanwhile (from requestAnimationFrame), the longest gap between two of them, and the longest
 * main-thread task from the first input to 1.5 s after the last (the settled view is redrawn in full then).
 */
export async function panZoom(page: Page): Promise<{ fps: number; worstFrame: number; longest: number }> {
  // A drag that starts on the background pans (on a node it would move the node).
  const start = (await backgroundPoint(page, { x1: 0.3, x2: 0.7, y1: 0.3, y2: 0.7 })) ?? { x: 640, y: 400 };
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__frames = [];
    w.__framing = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const since = await now(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(start.x + i * 6, start.y + i * 3);
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i < 15 ? 120 : -120);
    await page.waitForTimeout(50);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framing: boolean };
    w.__framing = false;
    return w.__frames;
  });
  await page.waitForTimeout(1500);
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const span = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : 1;
  return { fps: ((frames.length - 1) * 1000) / span, worstFrame: Math.max(0, ...gaps), longest: await longestSince(page, since) };
}

export async function measureBrowser(sizes: Size[] = ['M', 'L']): Promise<Row[]> {
  const host = await startHost();
  const rows: Row[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  try {
    const serialize = createCaseSerializer();
    for (const size of sizes) writeFileSync(join(host.home, `bench-${size}.json`), serialize({ ...generateCase(SIZES[size]), title: `Bench ${size}` }));
    for (const size of sizes) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      // tsx compiles with keepNames: functions sent to the page call its `__name` helper, which the page lacks.
      await context.addInitScript('globalThis.__name = (f) => f;');
      await context.addInitScript(OBSERVE_LONG_TASKS);
      const page = await context.newPage();
      await page.goto(host.url);
      await page.getByRole('button', { name: 'All cases' }).or(page.getByRole('table', { name: 'Cases' })).first().waitFor();
      const { firstFrame, started } = await openCase(page, `bench-${size}.json`);
      await page.waitForTimeout(1500);
      const openLongest = await longestSince(page, started);
      const bare = await bareFirstFrame(page);
      const table = await tableTimes(page);
      const ux = await interactions(page);
      const moving = await panZoom(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
      const layout = await layoutTime(page);
      rows.push(
        { figure: `${size} open → first graph frame`, value: firstFrame, floor: bare, unit: 'ms', target: size === 'L' ? 1.3 : undefined },
        { figure: `${size} fcose layout (UI, to done)`, value: layout.ms, unit: 'ms' },
        { figure: `${size} longest UI block during layout`, value: layout.longest, unit: 'ms', target: 200 },
        { figure: `${size} sort 20k-row table by name`.replace('20k', size === 'L' ? '20k' : '2k'), value: table.sort, unit: 'ms', target: 100 },
        { figure: `${size} filter table (search)`, value: table.filter, unit: 'ms', target: 100 },
        { figure: `${size} table rows in the DOM`, value: table.domRows, unit: 'rows' },
        { figure: `${size} longest UI block: open`, value: openLongest, unit: 'ms', target: 200 },
        { figure: `${size} longest UI block: select`, value: ux.select, unit: 'ms', target: 200 },
        { figure: `${size} longest UI block: search`, value: ux.search, unit: 'ms', target: 200 },
        { figure: `${size} pan and zoom: frames painted`, value: moving.fps, unit: 'per s' },
        { figure: `${size} pan and zoom: longest gap between frames`, value: moving.worstFrame, unit: 'ms' },
        { figure: `${size} longest UI block: pan and zoom (and redraw after)`, value: moving.longest, unit: 'ms', target: 200 },
        { figure: `${size} JS heap, case open`, value: heap, unit: 'MiB', target: size === 'L' ? 1024 : undefined },
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  return rows;
}

// `npx tsx tests/bench/browser.ts [M|L]`: one size only when named.
const only = process.argv.slice(2).filter((a): a is Size => a === 'M' || a === 'L');
if (process.argv[1]?.endsWith('browser.ts')) void measureBrowser(only.length ? only : undefined).then((rows) => rows.forEach((r) => console.log(r.figure, r.value.toFixed(1), r.floor?.toFixed(1) ?? '')));
