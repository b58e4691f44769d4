import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hasShared, SHARED, test } from './fixtures';
import { createEntityFromSelection, drag, entityRow, linksTable, nodeOnScreen, selectText, waitSaved } from './support/workbench';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

test.describe('analyst workbench', () => {
  test.skip(!hasShared, `the seed article is not at ${SHARED}/seed (../shared is absent)`);

  test('the analyst scenario on the seed article survives a reload', async ({ page }) => {
    page.on('pageerror', (e) => console.log('PAGEERROR', e.stack));
    const article = readFileSync(join(SHARED, 'seed', 'istanbul-talks.txt'), 'utf8');

    // A first start opens the sample case; start a new one from there.
    await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Istanbul talks e2e');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(page.getByRole('button', { name: /Case: Istanbul talks e2e/ })).toBeVisible();

    await page.getByRole('button', { name: 'Add source' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add source' });
    await dialog.getByRole('textbox', { name: 'Source title' }).fill('Istanbul talks end without progress');
    await dialog.getByRole('textbox', { name: 'Source text to add' }).fill(article);
    await dialog.getByRole('button', { name: 'Add to case' }).click();
    await expect(page.getByRole('region', { name: 'Source text' }).getByText('ended without any progress', { exact: false })).toBeVisible();

    await createEntityFromSelection(page, 'Pakistan', 'country');
    await createEntityFromSelection(page, 'TTP', 'organization');
    await createEntityFromSelection(page, 'Qatar', 'country');
    await createEntityFromSelection(page, 'Tehreek-e-Taliban Pakistan', 'organization');

    // A second mention of Pakistan, attached by selection.
    await selectText(page, 'Pakistan', 2);
    const pop = page.getByRole('dialog', { name: 'Selected text' });
    await pop.getByRole('button', { name: 'Mention of…' }).click();
    await pop.getByRole('textbox', { name: 'Search entities' }).fill('Pakistan');
    await pop.getByRole('option', { name: /^Pakistan country/ }).click();
    await expect(entityRow(page, 'Pakistan').getByRole('cell').nth(3)).toHaveText('2');

    // Merge TTP and its long name, then take the merge back.
    await entityRow(page, 'TTP').getByRole('cell').nth(1).click();
    await entityRow(page, 'Tehreek-e-Taliban Pakistan').getByRole('checkbox').click();
    await expect(page.getByRole('toolbar', { name: 'Selected entities' })).toContainText('2 selected');
    await page.getByRole('button', { name: 'Merge…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge 2 entities' });
    await merge.getByRole('radio', { name: /^TTP/ }).check();
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(entityRow(page, 'Tehreek-e-Taliban Pakistan')).toHaveCount(0);
    await expect(entityRow(page, 'TTP').getByRole('cell').nth(6)).toHaveText('Tehreek-e-Taliban Pakistan');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(entityRow(page, 'Tehreek-e-Taliban Pakistan')).toHaveCount(1);
    await expect(entityRow(page, 'TTP').getByRole('cell').nth(6)).toHaveText('');

    // Draw a link Pakistan → TTP by dragging in the graph.
    const graph = page.getByRole('region', { name: 'Relationship graph' });
    await graph.getByRole('button', { name: 'Fit graph' }).click();
    await page.waitForTimeout(400);
    await graph.getByRole('button', { name: 'Draw link' }).click();
    await drag(page, await nodeOnScreen(page, 'Pakistan'), await nodeOnScreen(page, 'TTP'));
    await graph.getByRole('button', { name: 'Draw link' }).click();
    const link = linksTable(page).getByRole('row').filter({ hasText: 'Pakistan' }).filter({ hasText: 'TTP' });
    await expect(link).toHaveCount(1);

    // Type and grading in the inspector.
    const type = page.getByRole('combobox', { name: 'Link type' });
    await type.fill('accused');
    await type.press('Enter');
    await page.getByRole('combobox', { name: 'Source reliability' }).selectOption('B');
    await page.getByRole('combobox', { name: 'Information credibility' }).selectOption('2');
    await expect(link).toContainText('accused');

    // Move a node by hand.
    const before = await nodeOnScreen(page, 'Qatar');
    await drag(page, before, { x: before.x + 70, y: before.y + 45 });
    const moved = await nodeOnScreen(page, 'Qatar');
    expect(Math.hypot(moved.model.x - before.model.x, moved.model.y - before.model.y)).toBeGreaterThan(20);

    await waitSaved(page);
    await page.reload();

    await expect(page.getByRole('button', { name: /Case: Istanbul talks e2e/ })).toBeVisible();
    for (const name of ['Pakistan', 'TTP', 'Qatar', 'Tehreek-e-Taliban Pakistan']) await expect(entityRow(page, name)).toHaveCount(1);
    await expect(entityRow(page, 'Pakistan').getByRole('cell').nth(3)).toHaveText('2');
    const reloaded = linksTable(page).getByRole('row').filter({ hasText: 'Pakistan' }).filter({ hasText: 'TTP' });
    await expect(reloaded).toContainText('accused');
    await expect(reloaded.getByRole('combobox', { name: /Reliability grade/ })).toHaveValue('B');
    await expect(reloaded.getByRole('combobox', { name: /Credibility grade/ })).toHaveValue('2');
    await expect.poll(async () => (await nodeOnScreen(page, 'Qatar')).model).toEqual({ x: round(moved.model.x), y: round(moved.model.y) });

    // Screenshots of the result in both themes, with an entity selected so its mentions show.
    await entityRow(page, 'Pakistan').getByRole('cell').nth(1).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-light.png') });
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-dark.png') });
  });
});

const round = (n: number) => Math.round(n * 100) / 100;
