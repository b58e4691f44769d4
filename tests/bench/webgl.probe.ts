/// <reference lib="dom" />
// cytoscape's WebGL renderer (3.34, `renderer: { name: 'canvas', webgl: true }`) against its default 2D canvas
// renderer, on the app's own graph: the case is opened in the real UI (`caseboard serve`), then bare cytoscape
// instances are built in the same page from the app's elements and positions, style, zoom and pan (preset layout),
// once per renderer, and timed:
//   - first frame: constructor → end of the first render → one animation frame (the browser has painted it);
//   - the longest main-thread task during it, when selecting one node, when renaming one node;
//   - a programmatic pan and zoom over ~1 s: each frame's render time and the longest task meanwhile.
// A render is timed by wrapping the instance's renderer `render` (the WebGL path emits no `render` event).
//
//   npx tsx tests/bench/webgl.probe.ts [--size M|L|M,L] [--modes canvas,webgl] [--gpu default|swiftshader|angle]
//        [--tex N] [--batch N] [--texper N] [--rows N] [--labels off] [--layout default] [--shots DIR] [--at DIR]
//
// --gpu picks the Chromium flags: default = the bench's (--disable-gpu); swiftshader = no --disable-gpu, plus
// --use-angle=swiftshader --enable-unsafe-swiftshader; angle = no --disable-gpu, plus --use-gl=angle.
// --tex/--batch/--texper/--rows set webglTexSize, webglBatchSize, webglTexPerBatch, webglTexRows.
// --shots DIR saves a screenshot of each instance (whole view, and zoomed in on a selected node).
// A page crash (renderer process gone) is reported as such, not thrown.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createCaseSerializer } from '../../shared/model';
import { generateCase, SIZES } from '../../shared/synthetic/generate';
import { LONG_TASKS, startHostAt, type Host } from './table.probe';

type Fixtures = { CHROMIUM: string; CHROMIUM_ARGS: string[]; startHost: (home?: string) => Promise<Host> };
const { CHROMIUM, CHROMIUM_ARGS, startHost } = require(join(__dirname, '..', 'e2e', 'fixtures.ts')) as Fixtures;

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const num = (name: string) => (arg(name) === undefined ? undefined : Number(arg(name)));

type Size = 'M' | 'L';
type Mode = 'canvas' | 'webgl';
const sizes = (arg('--size') ?? 'M,L').split(',') as Size[];
const modes = (arg('--modes') ?? 'canvas,webgl').split(',') as Mode[];
const gpu = arg('--gpu') ?? 'default';
const shots = arg('--shots');
/** --labels off: the bare instances draw no labels (the WebGL path rasterises every label, min-zoomed-font-size or not). */
const labelsOff = arg('--labels') === 'off';
/** --layout default: no `layout` option, as browser.ts's floor builds it (cytoscape then runs a fitted grid layout). */
const layoutDefault = arg('--layout') === 'default';
/** The pan/zoom stops after this long (a step can take seconds). */
const PAN_BUDGET_MS = 20_000;

function chromiumArgs(): string[] {
  const withoutGpuOff = CHROMIUM_ARGS.filter((a) => a !== '--disable-gpu');
  if (gpu === 'swiftshader') return [...withoutGpuOff, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
  if (gpu === 'angle') return [...withoutGpuOff, '--use-gl=angle'];
  return [...CHROMIUM_ARGS];
}

/** The renderer options beyond `webgl` (cytoscape caps them to the GL limits itself). */
const webglOptions: Record<string, number> = Object.fromEntries(
  (
    [
      ['webglTexSize', num('--tex')],
      ['webglBatchSize', num('--batch')],
      ['webglTexPerBatch', num('--texper')],
      ['webglTexRows', num('--rows')],
    ] as [string, number | undefined][]
  ).filter((e): e is [string, number] => e[1] !== undefined),
);

type Measured = {
  mode: Mode;
  gl: string;
  firstFrame: number;
  firstRender: number;
  firstLongest: number;
  select: number;
  selectRender: number;
  rename: number;
  renameRender: number;
  panSteps: number;
  panFrames: number;
  panRenderMedian: number;
  panRenderMax: number;
  panLongest: number;
  panMs: number;
  heapMiB: number;
  renderEvents: number;
};

/** Runs in the page: one bare instance with `webgl`, timed as described at the top. Leaves it on screen when `keep`. */
const measureInPage = async ({ webgl, options, keep, labelsOff, panBudget, layoutDefault }: { webgl: boolean; options: Record<string, number>; keep: boolean; labelsOff: boolean; panBudget: number; layoutDefault: boolean }) => {
  type Cy = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const w = window as unknown as { __long: { start: number; duration: number }[]; __bare?: Cy; __bareDiv?: HTMLElement };
  const longest = (from: number) => Math.max(0, ...w.__long.filter((t) => t.start + t.duration >= from).map((t) => t.duration));
  const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
  const app = (document.querySelector('.graph-canvas') as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
  const Core = app.constructor;
  const elements = app.elements().jsons();
  const style = app.style().json();
  if (labelsOff) style.push({ selector: 'node, edge', style: { label: '' } });
  const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
  const div = document.createElement('div');
  div.style.cssText = `position:fixed;left:0;top:0;width:${box.width}px;height:${box.height}px;z-index:-1;background:#fff`;
  document.body.appendChild(div);

  const renders: { end: number; ms: number }[] = [];
  let renderEvents = 0;
  /** Resolves one frame after the next render that ends after now (the browser has painted it). */
  const nextDrawn = () =>
    new Promise<number>((resolve) => {
      const n = renders.length;
      const check = () => (renders.length > n ? requestAnimationFrame(() => resolve(renders[n]!.ms)) : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });

  console.log(`probe: building ${elements.length} elements, webgl ${webgl}`);
  const t0 = performance.now();
  const cy = new Core({
    container: div,
    elements,
    style,
    zoom: app.zoom(),
    pan: app.pan(),
    renderer: { name: 'canvas', webgl, ...options },
    // Without a layout, a constructor given elements runs the grid layout and fits it (and preset fits by default):
    // the saved positions and the app's view would be replaced by every element fitted into the pane.
    ...(layoutDefault ? {} : { layout: { name: 'preset', fit: false } }),
  });
  const r = cy.renderer();
  // The render loop calls `r.render` each frame something changed; the WebGL path replaces it on the instance
  // (and emits no `render` event), so the instance's own property is wrapped.
  const draw = r.render;
  r.render = function (this: unknown, o: unknown) {
    const s = performance.now();
    draw.call(this, o);
    const e = performance.now();
    renders.push({ end: e, ms: e - s });
  };
  cy.on('render', () => renderEvents++);
  r.data.canvases[3]?.addEventListener('webglcontextlost', () => console.log('probe: webglcontextlost'));
  console.log(`probe: constructed after ${(performance.now() - t0).toFixed(0)} ms`);
  const firstRender = await nextDrawn();
  const firstFrame = performance.now() - t0;
  // Texture atlases of the WebGL path (node bodies that are not simple shapes, and every label).
  const atlases = r.drawing?.atlasManager?.getDebugInfo?.() as { type: string; keyCount: number; atlasCount: number }[] | undefined;
  console.log(`probe: first frame ${firstFrame.toFixed(0)} ms` + (atlases ? `; atlases ${atlases.map((a) => `${a.type}: ${a.keyCount} keys in ${a.atlasCount}`).join(', ')}` : ''));
  await new Promise((res) => setTimeout(res, 300));
  const firstLongest = longest(t0);
  let gl = 'none';
  const ctx = r.data.contexts[3] as WebGL2RenderingContext | undefined;
  if (ctx) {
    const ext = ctx.getExtension('WEBGL_debug_renderer_info');
    gl = ext ? String(ctx.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : String(ctx.getParameter(ctx.RENDERER));
  }

  // Select the node nearest the view's centre.
  const ext = cy.extent();
  const cx = (ext.x1 + ext.x2) / 2;
  const cyy = (ext.y1 + ext.y2) / 2;
  let node: Cy = null;
  let best = Infinity;
  cy.nodes().forEach((n: Cy) => {
    const p = n.position();
    const d = (p.x - cx) ** 2 + (p.y - cyy) ** 2;
    if (d < best) {
      best = d;
      node = n;
    }
  });
  let since = performance.now();
  node.select();
  const selectRender = await nextDrawn();
  await new Promise((res) => setTimeout(res, 300));
  const select = longest(since);

  since = performance.now();
  node.data('label', `${node.data('label')} (renamed)`);
  const renameRender = await nextDrawn();
  await new Promise((res) => setTimeout(res, 300));
  const rename = longest(since);

  // Pan and zoom as a drag and a wheel would: a step per frame for ~1 s (zoom in, then back out).
  since = performance.now();
  const before = renders.length;
  const steps = 60;
  let done = 0;
  for (let i = 0; i < steps && performance.now() - since < panBudget; i++, done++) {
    if (i < steps / 2) cy.panBy({ x: 6, y: 3 });
    else cy.zoom({ level: cy.zoom() * (i < (3 * steps) / 4 ? 1.04 : 1 / 1.04), renderedPosition: { x: box.width / 2, y: box.height / 2 } });
    await frame();
  }
  await frame();
  await frame();
  const panMs = performance.now() - since;
  const panRenders = renders.slice(before).map((x) => x.ms).sort((a, b) => a - b);
  await new Promise((res) => setTimeout(res, 300));
  const panLongest = longest(since);
  const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

  if (keep) {
    w.__bare = cy;
    w.__bareDiv = div;
  } else {
    cy.destroy();
    div.remove();
  }
  return {
    mode: webgl ? 'webgl' : 'canvas',
    gl,
    firstFrame,
    firstRender,
    firstLongest,
    select,
    selectRender,
    rename,
    renameRender,
    panSteps: done,
    panFrames: panRenders.length,
    panRenderMedian: panRenders[Math.floor(panRenders.length / 2)] ?? NaN,
    panRenderMax: panRenders[panRenders.length - 1] ?? NaN,
    panLongest,
    panMs,
    heapMiB: heap / 2 ** 20,
    renderEvents,
  } as Measured;
};

/** Screenshots of the instance left on screen: the whole view, then zoomed in on its selected node. */
async function screenshots(page: Page, dir: string, name: string): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bareDiv: HTMLElement };
    w.__bareDiv.style.zIndex = '10000';
  });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(dir, `${name}-view.png`) });
  await page.evaluate(async () => {
    const cy = (window as unknown as { __bare: any }).__bare; // eslint-disable-line @typescript-eslint/no-explicit-any
    const n = cy.$(':selected').first();
    cy.zoom({ level: 1.6, position: n.position() });
    cy.center(n);
    await new Promise((r) => setTimeout(r, 800));
  });
  await page.screenshot({ path: join(dir, `${name}-zoomed.png`) });
  await page.evaluate(() => {
    const w = window as unknown as { __bare: any; __bareDiv: HTMLElement }; // eslint-disable-line @typescript-eslint/no-explicit-any
    w.__bare.destroy();
    w.__bareDiv.remove();
  });
}

/** RSS of this probe's Chromium processes by type (renderer, gpu-process, ...), sampled once a second from ps. */
const peak = new Map<string, number>();
const latest = new Map<string, number>();
function sampleMemory(): void {
  let rows: string[][];
  try {
    rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.trim().split(/\s+/));
  } catch {
    return;
  }
  // Descendants of this process (the browser it launched and its children).
  const mine = new Set([String(process.pid)]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (mine.has(r[1]!) && !mine.has(r[0]!)) (mine.add(r[0]!), (grew = true));
  }
  latest.clear();
  for (const r of rows) {
    if (!mine.has(r[0]!) || !/chrom/.test(r[3]!)) continue;
    const type = /--type=([\w-]+)/.exec(r.slice(3).join(' '))?.[1] ?? 'browser';
    latest.set(type, Math.max(latest.get(type) ?? 0, Number(r[2]) / 1024));
  }
  for (const [k, v] of latest) peak.set(k, Math.max(peak.get(k) ?? 0, v));
}
const memory = (peaks = false) =>
  [...(peaks ? peak : latest)]
    .filter(([k]) => k === 'renderer' || k === 'gpu-process' || k === 'browser')
    .map(([k, v]) => `${k} ${v.toFixed(0)} MiB`)
    .join(', ');

async function main() {
  const args = chromiumArgs();
  console.log(`Chromium ${args.join(' ')}; webgl options ${JSON.stringify(webglOptions)}`);
  const home = mkdtempSync(join(tmpdir(), 'webgl-probe-'));
  const serialize = createCaseSerializer();
  for (const size of sizes) writeFileSync(join(home, `bench-${size}.json`), serialize({ ...generateCase(SIZES[size]), title: `Bench ${size}` }));
  const at = arg('--at');
  const host = at ? await startHostAt(at, home) : await startHost(home);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...args, '--enable-precise-memory-info'] });
  if (shots) mkdirSync(shots, { recursive: true });
  const sampler = setInterval(sampleMemory, 1000);
  try {
    for (const size of sizes) {
      // One page per size and mode: a WebGL instance changes cytoscape's prototype (CANVAS_LAYERS = 4), and a
      // crash must not take the other measures with it.
      for (const mode of modes) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        await context.addInitScript('globalThis.__name = (f) => f;');
        await context.addInitScript(LONG_TASKS);
        const page = await context.newPage();
        let crashed = false;
        page.on('crash', () => (crashed = true));
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => {
          if (m.text().startsWith('probe:')) console.log(`   ${m.text()} (${memory()})`);
          if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
        });
        try {
          await page.goto(host.url);
          // The workspace reopens the last case: go back to the list first.
          await page.getByRole('button', { name: 'All cases' }).or(page.getByRole('table', { name: 'Cases' })).first().waitFor();
          if (await page.getByRole('button', { name: 'All cases' }).isVisible()) await page.getByRole('button', { name: 'All cases' }).click();
          await page.evaluate(() => performance.clearMarks());
          await page.getByRole('table', { name: 'Cases' }).getByRole('row').filter({ hasText: `bench-${size}.json` }).click();
          await page.getByRole('button', { name: 'Open case' }).click();
          await page.waitForFunction(() => performance.getEntriesByName('caseboard:graph-first-frame').length > 0, null, { timeout: 180_000 });
          await page.waitForTimeout(1500);
          // A crashed page never answers its evaluate: race it against the crash and a time limit.
          const gone = new Promise<never>((_, reject) => {
            page.once('crash', () => reject(new Error('page crashed')));
            setTimeout(() => reject(new Error('no answer in 6 min')), 360_000).unref();
          });
          const m = await Promise.race([page.evaluate(measureInPage, { webgl: mode === 'webgl', options: webglOptions, keep: !!shots, labelsOff, panBudget: PAN_BUDGET_MS, layoutDefault }), gone]);
          console.log(
            `${size} ${mode.padEnd(6)} gl=${m.gl}\n` +
              `   first frame ${m.firstFrame.toFixed(0)} ms (first render ${m.firstRender.toFixed(0)} ms), longest task ${m.firstLongest.toFixed(0)} ms\n` +
              `   select one node: longest task ${m.select.toFixed(0)} ms (render ${m.selectRender.toFixed(0)} ms)\n` +
              `   rename one node: longest task ${m.rename.toFixed(0)} ms (render ${m.renameRender.toFixed(0)} ms)\n` +
              `   pan/zoom ${m.panSteps} steps in ${m.panMs.toFixed(0)} ms: ${m.panFrames} renders, median ${m.panRenderMedian.toFixed(0)} ms, max ${m.panRenderMax.toFixed(0)} ms; longest task ${m.panLongest.toFixed(0)} ms\n` +
              `   JS heap ${m.heapMiB.toFixed(0)} MiB; 'render' events ${m.renderEvents}`,
          );
          if (shots) await screenshots(page, shots, `${size}-${mode}-${gpu}`);
        } catch (e) {
          console.log(`${size} ${mode.padEnd(6)} ${crashed ? 'PAGE CRASHED (renderer process gone)' : `failed: ${String(e).split('\n')[0]}`}`);
        } finally {
          if (errors.length) console.log(`   page errors/warnings: ${[...new Set(errors)].slice(0, 6).join(' | ')}`);
          await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
        }
      }
    }
  } finally {
    clearInterval(sampler);
    console.log(`peak RSS: ${memory(true)}`);
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    await host.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
