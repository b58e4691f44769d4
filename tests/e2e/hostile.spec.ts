import { expect, test } from './fixtures';
import { createEntityFromSelection, entityRow, newCaseWithSource, nodeOnScreen } from './support/workbench';

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
  await newCaseWithSource(page, '<img src=x onerror="window.__pwned=7">', HOSTILE, { source: '<script>window.__pwned=8</script>' });

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
