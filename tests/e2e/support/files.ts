import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';
import { ROOT, SHARED } from '../fixtures';

export const INTEROP = join(SHARED, 'interop');
export const hasInterop = existsSync(join(INTEROP, 'README.md'));

export type Verdict = { ok: boolean; output: string };
/** A reader that can check a file, or the reason it cannot run here. */
export type Reader = { run: (file: string) => Verdict } | { skip: string };

const works = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error && r.status === 0;
};
export const verdict = (cmd: string, args: string[]): Verdict => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`.trim() };
};

/** The interop scripts resolve cytoscape / ajv from where they sit; a copy in node_modules finds the repo's own. */
function localCopy(name: string): string {
  const dir = join(ROOT, 'node_modules', '.cache', 'caseboard-interop');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(INTEROP, name), join(dir, name));
  return join(dir, name);
}

/** The reader ../shared/interop/README.md names for each data format. */
export function readerFor(format: 'graphml' | 'gexf' | 'stix' | 'cyjs'): Reader {
  if (!hasInterop) return { skip: `no ${INTEROP} (../shared is absent)` };
  switch (format) {
    case 'graphml':
      if (!works('/usr/bin/python3', ['-c', 'import networkx'])) return { skip: 'no /usr/bin/python3 with networkx (apt-get install python3-networkx)' };
      return { run: (f) => verdict('/usr/bin/python3', [join(INTEROP, 'validate_graph.py'), f]) };
    case 'gexf':
      if (!works('xmllint', ['--version'])) return { skip: 'xmllint not installed (apt-get install libxml2-utils)' };
      return { run: (f) => verdict('xmllint', ['--noout', '--relaxng', join(INTEROP, 'gexf-1.3', 'gexf.rng'), f]) };
    case 'stix':
      if (!existsSync(join(ROOT, 'node_modules', 'ajv-formats'))) return { skip: 'ajv-formats is not installed' };
      return { run: (f) => verdict(process.execPath, [localCopy('validate-stix.mjs'), join(INTEROP, 'stix2-schemas'), f]) };
    case 'cyjs':
      return { run: (f) => verdict(process.execPath, [localCopy('validate-cyjs.cjs'), f]) };
  }
}

export const hasRsvg = works('rsvg-convert', ['--version']);

/** Click an Export menu item and collect the downloads it starts (CSV starts two). */
export async function exportFromMenu(page: Page, label: string, count = 1): Promise<Download[]> {
  const downloads: Download[] = [];
  const got = new Promise<void>((resolve) => {
    const on = (d: Download) => {
      downloads.push(d);
      if (downloads.length === count) {
        page.off('download', on);
        resolve();
      }
    };
    page.on('download', on);
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: label, exact: true }).click();
  await got;
  return downloads;
}

/** Width and height from a PNG's IHDR, after checking its signature. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1'), 'first chunk is IHDR').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How much of each quarter of an 8-bit RGB(A) PNG differs from its top-left pixel, decoded row by row
 * (a whole-graph export can be too large to hold unpacked). Samples every `step`-th row and column.
 */
export async function pngInkByQuarter(file: string, step = 8): Promise<number[]> {
  const { createReadStream } = await import('node:fs');
  const { createInflate } = await import('node:zlib');
  const head = readFileSync(file).subarray(0, 33);
  const { width, height } = pngSize(head);
  const bpp = head[25] === 6 ? 4 : head[25] === 2 ? 3 : 0;
  if (head[24] !== 8 || !bpp) throw new Error('only 8-bit RGB/RGBA PNGs are checked');
  const stride = width * bpp + 1;
  // Collect the IDAT chunks' data as a stream into the inflater.
  const inflate = createInflate();
  const feed = (async () => {
    let pending = Buffer.alloc(0);
    let skipped = false;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      pending = Buffer.concat([pending, chunk as Buffer]);
      if (!skipped) {
        pending = pending.subarray(8);
        skipped = true;
      }
      while (pending.length >= 12) {
        const len = pending.readUInt32BE(0);
        if (pending.length < len + 12) break;
        if (pending.subarray(4, 8).toString('latin1') === 'IDAT' && !inflate.write(pending.subarray(8, 8 + len))) await new Promise((r) => inflate.once('drain', r));
        pending = pending.subarray(len + 12);
      }
    }
    inflate.end();
  })();
  let prev = Buffer.alloc(stride - 1);
  let buf = Buffer.alloc(0);
  let y = 0;
  let bg: number[] | null = null;
  const ink = [0, 0, 0, 0];
  const seen = [0, 0, 0, 0];
  for await (const chunk of inflate) {
    buf = Buffer.concat([buf, chunk as Buffer]);
    while (buf.length >= stride) {
      const filter = buf[0]!;
      const row = Buffer.from(buf.subarray(1, stride));
      buf = buf.subarray(stride);
      for (let i = 0; i < row.length; i++) {
        const a = i >= bpp ? row[i - bpp]! : 0;
        const b = prev[i]!;
        const c = i >= bpp ? prev[i - bpp]! : 0;
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        const add = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? (pa <= pb && pa <= pc ? a : pb <= pc ? b : c) : 0;
        row[i] = (row[i]! + add) & 0xff;
      }
      if (!bg) bg = [row[0]!, row[1]!, row[2]!];
      if (y % step === 0)
        for (let x = 0; x < width; x += step) {
          const q = (y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1);
          const i = x * bpp;
          seen[q] = seen[q]! + 1;
          if (Math.abs(row[i]! - bg[0]!) + Math.abs(row[i + 1]! - bg[1]!) + Math.abs(row[i + 2]! - bg[2]!) > 60) ink[q] = ink[q]! + 1;
        }
      prev = row;
      y++;
    }
  }
  await feed;
  return ink.map((n, q) => n / Math.max(1, seen[q]!));
}
