import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect, test } from './fixtures';
import { exportFromMenu } from './support/files';

type FileSpec = { name: string; mimeType: string; buffer: Buffer };

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Talks collapse | Example News</title>
<meta property="og:title" content="Pakistan–Afghanistan talks in Istanbul collapse">
<meta property="og:site_name" content="Example News">
<style>body { color: red }</style>
<script>globalThis.__caseboardPwned = true; document.write('INJECTED');</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport MENU-ITEM</a></li></ul></nav>
<main><article>
<h1>Pakistan–Afghanistan talks in Istanbul collapse</h1>
<p>ISLAMABAD: The latest round of negotiations between Pakistan and the Afghan Taliban regime in Istanbul ended without any progress, officials said on Thursday.</p>
<p>Defence Minister Khawaja Asif said the Tehreek-e-Taliban Pakistan (TTP) operates from Afghan soil, and that Pakistan had presented solid evidence to the mediators.</p>
<img src="x.png" onerror="globalThis.__caseboardPwned = true">
<p>The talks were held under the mediation of Qatar and Turkey, and analysts expect further tension along the border.</p>
</article></main>
<footer>© Example News FOOTER-TEXT</footer>
</body></html>`;

async function twoPagePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Briefing on the Istanbul talks');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const line of ['Page one: Pakistan and the Afghan Taliban met in Istanbul.', 'Page two: Qatar and Turkey mediated.']) pdf.addPage([595, 842]).drawText(line, { x: 50, y: 780, size: 12, font });
  return Buffer.from(await pdf.save());
}

async function docxWithHeadings(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Mediation memo', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Qatar hosted the first round. '), new TextRun({ text: 'Turkey hosted the second.', bold: true })] }),
          new Paragraph({ text: 'Outcome', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'No agreement was reached.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// "Café über ’quoted’ naïve – €5" in windows-1252 bytes.
const CP1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xfc, 0x62, 0x65, 0x72, 0x20, 0x92, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x92, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x96, 0x20, 0x80, 0x35]);

/** Drop files on the window the way a file manager does: dragenter, dragover, drop with a DataTransfer. */
async function dropFiles(page: Page, files: FileSpec[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, data: f.buffer.toString('base64') }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    const target = document.querySelector('.workbench') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, payload);
}

const sources = (page: Page) => page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
const sourceText = (page: Page) => page.getByRole('region', { name: 'Source text' });

async function showSource(page: Page, title: string) {
  await page.getByRole('list', { name: 'Sources' }).getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
}

type CaseFile = { title: string; entities: { id: string; name: string; type: string }[]; relations: { source: string; target: string; type: string }[] };

async function exportedCase(page: Page, dir: string): Promise<CaseFile> {
  const [d] = await exportFromMenu(page, 'Case JSON');
  const file = join(dir, `${Date.now()}.json`);
  await d!.saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')) as CaseFile;
}

/** What a round trip must keep: entity names and types, and each link between the same names. */
function picture(c: CaseFile) {
  const name = new Map(c.entities.map((e) => [e.id, e.name]));
  return {
    entities: c.entities.map((e) => `${e.name} (${e.type})`).sort(),
    links: c.relations.map((r) => `${name.get(r.source)} -${r.type}-> ${name.get(r.target)}`).sort(),
  };
}

test.describe('importing sources and graphs', () => {
  test('dropped web page and PDF become sources with their text, in one undoable edit', async ({ page }) => {
    await expect(sourceText(page)).toBeVisible();
    const before = await sources(page).count();
    await dropFiles(page, [
      { name: 'talks.html', mimeType: 'text/html', buffer: Buffer.from(PAGE) },
      { name: 'briefing.pdf', mimeType: 'application/pdf', buffer: await twoPagePdf() },
    ]);
    await expect(sources(page)).toHaveCount(before + 2);
    await showSource(page, 'Pakistan–Afghanistan talks in Istanbul collapse');
    await expect(sourceText(page)).toContainText('Defence Minister Khawaja Asif said');
    for (const junk of ['MENU-ITEM', 'FOOTER-TEXT', 'INJECTED', 'color: red']) await expect(sourceText(page)).not.toContainText(junk);
    expect(await page.evaluate(() => (globalThis as { __caseboardPwned?: boolean }).__caseboardPwned)).toBeUndefined();
    await showSource(page, 'Briefing on the Istanbul talks');
    await expect(sourceText(page)).toContainText('Page one: Pakistan and the Afghan Taliban met in Istanbul.');
    await expect(sourceText(page)).toContainText('Page two: Qatar and Turkey mediated.');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(sources(page)).toHaveCount(before);
  });

  test('picked Word file and Windows-1252 text are read correctly', async ({ page }) => {
    await expect(sourceText(page)).toBeVisible();
    const before = await sources(page).count();
    await page.getByRole('button', { name: 'Add source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add source' });
    await dialog.getByLabel('Source files').setInputFiles([
      { name: 'memo.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await docxWithHeadings() },
      { name: 'legacy.txt', mimeType: 'text/plain', buffer: CP1252 },
    ]);
    // The guessed encoding is reported, naming the file; both sources are in.
    await expect(dialog.getByRole('alert').filter({ hasText: 'legacy.txt' })).toContainText('windows-1252');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(sources(page)).toHaveCount(before + 2);
    await showSource(page, 'Mediation memo');
    await expect(sourceText(page)).toContainText('Mediation memo');
    await expect(sourceText(page)).toContainText('Turkey hosted the second.');
    await expect(sourceText(page)).toContainText('Outcome');
    await showSource(page, 'legacy');
    await expect(sourceText(page)).toContainText('Café über ’quoted’ naïve – €5');
  });

  test('a broken file is named with its reason and adds nothing', async ({ page }) => {
    await expect(sourceText(page)).toBeVisible();
    const before = await sources(page).count();
    await dropFiles(page, [{ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('this is not a PDF at all') }]);
    const report = page.getByRole('dialog', { name: 'No source was added' });
    await expect(report.getByRole('alert')).toContainText('“broken.pdf” is not a PDF');
    await report.getByRole('button', { name: 'OK' }).click();
    await expect(sources(page)).toHaveCount(before);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('GraphML exported and imported as a new case has the same entities and links', async ({ page }) => {
    await expect(sourceText(page)).toBeVisible();
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-import-'));
    const caseFile = () => exportedCase(page, dir);
    const original = await caseFile();
    const [graphml] = await exportFromMenu(page, 'GraphML');
    const graphmlFile = join(dir, 'round-trip.graphml');
    await graphml!.saveAs(graphmlFile);

    // From the case list: no case is open there, so only "New case" is offered.
    await page.getByRole('button', { name: 'All cases' }).click();
    await page.getByRole('button', { name: 'Import graph…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import graph' });
    await expect(dialog.getByRole('radio', { name: 'Merge into this case' })).toBeDisabled();
    await expect(dialog.getByRole('radio', { name: 'New case' })).toBeChecked();
    await dialog.getByLabel('Graph files').setInputFiles(graphmlFile);
    await expect(dialog.getByRole('list', { name: 'Chosen files' })).toContainText('round-trip.graphml');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('button', { name: /Case: round-trip/ })).toBeVisible();
    const imported = await caseFile();
    expect(picture(imported)).toEqual(picture(original));
  });

  test('a graph merged into the open case by name brings back only what is missing, as one undoable edit; a broken graph file is named', async ({ page }) => {
    await expect(sourceText(page)).toBeVisible();
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-import-'));
    const [cyjs] = await exportFromMenu(page, 'Cytoscape JSON');
    const file = join(dir, 'same.cyjs');
    await cyjs!.saveAs(file);
    const rows = page.getByRole('table', { name: /Entities/ }).getByRole('row');
    const count = await rows.count();
    // Take one entity out; the merge brings it back (matched by name), one undo takes the merge back.
    await rows.nth(1).getByRole('cell').nth(1).click();
    await page.keyboard.press('Delete');
    await expect(rows).toHaveCount(count - 1);
    // A graph file dropped on the window opens "Import graph" with it chosen.
    await dropFiles(page, [{ name: 'same.cyjs', mimeType: 'application/json', buffer: readFileSync(file) }]);
    const dialog = page.getByRole('dialog', { name: 'Import graph' });
    await expect(dialog.getByRole('list', { name: 'Chosen files' })).toContainText('same.cyjs');
    await dialog.getByRole('radio', { name: 'Merge into this case' }).check();
    await dialog.getByRole('radio', { name: 'By name or alias' }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(rows).toHaveCount(count);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rows).toHaveCount(count - 1);

    await page.getByRole('button', { name: 'Command palette' }).click();
    await page.getByRole('combobox', { name: 'Type a command' }).fill('Import graph');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Graph files').setInputFiles({ name: 'bad.graphml', mimeType: 'application/xml', buffer: Buffer.from('<graphml><graph><node') });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('bad.graphml: not readable as GraphML');
  });

  test('CSV pair, GEXF and Cytoscape JSON come back as new cases with the same entities and links', async ({ page }) => {
    await expect(sourceText(page)).toBeVisible();
    const dir = mkdtempSync(join(tmpdir(), 'caseboard-import-'));
    const original = picture(await exportedCase(page, dir));
    const files: Record<string, string[]> = {};
    for (const [label, count] of [['CSV', 2], ['GEXF', 1], ['Cytoscape JSON', 1]] as const) {
      const downloads = await exportFromMenu(page, label, count);
      files[label] = [];
      for (const d of downloads) {
        const file = join(dir, d.suggestedFilename());
        await d.saveAs(file);
        files[label]!.push(file);
      }
    }
    for (const label of ['CSV', 'GEXF', 'Cytoscape JSON']) {
      await page.getByRole('button', { name: 'Command palette' }).click();
      await page.getByRole('combobox', { name: 'Type a command' }).fill('Import graph');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Import graph' });
      await dialog.getByLabel('Graph files').setInputFiles(files[label]!);
      await dialog.getByRole('radio', { name: 'New case' }).check();
      const before = new URL(page.url()).hash;
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog).toBeHidden();
      await page.waitForURL((u) => u.hash !== before && u.hash.startsWith('#case='));
      await expect(sourceText(page)).toBeVisible();
      expect(picture(await exportedCase(page, dir)), `${label} round trip`).toEqual(original);
    }
  });
});
