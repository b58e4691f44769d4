import { expect, type Page } from '@playwright/test';

/** Select the nth occurrence of `text` in the source pane the way a mouse would leave it, then release. */
export async function selectText(page: Page, text: string, nth = 0): Promise<void> {
  const ok = await page.evaluate(
    ({ text, nth }) => {
      const root = document.querySelector('.source-text');
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      // Search the concatenated text, then map the hit back onto the text nodes it spans.
      const full = nodes.map((n) => n.data).join('');
      let at = -1;
      for (let i = 0; i <= nth; i++) at = full.indexOf(text, at + 1);
      if (at < 0) return false;
      // A start at a node boundary belongs to the next node, an end to the previous one.
      const locate = (offset: number, isEnd = false): [Text, number] => {
        let acc = 0;
        for (const n of nodes) {
          if (isEnd ? offset <= acc + n.data.length : offset < acc + n.data.length) return [n, offset - acc];
          acc += n.data.length;
        }
        const last = nodes[nodes.length - 1]!;
        return [last, last.data.length];
      };
      const range = document.createRange();
      const [startNode] = locate(at);
      startNode.parentElement!.scrollIntoView({ block: 'center' });
      range.setStart(...locate(at));
      range.setEnd(...locate(at + text.length, true));
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      root.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return true;
    },
    { text, nth },
  );
  expect(ok, `"${text}" (#${nth + 1}) is in the source text`).toBe(true);
  await expect(page.getByRole('dialog', { name: 'Selected text' })).toBeVisible();
}

export async function createEntityFromSelection(page: Page, text: string, type: string, nth = 0): Promise<void> {
  await selectText(page, text, nth);
  const pop = page.getByRole('dialog', { name: 'Selected text' });
  await pop.getByRole('button', { name: 'New entity' }).click();
  await expect(pop.getByRole('textbox', { name: 'Entity name' })).toHaveValue(text);
  await pop.getByRole('combobox', { name: 'Entity type' }).selectOption(type);
  await pop.getByRole('button', { name: 'Create entity' }).click();
  await expect(entityRow(page, text)).toBeVisible();
}

/**
 * From the workbench (waits for it): a new case titled `title` with one pasted source (its title `source`, by default
 * "<title> source"; a publication date when given).
 */
export async function newCaseWithSource(page: Page, title: string, text: string, opts: { source?: string; published?: string } = {}): Promise<void> {
  await expect(page.getByRole('region', { name: 'Source text' })).toBeVisible();
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source' });
  await dialog.getByRole('textbox', { name: 'Source title' }).fill(opts.source ?? `${title} source`);
  await dialog.getByRole('textbox', { name: 'Source text to add' }).fill(text);
  if (opts.published) await dialog.getByLabel('Publication date').fill(opts.published);
  await dialog.getByRole('button', { name: 'Add to case' }).click();
}

export const entitiesTable = (page: Page) => page.getByRole('table', { name: 'Entities' });
export const linksTable = (page: Page) => page.getByRole('table', { name: 'Links' });
const exactly = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** The entity's row, found by the text of its Name cell (the second column). */
export const entityRow = (page: Page, name: string) =>
  entitiesTable(page).getByRole('row').filter({ has: page.locator('td:nth-child(2)', { hasText: exactly(name) }) });

/** Where a node is on screen, read from the cytoscape instance that owns the graph canvas. */
export async function nodeOnScreen(page: Page, label: string): Promise<{ x: number; y: number; id: string; model: { x: number; y: number } }> {
  return page.evaluate((label) => {
    const el = document.querySelector('.graph-canvas') as HTMLElement & { _cyreg?: { cy: any } };
    const cy = el._cyreg!.cy;
    const node = cy.nodes().filter((n: any) => n.data('label') === label)[0];
    if (!node) throw new Error(`no node "${label}"`);
    const r = el.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: r.left + p.x, y: r.top + p.y, id: node.id(), model: { ...node.position() } };
  }, label);
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 12;
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  await page.waitForTimeout(250);
  await page.mouse.up();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 15_000 });
}
