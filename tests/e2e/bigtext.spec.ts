import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyOp, createCase, createCaseSerializer } from '../../shared/model';
import { expect, startHost, test } from './fixtures';

// A 50 MB text and a 1 MB line without breaks: both open and show without freezing the page. Without
// progressive paragraphs and the cutting of long lines, these block the page for 5 and 10 seconds here.
test('a 50 MB source and a 1 MB single line open and show without freezing the page', async ({ browser }) => {
  test.setTimeout(120_000);
  const para = 'Pakistan and Qatar met in Doha to discuss the ceasefire with the Taliban regime. ';
  let c = createCase('Big texts');
  const add = (id: string, title: string, text: string) =>
    (c = applyOp(c, { op: 'addSource', source: { id, title, text, origin: {}, addedAt: '2025-01-01' } }).state);
  add('src_line', 'One line, 1 MB', para.repeat(Math.ceil(1_000_000 / para.length)));
  add('src_huge', 'Fifty megabytes', Array.from({ length: Math.ceil(50_000_000 / (para.length * 20)) }, () => para.repeat(20)).join('\n\n'));
  const host = await startHost();
  writeFileSync(join(host.home, 'big.json'), createCaseSerializer()(c));
  writeFileSync(join(host.home, '.caseboard-state.json'), JSON.stringify({ lastOpened: 'big.json' }));
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({ type: 'longtask', buffered: true });
  });
  const longest = async () => page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    const v = w.__longest;
    w.__longest = 0;
    return v;
  });
  try {
    await page.goto(host.url);
    const pane = page.getByRole('region', { name: 'Source text' });
    await expect(pane).toContainText('Pakistan and Qatar met in Doha');
    await page.waitForTimeout(1000);
    const onOpen = await longest();
    await page.getByText('Fifty megabytes', { exact: true }).first().click();
    await expect(page.getByRole('heading', { name: 'Fifty megabytes' })).toBeVisible();
    await page.waitForTimeout(1500);
    const onShow = await longest();
    const nodes = await page.evaluate(() => document.querySelector('.source-text')!.querySelectorAll('*').length);
    console.log(`big texts: longest task on open ${onOpen.toFixed(0)} ms, on showing 50 MB ${onShow.toFixed(0)} ms, ${nodes} elements in the text pane`);
    expect(onOpen).toBeLessThan(1500);
    expect(onShow).toBeLessThan(1500);
    expect(nodes).toBeLessThan(5000);
    // Scrolling down renders more of the text.
    await page.locator('.source-text').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.evaluate(() => document.querySelector('.source-text')!.querySelectorAll('p').length)).toBeGreaterThan(300);
  } finally {
    await page.close();
    await host.stop();
  }
});
