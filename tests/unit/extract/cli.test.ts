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

  it('marks whole noun phrases as mentions with --extents phrases, names by default', async () => {
    const lines: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s: string) => lines.push(s));
    const a = write('a.txt', 'The government of Iraq thanked Russian Foreign Minister Lavrov in Baghdad.');
    const forms = (c: Case, name: string) => c.mentions.filter((m) => m.entityId === c.entities.find((e) => e.name === name)?.id).map((m) => c.sources[0]!.text.slice(m.start, m.end));
    const run = async (...extra: string[]) => {
      const out = path.join(dir, `case${extra.join('')}.json`);
      expect(await extractCommand([a, '--out', out, ...extra])).toBe(0);
      return JSON.parse(fs.readFileSync(out, 'utf8')) as Case;
    };
    const names = await run();
    expect(forms(names, 'Lavrov')).toEqual(['Lavrov']);
    expect(forms(names, 'Iraq')).toEqual(['Iraq']);
    const phrases = await run('--extents', 'phrases');
    expect(checkInvariants(phrases)).toEqual([]);
    expect(forms(phrases, 'Lavrov')).toEqual(['Russian Foreign Minister Lavrov']);
    expect(forms(phrases, 'Government of Iraq')).toEqual(['The government of Iraq']);
    expect(lines.at(-1)).toMatch(/mention extents: whole noun phrases/);
    expect(forms(await run('--extents=names'), 'Lavrov')).toEqual(['Lavrov']);
  });

  it('refuses an unknown --extents value, naming it', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((s: string) => errors.push(s));
    const out = path.join(dir, 'x.json');
    expect(await extractCommand([write('a.txt', 'Qatar hosted the talks.'), '--out', out, '--extents', 'sentences'])).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/--extents must be names or phrases, not "sentences"/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
