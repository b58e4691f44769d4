// Pan and zoom on a big case, with cytoscape's viewport options switched per run on the same open page:
// `npx tsx tests/bench/panzoom.probe.ts [--size M|L] [--runs N] [--zoom Z]` prints, per variant, the frames painted,
// the longest gap between frames and the longest main-thread task of browser.ts's gesture (drag, then wheel).
// The variants set the renderer's fields behind the `textureOnViewport` and `hideEdgesOnViewport` options
// (internals, read here only to choose the app's options by measuring).
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { panZoom } from './browser';
import { startHostAt, withOpenCase } from './table.probe';

type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[] };
const { CHROMIUM, CHROMIUM_ARGS } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};

async function main() {
  const size = arg('--size', 'L') as 'M' | 'L';
  const runs = Number(arg('--runs', '2'));
  const zoom = arg('--zoom', '');
  const root = resolve(__dirname, '..', '..');
  const home = join(require('node:os').tmpdir(), `caseboard-panzoom-${Date.now()}`);
  require('node:fs').mkdirSync(home, { recursive: true });
  writeFileSync(join(home, `bench-${size}.json`), createCaseSerializer()({ ...generateCase(SIZES[size]), title: `Bench ${size}` }));
  const host = await startHostAt(root, home);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await withOpenCase(browser, host, `bench-${size}.json`, 1500, async (page) => {
      if (zoom) await page.evaluate((z) => (document.querySelector('.graph-canvas') as any)._cyreg.cy.zoom(Number(z)), zoom);
      await page.waitForTimeout(1500);
      console.log(`${size}, zoom ${await page.evaluate(() => (document.querySelector('.graph-canvas') as any)._cyreg.cy.zoom().toFixed(3))}`);
      for (const texture of [true, false])
        for (const hideEdges of [true, false])
          for (let i = 0; i < runs; i++) {
            await page.evaluate(
              ({ texture, hideEdges }) => {
                const r = (document.querySelector('.graph-canvas') as any)._cyreg.cy.renderer();
                r.textureOnViewport = texture;
                r.hideEdgesOnViewport = hideEdges;
              },
              { texture, hideEdges },
            );
            const m = await panZoom(page);
            console.log(`texture ${texture ? 'on ' : 'off'} hide edges ${hideEdges ? 'on ' : 'off'}: ${m.fps.toFixed(1)} frames/s, worst gap ${m.worstFrame.toFixed(0)} ms, longest task ${m.longest.toFixed(0)} ms`);
          }
    });
  } finally {
    await browser.close();
    await host.stop();
  }
}
void main();
