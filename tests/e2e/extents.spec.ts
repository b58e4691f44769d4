import { join } from 'node:path';
import { expect, test } from './fixtures';
import { newCaseWithSource } from './support/workbench';

// Screenshots go beside Playwright's other output (--output), so runs of others are left alone.
const shots = (name: string) => join(test.info().project.outputDir, name);

test('Find entities offers mention extents: whole noun phrases mark "the government of Iraq", remembered per case', async ({ page }) => {
  const text = 'The government of Iraq asked for more help. Russian Foreign Minister Lavrov arrived in Baghdad on Monday.';
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await newCaseWithSource(page, 'Extents', text, { source: 'Baghdad visit' });

  // The menu beside Find entities: names only is the default; pick whole noun phrases.
  const options = page.getByRole('button', { name: 'Choose sources and mention extents' });
  await options.click();
  const menu = page.getByRole('menu', { name: 'Choose sources and mention extents' });
  await expect(menu.getByText('Mention extents')).toBeVisible();
  const names = menu.getByRole('menuitemcheckbox', { name: /Names only \(news style\)/ });
  const phrases = menu.getByRole('menuitemcheckbox', { name: /Whole noun phrases \(ACE style\)/ });
  await expect(names).toHaveAttribute('aria-checked', 'true');
  await expect(phrases).toHaveAttribute('aria-checked', 'false');
  await page.screenshot({ path: shots('find-entities-extents-menu.png') });
  await phrases.click();
  await expect(menu).toBeHidden();
  await options.click();
  await expect(phrases).toHaveAttribute('aria-checked', 'true');
  await page.screenshot({ path: shots('find-entities-extents-phrases.png') });
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Find entities', exact: true }).click();
  await expect(page.getByRole('tab', { name: /Suggestions/ })).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 });
  const marks = page.locator('.source-text mark');
  await expect(marks.filter({ hasText: /^The government of Iraq$/ })).toHaveCount(1);
  await expect(marks.filter({ hasText: /^Russian Foreign Minister Lavrov$/ })).toHaveCount(1);
  // Entity names stay clean names; the phrase naming a body is an organisation of its own.
  await expect(page.getByRole('tabpanel').getByText('Government of Iraq').first()).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText('Lavrov', { exact: true }).first()).toBeVisible();
  await page.screenshot({ path: shots('find-entities-extents-result.png') });

  // The choice is the case's: it is still set after a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await page.getByRole('button', { name: 'Choose sources and mention extents' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: /Whole noun phrases/ })).toHaveAttribute('aria-checked', 'true');
});
