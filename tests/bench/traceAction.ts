// One action on a generated case in the real UI with a Chromium trace recorded around it, and the page's main
// thread picked out of the trace: what trace.probe.ts and taskprofile.probe.ts share.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { panZoom } from './browser';
import { LONG_TASKS, startHostAt } from './table.probe';

type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[] };
const { CHROMIUM, CHROMIUM_ARGS } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;

export type CallFrame = { functionName: string; url?: string; lineNumber?: number };
export type ProfileNode = { id: number; callFrame: CallFrame; parent?: number };
export type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  id?: string;
  args?: {
    name?: string;
    data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[]; type?: string; functionName?: string; url?: string; lineNumber?: number };
  };
};

/** The actions the probes trace: opening the case, an fcose layout, browser.ts's pan and zoom, three row clicks. */
export type Action = 'open' | 'layout' | 'panzoom' | 'select';

/** A command-line option's value (`--name value`), or the fallback. */
export const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

type Options = {
  size: 'M' | 'L';
  action: Action;
  /** Trace categories to record. */
  categories: string[];
  /** Called with the page before it loads the app (listeners). */
  setUp?: (page: Page) => void;
  /** Called with the opened page just before tracing starts (the case is open unless the action is the open). */
  beforeTrace?: (page: Page) => Promise<void>;
};

/** Generates the case, serves the UI, runs the action with the trace on, and returns the trace's events. */
export async function traceAction({ size, action, categories, setUp, beforeTrace }: Options): Promise<TraceEvent[]> {
  const home = join(tmpdir(), `caseboard-trace-${Date.now()}`);
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, `bench-${size}.json`), createCaseSerializer()({ ...generateCase(SIZES[size]), title: `Bench ${size}` }));
  const host = await startHostAt(resolve(__dirname, '..', '..'), home);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const out = join(home, 'trace.json');
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx names the arrow functions browser.ts hands to the page (panZoom) with a helper the page lacks.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(LONG_TASKS);
    setUp?.(page);
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: `bench-${size}.json` }).click();
    const open = () =>
      page
        .getByRole('button', { name: 'Open case' })
        .click()
        .then(() => page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 180_000 }));
    if (action !== 'open') await open();
    await page.waitForTimeout(1500);
    await beforeTrace?.(page);
    await browser.startTracing(page, { path: out, categories });
    if (action === 'open') await open();
    if (action === 'layout') {
      await page.locator('.graph-toolbar button', { hasText: /Layout|Laying out/ }).click();
      await page.locator('[role=menuitemcheckbox], [role=menuitem]', { hasText: 'fcose' }).first().click();
      await page.waitForFunction(() => !document.querySelector('.graph-toolbar')?.textContent?.includes('Laying out') && !document.querySelector('.graph-building'), null, { timeout: 300_000, polling: 200 });
    }
    if (action === 'panzoom') console.log(await panZoom(page));
    if (action === 'select') for (let i = 0; i < 3; i++) await page.locator('table[aria-label="Entities"] tbody tr').nth(3 + i * 2).locator('td').nth(1).click();
    await page.waitForTimeout(1500);
    await browser.stopTracing();
    return (JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  } finally {
    await browser.close();
    await host.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * The page's main thread in a trace: the renderer main thread (not a worker) with the most function-call time.
 * Returns its key (`pid:tid`) and its complete events.
 */
export function mainThread(events: TraceEvent[]): { key: string; onMain: TraceEvent[] } {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const key = [...busy].sort((a, b) => b[1] - a[1])[0]![0];
  return { key, onMain: events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur) };
}
