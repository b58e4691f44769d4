import { describe, expect, it } from 'vitest';
import { exportCase, importGraph } from '../../../shared/formats';
import { caseSchema, checkInvariants } from '../../../shared/model';
import { formatsCase } from './fixture';

describe('hostile text in XML-bound exports', () => {
  for (const format of ['graphml', 'gexf'] as const) {
    it(`${format}: no control characters, markup escaped, names intact`, () => {
      const text = exportCase(formatsCase(), format).files[0]!.text;
      // eslint-disable-next-line no-control-regex
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(text).not.toContain('<script>');
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).toContain('خواجہ آصف');
      const back = importGraph(format, text);
      expect(back.entities.find((e) => e.id === 'ent_xss')!.name).toBe('<script>alert(1)</script>');
      expect(back.entities.find((e) => e.id === 'ent_ttp')!.notes).toBe('Banned militant group; "terrorist" per Pakistan.\nSecond line, with a bell character.');
    });
  }
});

describe('selection export', () => {
  it('keeps the chosen links, their ends and only the sources they need', () => {
    const sel = JSON.parse(exportCase(formatsCase(), 'json', { relationIds: ['rel_acc'] }).files[0]!.text);
    expect(sel.entities.map((e: { id: string }) => e.id)).toEqual(['ent_ka', 'ent_ttp']);
    expect(sel.relations.map((r: { id: string }) => r.id)).toEqual(['rel_acc']);
    expect(sel.sources.map((s: { id: string }) => s.id)).toEqual(['src_art', 'src_ur']);
    expect(Object.keys(sel.layout.positions)).toEqual(['ent_ka', 'ent_ttp']);
    // The claim about TTP and the Taliban regime needs the regime too: left out.
    expect(sel.claims).toEqual([]);
    const wider = JSON.parse(exportCase(formatsCase(), 'json', { entityIds: ['ent_ka', 'ent_ttp', 'ent_af'], relationIds: ['rel_acc'] }).files[0]!.text);
    expect(wider.claims.map((c: { id: string }) => c.id)).toEqual(['clm_asif', 'clm_anon']);
    expect(checkInvariants(caseSchema.parse(wider))).toEqual([]);
  });

  it('with only entities chosen, takes the links between them', () => {
    const g = importGraph('graphml', exportCase(formatsCase(), 'graphml', { entityIds: ['ent_pk', 'ent_af', 'ent_zm'] }).files[0]!.text);
    expect(g.entities.map((e) => e.id)).toEqual(['ent_pk', 'ent_af', 'ent_zm']);
    expect(g.relations.map((r) => r.id)).toEqual(['rel_talks', 'rel_spk']);
  });

  it('names files after the case title in any script', () => {
    const names = exportCase(formatsCase(), 'csv').files.map((f) => f.name);
    expect(names).toEqual(['Istanbul-talks-مذاکرات-test-entities.csv', 'Istanbul-talks-مذاکرات-test-links.csv']);
  });
});
