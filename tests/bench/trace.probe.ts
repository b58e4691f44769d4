// The longest main-thread tasks of one action on a big case, from a Chromium trace (devtools.timeline), with
// what ran in each (timers, animation frames, event handlers and the functions they called):
// `npx tsx tests/bench/trace.probe.ts [--size M|L] [--action layout|open|select|panzoom]`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { panZoom } from './browser';
import { LONG_TASKS, startHostAt } from './table.probe';

type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[] };
const { CHROMIUM, CHROMIUM_ARGS } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number; type?: string } } };

async function main() {
  const size = arg('--size', 'L') as 'M' | 'L';
  const action = arg('--action', 'layout');
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
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: `bench-${size}.json` }).click();
    const open = () => page.getByRole('button', { name: 'Open case' }).click().then(() => page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 180_000 }));
    if (action !== 'open') await open();
    await page.waitForTimeout(1500);
    await browser.startTracing(page, { path: out, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
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
  } finally {
    await browser.close();
    await host.stop();
  }
  const events = (JSON.parse(readFileSync(out, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread: the renderer main thread (not a worker) with the most function-call time.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === 'FunctionCall' && e.dur && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const key = [...busy].sort((a, b) => b[1] - a[1])[0]![0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!).slice(0, 5);
  for (const t of tasks) {
    console.log(`\ntask of ${(t.dur! / 1000).toFixed(0)} ms`);
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! > 20_000 && !/GC|V8\./.test(e.name));
    for (const e of inside.sort((a, b) => a.ts - b.ts).slice(0, 25)) {
      const d = e.args?.data;
      const where = d?.functionName || d?.url ? ` ${d?.functionName ?? ''} ${(d?.url ?? '').split('/').pop()}:${d?.lineNumber ?? ''}` : d?.type ? ` ${d.type}` : '';
      console.log(`  +${((e.ts - t.ts) / 1000).toFixed(0).padStart(5)} ms ${(e.dur! / 1000).toFixed(0).padStart(6)} ms  ${e.name}${where}`);
    }
  }
}
void main();
