/// <reference lib="dom" />
// Profiles the renderer (CDP Profiler) while opening a synthetic case, sorting, filtering, selecting and laying out:
// `npx tsx tests/bench/profile.ts M|L` prints the top functions by self time for each phase.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';

type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[]; startHost: () => Promise<{ url: string; home: string; stop: () => Promise<void> }> };
const { CHROMIUM, CHROMIUM_ARGS, startHost } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount: number; children?: number[] };
async function top(cdp: CDPSession, label: string, run: () => Promise<void>) {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; startTime: number; endTime: number; samples: number[] } };
  // PROFILE_OUT=dir keeps each phase's raw profile (open it in DevTools, or read it with a script).
  if (process.env.PROFILE_OUT) writeFileSync(join(process.env.PROFILE_OUT, `${label}.cpuprofile`), JSON.stringify(profile));
  const total = profile.samples.length;
  const self = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + n.hitCount);
  }
  const ms = (profile.endTime - profile.startTime) / 1000;
  console.log(`\n== ${label}: ${Date.now() - t0} ms wall, ${ms.toFixed(0)} ms profiled`);
  [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(`${((v / total) * ms).toFixed(0).padStart(7)} ms  ${k}`));
}

async function main() {
  const size = (process.argv[2] ?? 'M') as 'M' | 'L';
  const host = await startHost();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    writeFileSync(join(host.home, `bench-${size}.json`), createCaseSerializer()({ ...generateCase(SIZES[size]), title: `Bench ${size}` }));
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: `bench-${size}.json` }).click();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await top(cdp, 'open', async () => {
      await page.getByRole('button', { name: 'Open case' }).click();
      await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 180_000 });
      await page.waitForTimeout(1500);
    });
    console.log('first frame', await page.evaluate(() => performance.getEntriesByName('caseboard:graph-first-frame')[0]!.startTime - performance.getEntriesByName('caseboard:case-loaded')[0]!.startTime));
    await top(cdp, 'sort', async () => {
      await page.locator('table[aria-label="Entities"] th.sortable').filter({ hasText: /^Name/ }).click();
      await page.waitForTimeout(500);
    });
    await top(cdp, 'filter', async () => {
      await page.getByRole('searchbox', { name: 'Search entities' }).fill('Harbour');
      await page.waitForTimeout(800);
      await page.getByRole('searchbox', { name: 'Search entities' }).fill('');
      await page.waitForTimeout(800);
    });
    await top(cdp, 'select', async () => {
      for (let i = 0; i < 3; i++) {
        await page.locator('table[aria-label="Entities"] tbody tr').nth(3 + i * 2).locator('td').nth(1).click();
        await page.waitForTimeout(400);
      }
    });
    await top(cdp, 'layout', async () => {
      await page.getByRole('button', { name: /Layout|Laying out/ }).click();
      await page.getByRole('menuitemcheckbox', { name: /fcose/ }).or(page.getByRole('menuitem', { name: /fcose/ })).first().click();
      await page.waitForFunction(() => !document.querySelector('.graph-toolbar')?.textContent?.includes('Laying out') && !document.querySelector('.graph-building'), null, { timeout: 300_000, polling: 100 });
      await page.waitForTimeout(1500);
    });
  } finally {
    await browser.close();
    await host.stop();
  }
}
void main();
