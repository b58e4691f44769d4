import type { Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { MAX_AREA, MAX_SIDE, fittedScale, pngSize, renderSvg } from '../../../renderer/src/features/export/imageExport';

/** Just enough of a cytoscape instance for the size arithmetic and the SVG post-processing. */
const fakeCy = (bb: { w: number; h: number }, svg = '') =>
  ({ width: () => 800, height: () => 600, elements: () => ({ boundingBox: () => bb }), svg: () => svg }) as unknown as Core;

describe('image export sizes', () => {
  it('keeps the scale asked for when the image fits', () => {
    expect(fittedScale(fakeCy({ w: 1000.2, h: 500 }), { area: 'full', scale: 2, transparent: false })).toEqual({ scale: 2, width: 2002, height: 1000, reduced: false });
    expect(fittedScale(fakeCy({ w: 1, h: 1 }), { area: 'view', scale: 3, transparent: true })).toEqual({ scale: 3, width: 2400, height: 1800, reduced: false });
  });

  it('lowers the scale of a huge graph to what a canvas can hold, never to nothing', () => {
    const wide = fittedScale(fakeCy({ w: 20_000, h: 1000 }), { area: 'full', scale: 4, transparent: false });
    expect(wide.reduced).toBe(true);
    expect(wide.width).toBeLessThanOrEqual(MAX_SIDE);
    expect(wide.height).toBeGreaterThan(0);
    const big = fittedScale(fakeCy({ w: 10_000, h: 9_000 }), { area: 'full', scale: 4, transparent: false });
    expect(big.width * big.height).toBeLessThanOrEqual(MAX_AREA);
    expect(big.width).toBeGreaterThan(5000);
  });

  it('reads a PNG header and refuses what is not one', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x08, 0x00, 0, 0, 0x04, 0x00]);
    expect(pngSize(png)).toEqual({ width: 2048, height: 1024 });
    expect(pngSize(new TextEncoder().encode('not a png at all, really not'))).toBeNull();
  });
});

describe('SVG export', () => {
  it('adds a margin and a viewBox around the whole graph, and drops characters XML cannot hold', () => {
    const raw = '<svg version="1.1" xmlns="http://www.w3.org/2000/svg" width="100" height="50"><defs/><g><text>A\u0001B\u000bC</text></g></svg>';
    const out = renderSvg(fakeCy({ w: 100, h: 50 }, raw), { area: 'full', transparent: true });
    expect(out).toMatch(/^<svg version="1.1" xmlns="http:\/\/www.w3.org\/2000\/svg" width="148" height="98" viewBox="0 0 148 98">/);
    expect(out).toContain('<g transform="translate(24,24)"><defs/><g><text>ABC</text></g></g></svg>');
  });

  it('keeps the view as it is', () => {
    const raw = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><g/></svg>';
    expect(renderSvg(fakeCy({ w: 1, h: 1 }, raw), { area: 'view', transparent: true })).toContain('width="800" height="600" viewBox="0 0 800 600"><g transform="translate(0,0)"><g/>');
  });
});
