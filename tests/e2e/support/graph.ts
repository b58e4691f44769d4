import type { Page } from '@playwright/test';

/** The part of the graph pane to search, as fractions of its width and height. */
export type Area = { x1: number; x2: number; y1: number; y2: number };

/**
 * A point of the graph pane with no node or link under it (page coordinates), found with the renderer's own
 * hit test (an internal of cytoscape's canvas renderer) on a grid over `area`; null when every point is taken.
 */
export function backgroundPoint(page: Page, area: Area): Promise<{ x: number; y: number } | null> {
  return page.evaluate((area) => {
    const el = document.querySelector('.graph-canvas')!;
    const r = (el as unknown as { _cyreg: { cy: { renderer: () => any } } })._cyreg.cy.renderer();
    const box = el.getBoundingClientRect();
    for (let gy = area.y1; gy <= area.y2; gy += 0.02)
      for (let gx = area.x1; gx <= area.x2; gx += 0.02) {
        const x = box.left + gx * box.width;
        const y = box.top + gy * box.height;
        const m = r.projectIntoViewport(x, y);
        if (!r.findNearestElement(m[0], m[1], true, false)) return { x, y };
      }
    return null;
  }, area);
}
