import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCommand } from '../../../electron/cli/commands/export';
import { exportCase } from '../../../shared/formats';
import { formatsCase } from './fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'caseboard-export-'));
const caseFile = path.join(dir, 'talks.json');
writeFileSync(caseFile, JSON.stringify(formatsCase(), null, 2));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let errors: string[] = [];
let logs: string[] = [];
beforeEach(() => {
  errors = [];
  logs = [];
  vi.spyOn(console, 'error').mockImplementation((m: unknown) => void errors.push(String(m)));
  vi.spyOn(console, 'log').mockImplementation((m: unknown) => void logs.push(String(m)));
});
afterEach(() => vi.restoreAllMocks());

describe('caseboard export', () => {
  for (const format of ['json', 'cyjs', 'graphml', 'gexf', 'stix'] as const) {
    it(`writes ${format} exactly as the menu export does`, async () => {
      const out = path.join(dir, `out.${format}`);
      expect(await exportCommand([caseFile, '--format', format, '--out', out])).toBe(0);
      const expected = exportCase(formatsCase(), format).files[0]!.text;
      // The CLI writes the case as validated (schema order of keys), so JSON is compared as data.
      if (format === 'json') expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(expected));
      else expect(readFileSync(out, 'utf8')).toBe(expected);
      expect(logs).toEqual([`wrote ${out}`]);
    });
  }

  it('writes CSV as PATH-entities.csv and PATH-links.csv, or into a folder', async () => {
    expect(await exportCommand([caseFile, '--format=csv', '--out', path.join(dir, 'graph.csv')])).toBe(0);
    expect(readFileSync(path.join(dir, 'graph-entities.csv'), 'utf8').startsWith('\uFEFFId,Label,Type')).toBe(true);
    expect(existsSync(path.join(dir, 'graph-links.csv'))).toBe(true);
    const folder = path.join(dir, 'csvdir');
    mkdirSync(folder);
    expect(await exportCommand([caseFile, '--format', 'csv', '--out', folder])).toBe(0);
    const [e, l] = exportCase(formatsCase(), 'csv').files;
    expect(readFileSync(path.join(folder, e!.name), 'utf8')).toBe(e!.text);
    expect(readFileSync(path.join(folder, l!.name), 'utf8')).toBe(l!.text);
  });

  it('exports a selection', async () => {
    const out = path.join(dir, 'sel.json');
    expect(await exportCommand([caseFile, '--format', 'json', '--out', out, '--links', 'rel_acc'])).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).entities.map((x: { id: string }) => x.id)).toEqual(['ent_ka', 'ent_ttp']);
  });

  it('refuses an invalid case in one line with exit 1, writing nothing', async () => {
    const bad = path.join(dir, 'bad.json');
    const c = formatsCase();
    c.relations[0]!.target = 'ent_missing';
    writeFileSync(bad, JSON.stringify(c));
    const out = path.join(dir, 'never.graphml');
    expect(await exportCommand([bad, '--format', 'graphml', '--out', out])).toBe(1);
    expect(errors).toEqual([`${bad}: invalid: relations[0].target: no entity "ent_missing"`]);
    expect(existsSync(out)).toBe(false);
  });

  it('explains usage mistakes with exit 2', async () => {
    expect(await exportCommand([caseFile, '--format', 'pdf', '--out', 'x'])).toBe(2);
    expect(errors[0]!.split('\n')[0]).toBe('caseboard export: --format must be one of json, cyjs, graphml, gexf, csv, stix (not "pdf")');
    expect(await exportCommand([caseFile, '--format', 'json'])).toBe(2);
    expect(await exportCommand([path.join(dir, 'missing.json'), '--format', 'json', '--out', 'x'])).toBe(1);
    expect(errors.at(-1)).toMatch(/missing\.json: cannot be read \(ENOENT\)/);
  });
});
