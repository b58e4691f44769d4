import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
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
