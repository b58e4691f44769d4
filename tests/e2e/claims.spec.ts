import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, hasShared, SHARED, test } from './fixtures';
import { exportFromMenu } from './support/files';
import { newCaseWithSource } from './support/workbench';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

test.skip(!hasShared, `the seed article is not at ${SHARED}/seed (../shared is absent)`);

type CaseFile = { claims: { id: string; speakerId?: string; speakerLabel?: string; verb: string; credibility?: number; relationId?: string }[]; entities: { id: string; name: string; date?: unknown }[] };

test('Find entities suggests claims with speakers, a timeline of events, grades that reach the link, and exports', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  const article = readFileSync(join(SHARED, 'seed', 'istanbul-talks.txt'), 'utf8');
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await newCaseWithSource(page, 'Istanbul talks', article, { source: 'Istanbul talks end without progress', published: '2025-10-29' });

  await page.getByRole('button', { name: 'Find entities' }).click();
  await expect(page.getByRole('tab', { name: /Suggestions/ })).toHaveAttribute('aria-selected', 'true', { timeout: 30_000 });

  // Claims are listed with their speakers; an unnamed speaker is kept as written.
  const claims = page.getByRole('table', { name: 'Claims' });
  await expect(claims.getByRole('row').filter({ hasText: 'Tarar' }).first()).toBeVisible();
  await expect(claims.getByRole('row').filter({ hasText: 'Asif' }).first()).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search claims' }).or(page.getByRole('textbox', { name: 'Search claims' }));
  await search.fill('senior official');
  await expect(claims.getByText('“a senior official”')).toBeVisible();
  await search.fill('');
  // They are in the review too, and the same undo that takes back the pass takes them back.
  await expect(page.getByRole('region', { name: 'Suggested claims' }).or(page.getByLabel('Suggested claims'))).toBeVisible();

  // The timeline holds the talks, the Doha ceasefire and the announced operation, in date order.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Istanbul talks', { exact: true })).toBeVisible();
  await expect(timeline.getByText('Doha ceasefire', { exact: true })).toBeVisible();
  await expect(timeline.getByText(/operation against terrorist groups/)).toBeVisible();
  await expect(page.locator('.toast')).toBeHidden({ timeout: 15_000 });
  await page.screenshot({ path: join(ARTIFACTS, 'claims-overview.png') });
  await page.screenshot({ path: join(ARTIFACTS, 'claims-timeline.png'), clip: (await timeline.boundingBox())! });

  // Select Asif's dismissal of talks with the TTP: its inspector opens; grade it credibility 2.
  await claims.getByRole('row').filter({ hasText: 'dismissed' }).first().click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  const inspector = page.locator('.claim-inspector');
  await expect(inspector).toHaveAttribute('aria-label', 'Claim by Khawaja Asif');
  await expect(inspector).toBeVisible();
  await expect(page.locator('.source-text mark.evidence, .source-text .evidence').first()).toBeVisible();
  await inspector.getByRole('combobox', { name: 'Credibility' }).selectOption('2');
  await expect(claims.getByRole('row').filter({ hasText: 'dismissed' }).first().getByRole('combobox', { name: /Credibility/ })).toHaveValue('2');
  await page.screenshot({ path: join(ARTIFACTS, 'claims-list.png'), clip: (await page.locator('.claims-section').boundingBox())! });

  // The timeline follows the selection: only what involves the claim's speaker and about-entities.
  await expect(timeline.getByText('Involving the selection')).toBeVisible();

  // The link the claim supports shows the grade, and says where each grade comes from.
  await inspector.getByRole('button', { name: 'Open the link' }).click();
  const support = page.getByRole('region', { name: 'Claims supporting this link' });
  const card = support.getByRole('article', { name: 'Claim by Khawaja Asif' });
  await expect(card).toBeVisible();
  await expect(card.locator('.claim-grade')).toHaveText('–2');
  await expect(card).toContainText('Credibility');
  await expect(card).toContainText('graded on the source “Istanbul talks end without progress”');
  await page.screenshot({ path: join(ARTIFACTS, 'claims-link-grades.png'), clip: (await page.locator('.side-pane').boundingBox())! });

  // Case JSON carries the claims, with the grade.
  const [json] = await exportFromMenu(page, 'Case JSON');
  const file = join(test.info().outputDir, json!.suggestedFilename());
  await json!.saveAs(file);
  const c = JSON.parse(readFileSync(file, 'utf8')) as CaseFile;
  const name = (id?: string) => c.entities.find((e) => e.id === id)?.name ?? '';
  expect(c.claims.length).toBeGreaterThanOrEqual(5);
  expect(c.claims.some((cl) => cl.speakerLabel === 'a senior official')).toBe(true);
  expect(c.claims.some((cl) => /Tarar/.test(name(cl.speakerId)))).toBe(true);
  expect(c.claims.find((cl) => cl.verb === 'dismissed' && /Asif/.test(name(cl.speakerId)))?.credibility).toBe(2);
  expect(c.entities.filter((e) => e.date).map((e) => e.name)).toEqual(expect.arrayContaining(['Istanbul talks', 'Doha ceasefire']));
});
