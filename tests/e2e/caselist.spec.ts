import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('case list: rename, duplicate, delete to trash and restore', async ({ page }) => {
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await page.getByRole('button', { name: 'All cases' }).click();
  const cases = page.getByRole('table', { name: 'Cases' });
  await expect(cases.getByRole('row')).toHaveCount(2);

  const sample = cases.getByRole('row').nth(1);
  await sample.getByRole('button', { name: /^Rename / }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Istanbul brief');
  await page.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(cases).toContainText('Istanbul brief');

  await cases.getByRole('button', { name: 'Duplicate Istanbul brief' }).click();
  await expect(cases.getByRole('row')).toHaveCount(3);

  await cases.getByRole('button', { name: 'Delete Istanbul brief' }).first().click();
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(cases.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: /Trash \(1\)/ }).click();
  await page.getByRole('region', { name: 'Trash' }).getByRole('button', { name: 'Restore' }).click();
  await expect(cases.getByRole('row')).toHaveCount(3);

  // Open a case by selecting it and using "Open case".
  await cases.getByRole('row').nth(1).click();
  await page.getByRole('button', { name: 'Open case' }).click();
  await expect(page.getByRole('region', { name: 'Relationship graph' })).toBeVisible();
});

test('a case file that fails to open shows why, and the file is left as it was', async ({ page, host }) => {
  const broken = '{"format":"caseboard.case","version":1,"title":"Half';
  // Written once the first run has opened its sample case: written before, it can be the only case the app finds
  // at start, which then shows the case list instead (as it should).
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  writeFileSync(join(host.home, 'broken.json'), broken);
  await page.getByRole('button', { name: 'All cases' }).click();
  const row = page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: 'broken.json' });
  await expect(row).toContainText('cannot be read');
  await row.getByRole('button', { name: /broken/ }).first().click();
  const panel = page.getByRole('alert').filter({ hasText: 'could not be opened' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/JSON/);
  await expect(panel.getByText(/no backup/i)).toBeVisible();
  expect(readFileSync(join(host.home, 'broken.json'), 'utf8')).toBe(broken);
});

test('pane sizes are remembered across a reload', async ({ page }) => {
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source).toBeVisible();
  const before = (await source.boundingBox())!.width;
  const sep = page.getByRole('separator').first();
  const box = (await sep.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 200, { steps: 8 });
  await page.mouse.up();
  const after = (await source.boundingBox())!.width;
  expect(after).toBeGreaterThan(before + 60);
  await page.reload();
  await expect(source).toBeVisible();
  await expect.poll(async () => Math.round((await source.boundingBox())!.width)).toBe(Math.round(after));
});
