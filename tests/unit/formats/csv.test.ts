import { describe, expect, it } from 'vitest';
import { exportCase, importGraph } from '../../../shared/formats';
import { cell, parseCsv, unneutralise } from '../../../shared/formats/csvText';
import { formatsCase } from './fixture';

describe('CSV export', () => {
  const [entities, links] = exportCase(formatsCase(), 'csv').files;

  it('writes two UTF-8 files with a BOM and Gephi headers', () => {
    expect(entities!.name).toMatch(/-entities\.csv$/);
    expect(links!.name).toMatch(/-links\.csv$/);
    expect(entities!.text.startsWith('\uFEFFId,Label,Type,')).toBe(true);
    expect(links!.text.startsWith('\uFEFFSource,Target,Type,Label,Weight,')).toBe(true);
    expect(links!.text).toContain('\r\n');
  });

  it('puts direction in Type and the relation type in Label and RelationType', () => {
    const rows = parseCsv(links!.text);
    const head = rows[0]!;
    const talks = rows.find((r) => r[head.indexOf('Id')] === 'rel_talks')!;
    expect(talks[head.indexOf('Type')]).toBe('Undirected');
    expect(talks[head.indexOf('Label')]).toBe('negotiated with');
    expect(talks[head.indexOf('RelationType')]).toBe('negotiated with');
    expect(talks[head.indexOf('Grading')]).toBe('B1');
  });

  it('neutralises cells a spreadsheet would run as formulas, and only those', () => {
    const rows = parseCsv(entities!.text);
    const evil = rows.find((r) => r[0] === 'ent_evil')!;
    expect(evil[1]).toBe('\'=HYPERLINK("http://evil.example","click")');
    const xss = rows.find((r) => r[0] === 'ent_xss')!;
    expect(xss[4]!.startsWith("'@SUM")).toBe(true);
    const pk = rows.find((r) => r[0] === 'ent_pk')!;
    expect(pk.slice(7, 9)).toEqual(['0', '0']);
    const neg = rows.find((r) => r[0] === 'ent_xss')!;
    expect(neg.slice(7, 9)).toEqual(['-500', '-500.75']);
    for (const r of [...rows, ...parseCsv(links!.text)]) for (const c of r) if (/^[=+@\t\r]/.test(c)) throw new Error(`unsafe cell ${c}`);
  });

  it('keeps names in any script intact', () => {
    expect(entities!.text).toContain('خواجہ آصف');
    expect(entities!.text).toContain('تحریک طالبان پاکستان');
    expect(links!.text).toContain('وزیر دفاع');
  });
});

describe('CSV text', () => {
  it('quotes per RFC 4180 and reads back what it wrote', () => {
    const nasty = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', '=1+2', "'=already", '-3', '+x', '@y', '\tz', "'plain"];
    const line = nasty.map(cell).join(',');
    const [back] = parseCsv(line + '\r\n');
    expect(back!.map(unneutralise)).toEqual(nasty);
  });

  it('reads semicolon files and links without an entities file', () => {
    const g = importGraph('csv', { links: 'Source;Target;Type;Label\nA;B;Directed;funds\nB;C;Undirected;knows\n' });
    expect(g.entities.map((e) => e.name)).toEqual(['A', 'B', 'C']);
    expect(g.relations.map((r) => [r.type, r.directed])).toEqual([
      ['funds', true],
      ['knows', false],
    ]);
    expect(g.warnings[0]).toMatch(/3 link ends/);
  });

  it('refuses a file cut inside a quoted cell', () => {
    expect(() => importGraph('csv', { entities: 'Id,Label\n1,"unterminated\n' })).toThrow(/never closed/);
  });
});
