import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, expect, startHost, test } from './fixtures';
import { createEntityFromSelection, entityRow, newCaseWithSource, nodeOnScreen, waitSaved } from './support/workbench';

const BRIEF = 'Negotiators from Pakistan met the Taliban regime in Istanbul. Qatar and Turkey mediated.';

// The first screen end to end: a person's click becomes a byte on disk, and comes back after a restart of
// the back-end itself (not only a page reload). Needs no ../shared.
test('create a case, paste a source, make an entity from a selection; all of it survives a restart', async () => {
  test.skip(!(await import('node:fs')).existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}`);
  const home = mkdtempSync(join(tmpdir(), 'caseboard-foundation-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    let host = await startHost(home);
    let page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    // A first start opens the sample case.
    await expect(page.getByRole('table', { name: 'Entities' })).toContainText('Tehreek-e-Taliban Pakistan');

    await newCaseWithSource(page, 'Foundation check', BRIEF, { source: 'Pasted brief' });
    await expect(page.getByRole('region', { name: 'Source text' })).toContainText('Qatar and Turkey mediated');

    await createEntityFromSelection(page, 'Taliban regime', 'organization');
    await expect(entityRow(page, 'Taliban regime')).toBeVisible();
    expect((await nodeOnScreen(page, 'Taliban regime')).id).toBeTruthy();
    await waitSaved(page);

    // Stop the back-end, start a new one on the same workspace, open the case again.
    await page.close();
    await host.stop();
    expect(readdirSync(home).filter((f) => f.endsWith('.json'))).toContain('foundation-check.json');
    host = await startHost(home);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await expect(entityRow(page, 'Taliban regime')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Source text' })).toContainText('Negotiators from Pakistan');
    expect((await nodeOnScreen(page, 'Taliban regime')).id).toBeTruthy();
    await host.stop();
  } finally {
    await browser.close();
    rmSync(home, { recursive: true, force: true });
  }
});
