import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hasShared, SHARED, test } from './fixtures';
import { drag, entityRow, newCaseWithSource, nodeOnScreen } from './support/workbench';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

test.skip(!hasShared, `the seed article is not at ${SHARED}/seed (../shared is absent)`);

test('Find entities suggests, and the analyst reviews: accept a group, reject one, undo', async ({ page }) => {
  const article = readFileSync(join(SHARED, 'seed', 'istanbul-talks.txt'), 'utf8');
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await newCaseWithSource(page, 'Suggestions', article, { source: 'Istanbul talks' });

  await page.getByRole('button', { name: 'Find entities' }).click();
  const review = page.getByRole('tabpanel');
  await expect(page.getByRole('tab', { name: /Suggestions/ })).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 });
  await expect(entityRow(page, 'Pakistan')).toContainText('suggested');
  await expect(page.locator('.source-text mark.suggested').first()).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'suggestions-light.png') });

  // The pass's nodes were laid out automatically; moving one and undoing puts it back where it was.
  await page.waitForTimeout(800);
  const start = await nodeOnScreen(page, 'Qatar');
  await drag(page, start, { x: start.x + 60, y: start.y + 50 });
  await expect.poll(async () => (await nodeOnScreen(page, 'Qatar')).model.x).not.toBe(start.model.x);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await nodeOnScreen(page, 'Qatar')).model).toEqual(start.model);

  // Accept the connected group that holds Pakistan, in one click.
  const group = review.locator('.sugg-group').filter({ hasText: 'Pakistan' }).first();
  await group.getByRole('button', { name: /Accept group/ }).click();
  await expect(entityRow(page, 'Pakistan')).toContainText('accepted');

  // Reject one remaining suggestion: it is gone and recorded; undo brings it back.
  const firstSuggested = review.locator('.sugg-list li').first();
  const name = (await firstSuggested.locator('.sugg-name').innerText()).split(' · ')[0]!.trim();
  await firstSuggested.getByRole('button', { name: /^Reject/ }).click();
  await expect(review.getByText(name, { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(review.locator('.sugg-name').filter({ hasText: name }).first()).toBeVisible();
});
