import { describe, expect, it } from 'vitest';
import { applyOp, safeName } from '../../../shared/model';
import { sampleCase } from '../helpers/caseFixture';

describe('text hygiene at the model boundary', () => {
  it('makes bidirectional overrides and isolates visible, so they cannot disguise a name', () => {
    // "‮gpj.exe" reads as "exe.jpg" on screen without this.
    expect(safeName('Invoice \u202egpj.exe')).toBe('Invoice ⟦RLO⟧gpj.exe');
    for (const ch of ['\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069']) expect(safeName(`a${ch}b`)).toMatch(/^a⟦[A-Z]+⟧b$/);
  });

  it('shows zero-width characters but keeps the zero-width non-joiner Persian and Dari need', () => {
    expect(safeName('Tali\u200bban')).toBe('Tali⟦ZWSP⟧ban');
    expect(safeName('\ufeffKabul')).toBe('⟦ZWNBSP⟧Kabul');
    expect(safeName('می\u200cخواهم')).toBe('می\u200cخواهم');
  });

  it('stores names in NFC, on one line, without control characters', () => {
    expect(safeName('Cafe\u0301')).toBe('Café');
    expect(safeName('Line\none\u0007')).toBe('Line one');
  });

  it('applies when entities and links are made or renamed, and to source text (NFC)', () => {
    let c = applyOp(sampleCase(), { op: 'addEntity', entity: { id: 'ent_x', name: 'A\u202eB', type: 'person', aliases: ['x\u200by'], status: 'accepted' } }).state;
    expect(c.entities.at(-1)).toMatchObject({ name: 'A⟦RLO⟧B', aliases: ['x⟦ZWSP⟧y'] });
    c = applyOp(c, { op: 'updateEntity', id: 'ent_x', patch: { name: '\u2067evil' } }).state;
    expect(c.entities.at(-1)!.name).toBe('⟦RLI⟧evil');
    c = applyOp(c, { op: 'addSource', source: { id: 'src_n', title: 'Cafe\u0301', text: 'Cafe\u0301 <script>alert(1)</script>', origin: {}, addedAt: 'x' } }).state;
    expect(c.sources.at(-1)).toMatchObject({ title: 'Café', text: 'Café <script>alert(1)</script>' });
    expect(() => applyOp(c, { op: 'updateEntity', id: 'ent_x', patch: { name: '\u0000\u0001' } })).toThrow(/needs a name/);
  });
});
