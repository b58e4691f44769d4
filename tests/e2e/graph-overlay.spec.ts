import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';
import { backgroundPoint } from './support/graph';
import { entitiesTable } from './support/workbench';

type Generated = { title: string; entities: { id: string; name: string }[]; relations: unknown[] };
type Generator = { generateCase: (size: unknown, seed?: number) => Generated; SIZES: Record<'M' | 'L', unknown> };
const loadGenerator = async () => require(join(ROOT, 'shared', 'synthetic', 'generate.ts')) as Generator;
const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** Imports a generated case of 2,000 entities and 5,000 links and waits until its whole graph is drawn. */
async function openBigCase(page: Page, title: string): Promise<void> {
  const { generateCase, SIZES } = await loadGenerator();
  const big = generateCase(SIZES.M, 11);
  big.title = title;
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await page.getByRole('button', { name: 'All cases' }).click();
  await page.evaluate(() => performance.clearMarks('caseboard:graph-first-frame'));
  await page.locator('input[aria-label="Case file to import"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(page.getByRole('button', { name: new RegExp(`Case: ${title}`) })).toBeVisible({ timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 60_000 });
}

/**
 * A big graph (here 2,000 entities and 5,000 links) shows the selection on an overlay: nothing in cytoscape is
 * selected or restyled, the selected node, its links and neighbours are drawn with their labels, a selection
 * out of view gets a button that brings it into view, and a click on a node in the graph selects it everywhere.
 */
test('a big graph shows its selection on an overlay', async ({ page }) => {
  test.setTimeout(120_000);
  await openBigCase(page, 'Overlay check');

  const shown = () => page.evaluate(() => (document.querySelector<HTMLElement>('.graph-overlay')?.dataset.shown ?? '').split(' ').filter(Boolean));
  const cySelected = () => page.evaluate(() => (document.querySelector('.graph-canvas') as any)._cyreg.cy.$(':selected').length as number);

  // Zoom into one corner of the graph, so that most nodes are out of view.
  await page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
    const first = cy.nodes()[0];
    cy.zoom({ level: 1.5, position: first.position() });
    cy.center(first);
  });

  // A row whose node is out of view: the overlay has it, cytoscape selected nothing, the view did not move.
  const outOfView = await page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
    const ext = cy.extent();
    const rows = [...document.querySelectorAll<HTMLElement>('table[aria-label="Entities"] tbody tr')];
    const row = rows.find((r) => {
      const p = cy.getElementById(r.dataset.id).position();
      return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
    });
    return row ? { id: row.dataset.id!, index: rows.indexOf(row) } : null;
  });
  expect(outOfView, 'some table row is out of the zoomed view').not.toBeNull();
  const panBefore = await page.evaluate(() => (document.querySelector('.graph-canvas') as any)._cyreg.cy.pan());
  await entitiesTable(page).locator('tbody tr').nth(outOfView!.index).locator('td').nth(1).click();
  await expect.poll(shown).toEqual([outOfView!.id]);
  expect(await cySelected()).toBe(0);
  expect(await page.evaluate(() => (document.querySelector('.graph-canvas') as any)._cyreg.cy.pan())).toEqual(panBefore);

  // The button brings it into view.
  const name = await page.evaluate((id) => (document.querySelector('.graph-canvas') as any)._cyreg.cy.getElementById(id).data('label') as string, outOfView!.id);
  const show = page.getByRole('button', { name: `Show “${name}” in the graph` });
  await expect(show).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'graph-overlay-offscreen.png'), clip: (await page.locator('.graph-body').boundingBox())! });
  await show.click();
  await expect(show).toBeHidden();
  const inView = await page.evaluate((id) => {
    const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
    const p = cy.getElementById(id).position();
    const ext = cy.extent();
    return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
  }, outOfView!.id);
  expect(inView).toBe(true);

  // A click on another node in the graph selects it everywhere (inspector), still without selecting in cytoscape.
  const target = await page.evaluate((id) => {
    const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
    const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
    const n = cy.getElementById(id).neighborhood().nodes().filter((x: any) => {
      const p = x.renderedPosition();
      return p.x > 40 && p.y > 40 && p.x < box.width - 40 && p.y < box.height - 80;
    })[0];
    if (!n) return null;
    const p = n.renderedPosition();
    return { id: n.id() as string, label: n.data('label') as string, x: box.left + p.x, y: box.top + p.y };
  }, outOfView!.id);
  await page.screenshot({ path: join(ARTIFACTS, 'graph-overlay-selection.png') });
  if (target) {
    await page.mouse.click(target.x, target.y);
    await expect.poll(shown).toEqual([target.id]);
    await expect(page.locator(`.inspector[aria-label="Entity ${target.label}"]`)).toBeVisible();
    expect(await cySelected()).toBe(0);
  }

  // A click on the background (zoomed out, beside the graph) clears the selection, and the overlay with it.
  await page.evaluate(() => {
    const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
    cy.zoom({ level: 0.06, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    cy.center();
  });
  const background = await backgroundPoint(page, { x1: 0.05, x2: 0.95, y1: 0.1, y2: 0.7 });
  expect(background, 'a point of the graph without a node or link under it').not.toBeNull();
  await page.mouse.click(background!.x, background!.y);
  await expect.poll(shown).toEqual([]);
});

/**
 * Zoomed in on a big graph, cytoscape's node layer is handed only the elements that can be in view
 * (viewCulling.ts), and nothing it would paint in view is left out: every node whose box meets the view, every
 * link whose drawn segment (cytoscape's own end points for it) crosses the view. Elements drawn as an overview
 * (overview.ts: links whose label cannot show, at this zoom or this far from the view) count as handed.
 */
test('a big graph zoomed in draws only what is in view, and leaves out nothing in view', async ({ page }) => {
  test.setTimeout(120_000);
  await openBigCase(page, 'Culling check');
  const check = () =>
    page.evaluate(async () => {
      const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
      const r = cy.renderer();
      let handed: unknown[] = [];
      // The culling wrapper hands its list to drawCachedElements; record the list of one frame.
      const own = r.drawCachedElements;
      r.drawCachedElements = function (c: unknown, eles: unknown[], ...rest: unknown[]) {
        if (eles.length > handed.length) handed = eles;
        return own.call(this, c, eles, ...rest);
      };
      r.redrawHint('eles', true);
      await new Promise<void>((done) => {
        cy.one('render', () => done());
        r.redraw();
      });
      r.drawCachedElements = own;
      const overview: unknown[] = r.overviewDrawn ?? [];
      const kept = new Set([...handed, ...overview]);
      const ext = cy.extent();
      const inside = (x: number, y: number) => x >= ext.x1 && x <= ext.x2 && y >= ext.y1 && y <= ext.y2;
      // Liang–Barsky, written again here so the test does not trust the module's own.
      const crosses = ([ax, ay, bx, by]: [number, number, number, number]) => {
        let t0 = 0, t1 = 1;
        for (const [p, q] of [[ax - bx, ax - ext.x1], [bx - ax, ext.x2 - ax], [ay - by, ay - ext.y1], [by - ay, ext.y2 - ay]] as [number, number][]) {
          if (p === 0) { if (q < 0) return false; continue; }
          const t = q / p;
          if (p < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
          if (t0 > t1) return false;
        }
        return true;
      };
      const missing: string[] = [];
      cy.elements(':visible').forEach((e: any) => {
        if (kept.has(e)) return;
        const bb = e.boundingBox();
        if (bb.x2 < ext.x1 || bb.x1 > ext.x2 || bb.y2 < ext.y1 || bb.y1 > ext.y2) return;
        if (e.isNode()) return missing.push(e.id());
        const pts = e._private.rscratch.haystackPts ?? [e.source().position('x'), e.source().position('y'), e.target().position('x'), e.target().position('y')];
        const mid = e.midpoint();
        if (crosses(pts) || inside(mid.x, mid.y)) missing.push(e.id());
      });
      return { handed: handed.length + overview.length, total: cy.elements().length as number, missing };
    });

  // Zoomed in on the middle of the graph, then on a corner (links from far away cross it).
  for (const [level, at] of [[1, 0.5], [0.6, 0]] as const) {
    await page.evaluate(
      ({ level, at }) => {
        const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
        cy.zoom(level);
        cy.center(cy.nodes()[Math.floor((cy.nodes().length - 1) * at)]);
      },
      { level, at },
    );
    const { handed, total, missing } = await check();
    expect(handed, `elements handed to the node layer at zoom ${level}`).toBeGreaterThan(0);
    expect(handed).toBeLessThan(total / 3);
    expect(missing, 'elements cytoscape would paint in view but was not handed').toEqual([]);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'graph-culled-zoomed-in.png'), clip: (await page.locator('.graph-body').boundingBox())! });
});

/**
 * Zoomed out on a big graph, the frame is drawn as an overview (overview.ts: batched shapes and links, the links
 * completed over a few frames) and looks like cytoscape's own frame of the same view: the node layer's pixels,
 * compared with those cytoscape paints when its own methods draw the frame: the nodes' colour, summed over 4-pixel
 * blocks, differs by less than half what cytoscape's frame differs from itself moved by 8 px, and the ink
 * (mostly links) is within a quarter.
 */
test('a big graph zoomed out is drawn as an overview that matches cytoscape’s own frame', async ({ page }) => {
  test.setTimeout(120_000);
  await openBigCase(page, 'Overview check');
  await page.evaluate(() => (document.querySelector('.graph-canvas') as any)._cyreg.cy.fit(undefined, 20));
  await expect(page.locator('.graph-canvas')).toHaveAttribute('data-overview', 'complete');
  const compare = await page.evaluate(async () => {
    const cy = (document.querySelector('.graph-canvas') as any)._cyreg.cy;
    const r = cy.renderer();
    const frame = async () => {
      r.redrawHint('eles', true);
      await new Promise<void>((done) => {
        cy.one('render', () => done());
        r.redraw();
      });
      const ctx = r.data.contexts[r.NODE] as CanvasRenderingContext2D;
      const { width, height } = ctx.canvas;
      const px = ctx.getImageData(0, 0, width, height).data;
      const B = 4;
      const bw = Math.floor(width / B);
      const bh = Math.floor(height / B);
      // Per block: colour (saturation, so only nodes: links are grey) and ink (opacity, mostly links).
      const blocks = new Float64Array(bw * bh);
      let ink = 0;
      for (let y = 0; y < bh * B; y++)
        for (let x = 0; x < bw * B; x++) {
          const i = (y * width + x) * 4;
          const a = px[i + 3]! / 255;
          const b = Math.floor(y / B) * bw + Math.floor(x / B);
          blocks[b] = blocks[b]! + (Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!)) * a;
          ink += a;
        }
      return { blocks, bw, bh, ink };
    };
    // Absolute difference of two pictures' blocks, relative to the first's sum.
    const diff = (a: Float64Array, b: Float64Array) => {
      let d = 0, ink = 0;
      for (let i = 0; i < a.length; i++) { d += Math.abs(a[i]! - b[i]!); ink += a[i]!; }
      return d / ink;
    };
    const overview = await frame();
    const drawnAsOverview = (r.overviewDrawn ?? []).length as number;
    // cytoscape's own methods (its prototype's), for one frame.
    const saved: Record<string, unknown> = {};
    for (const k of ['drawLayeredElements', 'drawCachedNodes']) { saved[k] = r[k]; delete r[k]; }
    const own = await frame();
    Object.assign(r, saved);
    const moved = new Float64Array(own.blocks.length);
    for (let y = 0; y < own.bh; y++) for (let x = 2; x < own.bw; x++) moved[y * own.bw + x] = own.blocks[y * own.bw + x - 2]!;
    return { drawnAsOverview, total: cy.elements().length as number, same: diff(own.blocks, overview.blocks), moved: diff(own.blocks, moved), ink: overview.ink / own.ink };
  });
  expect(compare.drawnAsOverview, 'elements drawn as an overview').toBeGreaterThan(compare.total / 2);
  console.log(
    `cytoscape's frame vs the overview: nodes' colour differs by ${compare.same.toFixed(3)} of its own (by ${compare.moved.toFixed(3)} from itself moved by 8 px); ink ${compare.ink.toFixed(2)}×`,
  );
  expect(compare.same, 'nodes’ colour: difference between the overview and cytoscape’s own frame').toBeLessThan(compare.moved / 2);
  // Links: as much ink (opacity) within a quarter (overlapping links in one batched path do not add up as they do
  // when each is stroked on its own).
  expect(compare.ink).toBeGreaterThan(0.75);
  expect(compare.ink).toBeLessThan(1.25);
  await page.screenshot({ path: join(ARTIFACTS, 'graph-overview.png'), clip: (await page.locator('.graph-body').boundingBox())! });
});
