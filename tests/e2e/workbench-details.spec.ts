import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createEntityFromSelection, drag, entityRow, newCaseWithSource, nodeOnScreen, selectText } from './support/workbench';

test('keyboard: undo, redo, delete and the command palette', async ({ page }) => {
  await newCaseWithSource(page, 'Keys', 'Qatar and Turkey mediated the talks.');
  await createEntityFromSelection(page, 'Qatar', 'country');
  await page.locator('body').click({ position: { x: 5, y: 790 } });
  await page.keyboard.press('Control+z');
  await expect(entityRow(page, 'Qatar')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(entityRow(page, 'Qatar')).toHaveCount(1);

  await entityRow(page, 'Qatar').getByRole('cell').nth(1).click();
  await page.keyboard.press('Delete');
  await expect(entityRow(page, 'Qatar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox', { name: 'Type a command' }).fill('undo');
  await page.keyboard.press('Enter');
  await expect(entityRow(page, 'Qatar')).toHaveCount(1);

  await page.getByRole('button', { name: 'Export' }).click();
  const menu = page.getByRole('menu', { name: 'Export' });
  for (const item of ['PNG image', 'SVG image', 'Case JSON', 'Cytoscape JSON', 'GraphML', 'GEXF', 'CSV', 'STIX 2.1']) {
    // Each one works now (tests/e2e/export.spec.ts exports them all).
    await expect(menu.getByRole('menuitem', { name: item, exact: true })).toBeEnabled();
  }
  await page.keyboard.press('Escape');
});

test('right-to-left text reads right to left, paragraph by paragraph', async ({ page }) => {
  await newCaseWithSource(page, 'RTL', 'English first paragraph.\nپاکستان اور افغان طالبان کے درمیان مذاکرات ناکام ہو گئے۔\nAnother English line.');
  const paragraphs = page.getByRole('region', { name: 'Source text' }).locator('.source-text p');
  await expect(paragraphs).toHaveCount(3);
  const dirs = await paragraphs.evaluateAll((ps) => ps.map((p) => (p.matches(':dir(rtl)') ? 'rtl' : 'ltr')));
  expect(dirs).toEqual(['ltr', 'rtl', 'ltr']);
  await createEntityFromSelection(page, 'پاکستان', 'country');
  await expect(page.locator('.source-text mark')).toHaveText('پاکستان');
});

test('a case changed on disk meanwhile: the conflict is shown and "Keep mine" saves this window', async ({ page, host }) => {
  await newCaseWithSource(page, 'Conflict', 'Qatar and Turkey mediated the talks.');
  await createEntityFromSelection(page, 'Qatar', 'country');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 15_000 });

  const name = await page.evaluate(() => decodeURIComponent(location.hash.replace('#case=', '')));
  const file = join(host.home, name);
  const onDisk = JSON.parse(readFileSync(file, 'utf8'));
  onDisk.title = 'Edited elsewhere';
  writeFileSync(file, JSON.stringify(onDisk));

  await createEntityFromSelection(page, 'Turkey', 'country');
  const banner = page.getByRole('alert').filter({ hasText: 'This case changed on disk' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await banner.getByRole('button', { name: 'Keep mine' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 15_000 });
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  expect(saved.title).toBe('Conflict');
  expect(saved.entities.map((e: { name: string }) => e.name).sort()).toEqual(['Qatar', 'Turkey']);
});

test('tables edit inline, sort and filter; a passage becomes evidence of a link and jumps back', async ({ page }) => {
  await newCaseWithSource(page, 'Evidence', 'The talks were mediated by Qatar and Turkey in Istanbul.');
  await createEntityFromSelection(page, 'Qatar', 'country');
  await createEntityFromSelection(page, 'Turkey', 'country');
  await createEntityFromSelection(page, 'Istanbul', 'location');

  // Inline rename, sort by name, filter by type.
  await entityRow(page, 'Istanbul').getByRole('cell').nth(1).locator('.cell-text').dblclick();
  const edit = page.getByRole('textbox', { name: 'Name of Istanbul' });
  await edit.fill('Istanbul, Türkiye');
  await edit.press('Enter');
  await expect(entityRow(page, 'Istanbul, Türkiye')).toHaveCount(1);
  const table = page.getByRole('table', { name: 'Entities' });
  await table.getByRole('columnheader', { name: 'Name' }).click();
  await expect(table.locator('tbody tr td:nth-child(2)')).toHaveText(['Istanbul, Türkiye', 'Qatar', 'Turkey']);
  await page.getByRole('button', { name: 'Filter entities by column' }).click();
  await table.getByRole('combobox', { name: 'Filter by type' }).selectOption('country');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Filter entities by column' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(3);

  // A link Qatar → Turkey drawn in the graph, then a passage added to it as evidence.
  const graph = page.getByRole('region', { name: 'Relationship graph' });
  await graph.getByRole('button', { name: 'Draw link' }).click();
  await drag(page, await nodeOnScreen(page, 'Qatar'), await nodeOnScreen(page, 'Turkey'));
  await graph.getByRole('button', { name: 'Draw link' }).click();
  await expect(page.getByRole('combobox', { name: 'Link type' })).toHaveValue('associated with');
  await selectText(page, 'mediated by Qatar and Turkey');
  await page.getByRole('dialog', { name: 'Selected text' }).getByRole('button', { name: 'Add as evidence' }).click();
  const quote = page.getByRole('button', { name: 'Show evidence 1' });
  await expect(quote).toContainText('mediated by Qatar and Turkey');
  await quote.click();
  await expect(page.locator('.source-text .passage')).not.toHaveCount(0);
});
