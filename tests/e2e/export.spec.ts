import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, ROOT, test } from './fixtures';
import { exportFromMenu, hasRsvg, pngInkByQuarter, pngSize, readerFor, verdict } from './support/files';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

type CaseFile = { entities: { id: string; name: string; status: string }[]; relations: { id: string }[] };

async function saved(d: Download, dir: string): Promise<string> {
  const file = join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

async function sampleCase(page: Page) {
  const graph = page.getByRole('region', { name: 'Relationship graph' });
  await expect(graph.locator('canvas').first()).toBeVisible();
  await graph.getByRole('button', { name: 'Fit graph' }).click();
  await page.waitForTimeout(600);
  return graph;
}

const decodeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');

test.describe('export from the menu', () => {
  test('every data format, checked by the reader other tools use', async ({ page }) => {
    await sampleCase(page);
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-export-'));

    const [json] = await exportFromMenu(page, 'Case JSON');
    const c = JSON.parse(readFileSync(await saved(json!, dir), 'utf8')) as CaseFile;
    expect(c.entities.length, 'the sample case has entities').toBeGreaterThan(3);
    expect(c.relations.length).toBeGreaterThan(1);

    const checks: [label: string, format: 'cyjs' | 'graphml' | 'gexf' | 'stix', ext: RegExp][] = [
      ['Cytoscape JSON', 'cyjs', /\.cyjs$/],
      ['GraphML', 'graphml', /\.graphml$/],
      ['GEXF', 'gexf', /\.gexf$/],
      ['STIX 2.1', 'stix', /\.stix\.json$/],
    ];
    const skipped: string[] = [];
    for (const [label, format, ext] of checks) {
      const [d] = await exportFromMenu(page, label);
      expect(d!.suggestedFilename()).toMatch(ext);
      const file = await saved(d!, dir);
      const reader = readerFor(format);
      if ('skip' in reader) {
        skipped.push(`${label}: ${reader.skip}`);
        continue;
      }
      const v = reader.run(file);
      expect(v.ok, `${label} passes its reader:\n${v.output}`).toBe(true);
    }

    const csv = await exportFromMenu(page, 'CSV', 2);
    const names = csv.map((d) => d.suggestedFilename()).sort();
    expect(names[0]).toMatch(/-entities\.csv$/);
    expect(names[1]).toMatch(/-links\.csv$/);
    const entities = readFileSync(await saved(csv.find((d) => d.suggestedFilename().endsWith('-entities.csv'))!, dir), 'utf8');
    const links = readFileSync(await saved(csv.find((d) => d.suggestedFilename().endsWith('-links.csv'))!, dir), 'utf8');
    expect(entities.replace(/^\uFEFF/, '')).toMatch(/^Id,Label,/);
    expect(links.replace(/^\uFEFF/, '')).toMatch(/^Source,Target,Type,Label,/);
    expect(entities.trim().split('\r\n').length - 1).toBe(c.entities.length);
    if (skipped.length) test.info().annotations.push({ type: 'skipped readers', description: skipped.join('; ') });
  });

  test('selection only exports the selected part', async ({ page }) => {
    await sampleCase(page);
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-export-'));
    const rows = page.getByRole('table', { name: /Entities/ }).getByRole('row');
    await rows.nth(1).getByRole('cell').nth(1).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitemcheckbox', { name: /Selection only/ }).click();
    const [d] = await exportFromMenu(page, 'Case JSON');
    const part = JSON.parse(readFileSync(await saved(d!, dir), 'utf8')) as CaseFile;
    expect(part.entities.length).toBe(1);
  });

  test('PNG at 2× and SVG look like the screen', async ({ page }) => {
    await page.setViewportSize({ width: 1800, height: 1000 });
    const graph = await sampleCase(page);
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-export-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    await graph.screenshot({ path: join(ARTIFACTS, 'export-screen.png') });

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PNG image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG image' });
    await dialog.getByRole('radio', { name: 'Whole graph' }).check();
    await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
    const one = /(\d+) × (\d+)/.exec((await dialog.getByTestId('image-size').textContent())!)!;
    await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('2');
    const two = /(\d+) × (\d+)/.exec((await dialog.getByTestId('image-size').textContent())!)!;
    const [w1, h1, w2, h2] = [one[1], one[2], two[1], two[2]].map(Number) as [number, number, number, number];
    expect(Math.abs(w2 - 2 * w1)).toBeLessThanOrEqual(1);
    expect(Math.abs(h2 - 2 * h1)).toBeLessThanOrEqual(1);
    const pngDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const pngFile = await saved(await pngDownload, dir);
    const png = readFileSync(pngFile);
    expect(pngSize(png)).toEqual({ width: w2, height: h2 });
    expect(png.length, 'not a blank image').toBeGreaterThan(5_000);

    // The current view at 1× is the graph canvas as it is on screen.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PNG image', exact: true }).click();
    await dialog.getByRole('radio', { name: 'Current view' }).check();
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
    const box = (await page.locator('.graph-canvas').boundingBox())!;
    const viewDownload = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const view = pngSize(readFileSync(await saved(await viewDownload, dir)));
    expect(Math.abs(view.width - box.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(view.height - box.height)).toBeLessThanOrEqual(1);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'SVG image', exact: true }).click();
    const svgDialog = page.getByRole('dialog', { name: 'Export SVG image' });
    const svgDownload = page.waitForEvent('download');
    await svgDialog.getByRole('button', { name: 'Export', exact: true }).click();
    const svgFile = await saved(await svgDownload, dir);
    const svg = readFileSync(svgFile, 'utf8');
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const texts = decodeXml([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' '));
    const exported = await exportFromMenu(page, 'Case JSON');
    const c = JSON.parse(readFileSync(await saved(exported[0]!, dir), 'utf8')) as CaseFile;
    for (const e of c.entities) for (const word of e.name.split(/\s+/)) expect(texts, `label of ${e.name} is SVG text`).toContain(word);

    writeFileSync(join(ARTIFACTS, 'export-graph.png'), png);
    const shots: [string, string][] = [['Screen', 'export-screen.png'], ['PNG export (2×)', 'export-graph.png']];
    if (hasRsvg) {
      const v = verdict('rsvg-convert', [svgFile, '-o', join(ARTIFACTS, 'export-svg-rsvg.png')]);
      expect(v.ok, `rsvg-convert renders the SVG:\n${v.output}`).toBe(true);
      shots.push(['SVG rendered by rsvg-convert', 'export-svg-rsvg.png']);
    } else test.info().annotations.push({ type: 'skipped', description: 'rsvg-convert not installed (apt-get install librsvg2-bin)' });

    // The three side by side, for a person to compare.
    const side = await page.context().newPage();
    await side.setViewportSize({ width: 2100, height: 760 });
    await side.setContent('<!doctype html><body style="margin:0;display:flex;gap:8px;background:#888;font:14px sans-serif"></body>');
    for (const [title, name] of shots) {
      const data = readFileSync(join(ARTIFACTS, name)).toString('base64');
      await side.evaluate(
        ({ title, data }) => {
          const fig = document.createElement('figure');
          fig.style.cssText = 'margin:0;flex:1;display:flex;flex-direction:column;min-width:0';
          const cap = document.createElement('figcaption');
          cap.textContent = title;
          const img = document.createElement('img');
          img.src = `data:image/png;base64,${data}`;
          img.style.cssText = 'max-width:100%;max-height:720px;object-fit:contain;background:repeating-conic-gradient(#ccc 0 25%,#fff 0 50%) 0 0/16px 16px';
          fig.append(cap, img);
          document.body.append(fig);
        },
        { title, data },
      );
    }
    await side.waitForTimeout(200);
    await side.screenshot({ path: join(ARTIFACTS, 'export-compare.png') });
    await side.close();
  });

  test('a 2,000-node graph exports whole at 4× without a blank or clipped image', async ({ page }) => {
    test.setTimeout(180_000);
    type Generated = { title: string; entities: unknown[] };
    const { generateCase, SIZES } = require(join(ROOT, 'shared', 'synthetic', 'generate.ts')) as { generateCase: (size: unknown, seed?: number) => Generated; SIZES: Record<'M', unknown> };
    const big = generateCase(SIZES.M, 7);
    big.title = 'Big export';
    await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.locator('input[aria-label="Case file to import"]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
    await expect(page.getByRole('button', { name: /Case: Big export/ })).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => (document.querySelector('.graph-canvas') as any)?._cyreg?.cy.nodes().length ?? 0), { timeout: 30_000 }).toBe(2000);
    await page.waitForTimeout(1500);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'PNG image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export PNG image' });
    await dialog.getByRole('radio', { name: 'Whole graph' }).check();
    await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('4');
    const size = (await dialog.getByTestId('image-size').textContent())!;
    const [, w, h] = /(\d+) × (\d+)/.exec(size)!.map(Number) as [number, number, number];
    expect(Math.max(w, h)).toBeLessThanOrEqual(16_384);
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-export-'));
    const file = await saved(await download, dir);
    expect(pngSize(readFileSync(file).subarray(0, 33))).toEqual({ width: w, height: h });

    // Not blank, and drawn all the way out: every quarter of the image has graph pixels in it.
    const inked = await pngInkByQuarter(file);
    for (const q of inked) expect(q, `share of drawn pixels per quarter: ${inked.join(', ')}`).toBeGreaterThan(0.01);
    mkdirSync(ARTIFACTS, { recursive: true });
  });
});
