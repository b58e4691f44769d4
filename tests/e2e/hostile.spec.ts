import { expect, test } from './fixtures';
import { createEntityFromSelection, entityRow, nodeOnScreen } from './support/workbench';

const HOSTILE = [
  'Report <script>window.__pwned = 1</script> about <img src=x onerror="window.__pwned = 2"> the group.',
  '<a href="javascript:window.__pwned=3">click</a> <svg onload="window.__pwned=4"><script>window.__pwned=5</script></svg>',
  '<style>body{display:none}</style> Named: <b onmouseover="window.__pwned=6">Qatar</b> and \u202eTurkey.',
].join('\n\n');

test('hostile markup in a source is shown as text everywhere and runs nothing', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('<img src=x onerror="window.__pwned=7">');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('textbox', { name: 'Source title' }).fill('<script>window.__pwned=8</script>');
  await dialog.getByRole('textbox', { name: 'Source text to add' }).fill(HOSTILE);
  await dialog.getByRole('button', { name: 'Add to case' }).click();

  const text = page.getByRole('region', { name: 'Source text' });
  await expect(text).toContainText('<script>window.__pwned = 1</script>');
  await expect(text).toContainText('<svg onload="window.__pwned=4">');
  await createEntityFromSelection(page, '<img src=x onerror="window.__pwned = 2">', 'other');
  await expect(entityRow(page, '<img src=x onerror="window.__pwned = 2">')).toBeVisible();
  expect((await nodeOnScreen(page, '<img src=x onerror="window.__pwned = 2">')).id).toBeTruthy();
  await page.getByRole('region', { name: 'Source text' }).getByText('click').hover();

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src]), img[src="x"], svg[onload], a[href^="javascript:"]').count()).toBe(0);
  expect(dialogs).toBe(0);
});
