import { join } from 'node:path';
import { expect, ROOT, test } from './fixtures';
import { entitiesTable } from './support/workbench';

type Generated = { title: string; entities: unknown[]; relations: unknown[] };
type Generator = { generateCase: (size: unknown, seed?: number) => Generated; SIZES: Record<'M' | 'L', unknown> };

// The synthetic case generator lives in shared/ (outside this test project's TypeScript files): load it at run time.
const loadGenerator = async () => require(join(ROOT, 'shared', 'synthetic', 'generate.ts')) as Generator;

/**
 * A case of 2,000 entities and 5,000 links stays responsive: a row click highlights its node within 200 ms
 * (to the next painted frame), and typing in the table search never blocks the page for long.
 */
test('a 2,000-entity, 5,000-link case stays responsive', async ({ page }) => {
  test.setTimeout(120_000);
  const { generateCase, SIZES } = await loadGenerator();
  const big = generateCase(SIZES.M, 7);
  big.title = 'Scale check';
  expect(big.entities.length).toBe(2000);
  expect(big.relations.length).toBe(5000);

  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await page.getByRole('button', { name: 'All cases' }).click();
  await page.evaluate(() => performance.clearMarks('caseboard:graph-first-frame'));
  await page.locator('input[aria-label="Case file to import"]').setInputFiles({ name: 'scale.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(page.getByRole('button', { name: /Case: Scale check/ })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => (document.querySelector('.graph-canvas') as any)?._cyreg?.cy.nodes().length ?? 0), { timeout: 30_000 }).toBe(2000);

  // Only the rows in view are in the DOM.
  const rendered = await entitiesTable(page).locator('tbody tr').count();
  expect(rendered).toBeLessThan(80);

  // A graph of this size is built in slices and then drawn whole; clicks are timed once it is drawn (the app's
  // performance mark), as an analyst would start working on it.
  await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 60_000 });
  const timings: number[] = [];
  for (let i = 0; i < 8; i++) {
    // Let the previous selection's lower-priority work (text pane, inspector) finish, as between two clicks by hand.
    await page.waitForTimeout(400);
    const ms = await page.evaluate(async (i) => {
      const rows = [...document.querySelectorAll<HTMLElement>('table[aria-label="Entities"] tbody tr')];
      const row = rows[3 + i * 2]!;
      const id = row.dataset.id!;
      // A graph this big shows its selection on an overlay canvas (selectionOverlay.ts), which lists what it drew.
      const drawn = () => (document.querySelector<HTMLElement>('.graph-overlay')?.dataset.shown ?? '').split(' ').includes(id);
      const t0 = performance.now();
      row.querySelector<HTMLElement>('td:nth-child(2)')!.click();
      while (!drawn()) await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - t0;
    }, i);
    timings.push(ms);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`row click → node highlighted, to the next painted frame (ms): ${timings.map((t) => t.toFixed(0)).join(', ')}; median ${median.toFixed(0)}`);
  // The median is the figure the issue asks for; the maximum only guards against a freeze, since other
  // processes on a shared two-core machine can stretch any single frame.
  expect(median).toBeLessThan(200);
  expect(sorted[sorted.length - 1]).toBeLessThan(600);

  await page.evaluate(() => {
    (window as any).__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (window as any).__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  const search = page.getByRole('searchbox', { name: 'Search entities' });
  await search.click();
  await search.pressSequentially('north', { delay: 60 });
  await expect(entitiesTable(page).locator('tbody tr').first()).toBeVisible();
  await search.press('Control+a');
  await search.press('Backspace');
  await search.pressSequentially('mar', { delay: 60 });
  const longTasks: number[] = await page.evaluate(() => (window as any).__longTasks);
  console.log(`long tasks while typing (ms): ${longTasks.map((t) => t.toFixed(0)).join(', ') || 'none'}`);
  expect(Math.max(0, ...longTasks)).toBeLessThan(200);
});
