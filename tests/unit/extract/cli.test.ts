import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractCommand } from '../../../electron/cli/commands/extract';
import { checkInvariants, type Case } from '../../../shared/model';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caseboard-extract-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text, 'utf8');
  return file;
};

describe('caseboard extract', () => {
  it('writes a case with one source per file and the suggestions', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const a = write('a.txt', 'Qatar and Turkey mediated talks between Pakistan and the Taliban government in Istanbul.');
    const b = write('b.txt', 'Defense Minister Khawaja Asif spoke in Islamabad — “naïve”, he said.');
    const out = path.join(dir, 'case.json');
    expect(await extractCommand([a, b, '--out', out])).toBe(0);
    const c = JSON.parse(fs.readFileSync(out, 'utf8')) as Case;
    expect(c.sources.map((s) => s.origin.file)).toEqual(['a.txt', 'b.txt']);
    expect(c.sources[1]!.text).toContain('“naïve”');
    expect(checkInvariants(c)).toEqual([]);
    expect(c.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Qatar', 'Turkey', 'Pakistan', 'Khawaja Asif']));
    expect(c.relations.length).toBeGreaterThan(0);
  });

  it('writes to standard output with --out -', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const chunks: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (chunks.push(String(s)), true));
    expect(await extractCommand([write('a.txt', 'Qatar hosted the talks.'), '--out', '-'])).toBe(0);
    expect((JSON.parse(chunks.join('')) as Case).sources).toHaveLength(1);
  });

  it('fails with one clear line on a missing file', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s: string) => errors.push(s));
    expect(await extractCommand([path.join(dir, 'nope.txt'), '--out', path.join(dir, 'x.json')])).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nope\.txt: no such file/);
    expect(fs.existsSync(path.join(dir, 'x.json'))).toBe(false);
  });
});
