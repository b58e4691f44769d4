// How long one full frame of a big case's graph takes at several zooms, drawn as the app draws it (view culling,
// the overview of overview.ts) and as cytoscape alone would (its own methods, from the renderer's prototype):
// `npx tsx tests/bench/frames.probe.ts [--size M|L]`: the longest frame after a change of view, and the frames and
// time until the overview's links are complete.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { startHostAt, withOpenCase } from './table.probe';

type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[] };
const { CHROMIUM, CHROMIUM_ARGS } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

/**
 * In the page: sets the view to `zoom` (centred on the graph) and renders the node layer until the overview's
 * links are complete (app) or once (cytoscape's own methods, from the renderer's prototype); each render is
 * synchronous and flushed (getImageData), so rasterising is counted. Returns the longest and the total.
 */
const FRAMES = `({ zoom, own }) => {
  const cy = document.querySelector('.graph-canvas')._cyreg.cy;
  const host = cy.container();
  const r = cy.renderer();
  const saved = {};
  if (own) for (const k of ['drawLayeredElements', 'drawCachedNodes']) { saved[k] = r[k]; delete r[k]; }
  const bb = cy.nodes().boundingBox();
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.x2) / 2, y: cy.height() / 2 - zoom * (bb.y1 + bb.y2) / 2 } });
  const x = cy.extent();
  const inView = cy.elements().filter((e) => { const b = e.boundingBox(); return b.x2 >= x.x1 && b.x1 <= x.x2 && b.y2 >= x.y1 && b.y1 <= x.y2; }).length;
  const ctx = r.data.contexts[r.NODE];
  const times = [];
  do {
    r.redrawHint('eles', true);
    const t0 = performance.now();
    r.render();
    ctx.getImageData(0, 0, 1, 1);
    times.push(performance.now() - t0);
  } while (!own && host.dataset.overview === 'drawing' && times.length < 100);
  Object.assign(r, saved);
  return { longest: Math.max(...times), total: times.reduce((a, b) => a + b, 0), frames: times.length, inView, overview: host.dataset.overview || 'no' };
}`;

async function main() {
  const size = arg('--size', 'L') as 'M' | 'L';
  const home = join(tmpdir(), `caseboard-frames-${Date.now()}`);
  mkdirSync(home, { recursive: true });
  writeFileSync(join(home, `bench-${size}.json`), createCaseSerializer()({ ...generateCase(SIZES[size]), title: `Bench ${size}` }));
  const host = await startHostAt(resolve(__dirname, '..', '..'), home);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await withOpenCase(browser, host, `bench-${size}.json`, 1500, async (page) => {
      if (process.env.CONSOLE) page.on('console', (m) => console.log('page:', m.text()));
      console.log(`${size}: node-layer frames after a change of view (ms); app = culling and overview, cytoscape = its own methods`);
      type Frames = { longest: number; total: number; frames: number; inView: number; overview: string };
      for (const zoom of [0.05, 0.08, 0.15, 0.3, 0.5, 0.8, 1.2]) {
        const app = (await page.evaluate(`(${FRAMES})(${JSON.stringify({ zoom, own: false })})`)) as Frames;
        const own = (await page.evaluate(`(${FRAMES})(${JSON.stringify({ zoom, own: true })})`)) as Frames;
        console.log(
          `zoom ${zoom}: ${app.inView} elements in view, overview ${app.overview}; app longest frame ${app.longest.toFixed(0)} of ${app.frames} (${app.total.toFixed(0)} in all), cytoscape ${own.longest.toFixed(0)}; longest ratio ${(app.longest / own.longest).toFixed(2)}`,
        );
      }
    });
  } finally {
    await browser.close();
    await host.stop();
  }
}
void main();
