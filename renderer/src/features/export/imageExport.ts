import type { Core } from 'cytoscape';

export type ImageArea = 'view' | 'full';
export type ImageOptions = { area: ImageArea; scale: number; transparent: boolean };

/** Chromium refuses canvases beyond 32767 px a side or ~268 Mpx; stay well inside so nothing comes out blank. */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 64_000_000;

/** XML 1.0 cannot hold C0 control characters (except tab, newline, CR), even escaped. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The colour the analyst sees behind the graph: the first non-transparent background up from the canvas. */
export function screenBackground(cy: Core): string {
  for (let el: HTMLElement | null = cy.container(); el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The size of the picture at scale 1, in CSS pixels: the view as on screen, or the whole graph's bounding box. */
export function baseSize(cy: Core, area: ImageArea): { width: number; height: number } {
  if (area === 'view') return { width: Math.round(cy.width()), height: Math.round(cy.height()) };
  const bb = cy.elements().boundingBox();
  return { width: Math.max(1, Math.ceil(bb.w)), height: Math.max(1, Math.ceil(bb.h)) };
}

/** The scale actually used: the one asked for, lowered when the image would exceed what a canvas can hold. */
export function fittedScale(cy: Core, o: ImageOptions): { scale: number; width: number; height: number; reduced: boolean } {
  const { width, height } = baseSize(cy, o.area);
  let scale = o.scale;
  scale = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const reduced = scale < o.scale - 1e-9;
  return { scale, width: Math.floor(width * scale), height: Math.floor(height * scale), reduced };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The graph as PNG bytes, drawn by cytoscape's own renderer (same styles, labels and positions as the screen). */
export async function renderPng(cy: Core, o: ImageOptions): Promise<{ bytes: Uint8Array; reduced: boolean }> {
  const fit = fittedScale(cy, o);
  const blob = await cy.png({
    output: 'blob-promise',
    full: o.area === 'full',
    scale: fit.scale,
    // Giving a maximum keeps cytoscape from multiplying by the screen's pixel ratio: the scale asked is the scale got.
    maxWidth: MAX_SIDE,
    maxHeight: MAX_SIDE,
    bg: o.transparent ? undefined : screenBackground(cy),
  });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const size = pngSize(bytes);
  if (!size || size.width < 1 || size.height < 1) throw new Error('the graph could not be drawn into an image (the canvas came back empty)');
  return { bytes, reduced: fit.reduced };
}

type SvgCore = Core & { svg: (o: { full?: boolean; scale?: number; bg?: string }) => string };

/** Room around a whole-graph SVG: another program may draw its labels in a wider font than the screen did. */
export const svgPadding = (width: number, height: number) => Math.round(Math.max(24, 0.04 * Math.max(width, height)));

const attr = (tag: string, name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(tag)?.[1] ?? NaN);

/**
 * The graph as SVG: vector shapes, labels as <text>, drawn by cytoscape-svg from the same style as the screen.
 * A whole-graph drawing gets a margin and a viewBox; characters XML cannot hold are removed.
 */
export function renderSvg(cy: Core, o: Omit<ImageOptions, 'scale'>): string {
  const raw = (cy as SvgCore).svg({ full: o.area === 'full', scale: 1 });
  const open = /<svg\b[^>]*>/.exec(raw);
  const end = raw.lastIndexOf('</svg>');
  if (!open || end < 0) throw new Error('the SVG renderer gave no drawing');
  const width = attr(open[0], 'width');
  const height = attr(open[0], 'height');
  if (!Number.isFinite(width) || !Number.isFinite(height)) throw new Error('the SVG renderer gave a drawing without a size');
  const pad = o.area === 'full' ? svgPadding(width, height) : 0;
  const [w, h] = [width + 2 * pad, height + 2 * pad];
  const head = open[0].replace(/\s(width|height|viewBox)="[^"]*"/g, '').replace(/>$/, ` width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">`);
  const bg = o.transparent ? '' : `<rect x="0" y="0" width="${w}" height="${h}" fill="${screenBackground(cy).replace(/[^#\w(),. %]/g, '')}"/>`;
  const body = raw.slice(open.index + open[0].length, end);
  return `${head}${bg}<g transform="translate(${pad},${pad})">${body}</g></svg>\n`.replace(CONTROL, '');
}
