import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ROOT } from './fixtures';
import { createEntityFromSelection, entityRow, newCaseWithSource, waitSaved } from './support/workbench';
import { electronBinary } from '../../scripts/electron-runtime.mjs';

const binary: string | null = electronBinary(ROOT);
const reason = 'the Electron runtime is not installed (it is downloaded by `npm install` on a machine with internet)';

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, reason);
  if (!binary) console.log(`Electron tests skipped: ${reason}`);

  test('opens the sample case in a secure window and keeps an edit across a restart', async () => {
    const home = mkdtempSync(join(tmpdir(), 'caseboard-electron-'));
    const launch = () => electron.launch({ executablePath: binary!, args: [ROOT], env: { ...process.env, CASEBOARD_HOME: home } });
    try {
      let app = await launch();
      let page = await app.firstWindow();
      await expect(page).toHaveURL(/^caseboard:\/\/app\//);
      // The page has the bridge and nothing of Node.
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
      expect(await page.evaluate(() => Object.keys((window as unknown as { caseboard: object }).caseboard).sort())).toEqual(['call', 'host']);
      await expect(page.getByRole('region', { name: 'Relationship graph' })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Entities' })).toContainText('Pakistan');
      // window.open is denied.
      const before = app.windows().length;
      await page.evaluate(() => window.open('https://example.org'));
      expect(app.windows().length).toBe(before);
      await newCaseWithSource(page, 'Desktop case', 'Qatar and Turkey mediated the talks.', { source: 'Pasted brief' });
      await createEntityFromSelection(page, 'Qatar', 'country');
      await waitSaved(page);
      // Quitting flushes; the next start opens the last case with the entity in it.
      await app.close();
      app = await launch();
      page = await app.firstWindow();
      await expect(entityRow(page, 'Qatar')).toBeVisible();
      await app.close();
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
