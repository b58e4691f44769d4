import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';

type Generated = { title: string; entities: unknown[]; relations: unknown[] };
type Generator = { generateCase: (size: unknown, seed?: number) => Generated; SIZES: Record<'M' | 'L', unknown> };
const loadGenerator = async () => require(join(ROOT, 'shared', 'synthetic', 'generate.ts')) as Generator;

type Placed = Record<string, { x: number; y: number }>;
/** Every node's position, read from cytoscape. */
const positions = (page: Page) =>
  page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as unknown as { _cyreg: { cy: { nodes: () => { id: () => string; position: () => { x: number; y: number } }[] } } })._cyreg.cy;
    const out: Record<string, { x: number; y: number }> = {};
    for (const n of cy.nodes()) out[n.id()] = { ...n.position() };
    return out;
  });

async function openBig(page: Page) {
  const { generateCase, SIZES } = await loadGenerator();
  const big = generateCase(SIZES.M, 11);
  big.title = 'Layout check';
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await page.getByRole('button', { name: 'All cases' }).click();
  await page.evaluate(() => performance.clearMarks('caseboard:graph-first-frame'));
  await page.locator('input[aria-label="Case file to import"]').setInputFiles({ name: 'layout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(page.getByRole('button', { name: /Case: Layout check/ })).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 60_000 });
}

const startLayout = async (page: Page, label: RegExp) => {
  await page.locator('.graph-toolbar button', { hasText: /Layout|Laying out/ }).click();
  await page.getByRole('menuitemcheckbox', { name: label }).or(page.getByRole('menuitem', { name: label })).first().click();
};

/**
 * A graph of 2,000 nodes is laid out in the worker (positions and links cross as typed arrays) and its result is
 * placed in slices: every node ends where the worker put it, rounded as the case stores positions, and Cancel
 * while the worker runs leaves every node where it was.
 */
test('a 2,000-node layout runs in the worker, places every node, and can be cancelled', async ({ page }) => {
  test.setTimeout(180_000);
  await openBig(page);
  const before = await positions(page);
  const ids = Object.keys(before);
  expect(ids.length).toBe(2000);

  // Cancelled while the worker runs: nothing moves.
  await startLayout(page, /fcose/);
  const progress = page.locator('.layout-progress');
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toBeHidden();
  await expect(page.locator('.graph-toolbar button', { hasText: 'Laying out' })).toHaveCount(0);
  expect(await positions(page)).toEqual(before);

  // Run to the end: the grid layout puts nodes on a lattice, so its result is easy to check.
  await startLayout(page, /Grid/);
  await page.waitForFunction(() => !document.querySelector('.graph-toolbar')?.textContent?.includes('Laying out') && !document.querySelector('.graph-building'), null, { timeout: 120_000, polling: 200 });
  const after: Placed = await positions(page);
  expect(Object.keys(after).sort()).toEqual([...ids].sort());
  const moved = ids.filter((id) => after[id]!.x !== before[id]!.x || after[id]!.y !== before[id]!.y);
  expect(moved.length).toBeGreaterThan(1900);
  // Rounded to hundredths, as saved.
  for (const id of ids) for (const v of [after[id]!.x, after[id]!.y]) expect(Math.round(v * 100) / 100).toBe(v);
  // A lattice: few distinct columns and rows, and no two nodes on the same spot.
  const xs = new Set(ids.map((id) => after[id]!.x));
  const ys = new Set(ids.map((id) => after[id]!.y));
  expect(xs.size).toBeLessThan(200);
  expect(ys.size).toBeLessThan(200);
  expect(new Set(ids.map((id) => `${after[id]!.x},${after[id]!.y}`)).size).toBe(2000);
});
