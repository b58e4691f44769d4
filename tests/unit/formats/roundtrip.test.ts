import { describe, expect, it } from 'vitest';
import { caseFromImport, exportCase, importGraph, mergeIntoCase, type ImportedGraph, type ImportFormat } from '../../../shared/formats';
import { evidenceQuotes } from '../../../shared/formats/evidence';
import { stripControl } from '../../../shared/formats/xml';
import { applyOp, checkInvariants, type Case } from '../../../shared/model';
import { formatsCase } from './fixture';

/** Export, then read back with our own importer. CSV comes as two files. */
function reimport(c: Case, format: ImportFormat): ImportedGraph {
  const { files } = exportCase(c, format);
  if (format === 'csv') return importGraph('csv', { entities: files[0]!.text, links: files[1]!.text });
  return importGraph(format, files[0]!.text);
}

/** What every data format must keep, in comparable form. XML cannot hold control characters, so those are compared stripped. */
function essentials(c: Case | ImportedGraph, xml: boolean) {
  const s = (t: string | undefined) => (t === undefined ? undefined : xml ? stripControl(t) : t);
  // A case holds spans into its sources; imported graph data holds the quotes themselves.
  const quotes = (r: ImportedGraph['relations'][number] | Case['relations'][number]) =>
    'format' in c ? evidenceQuotes(c, r as Case['relations'][number]) : (r.evidence as { quote: string; sourceTitle?: string }[]);
  return {
    entities: c.entities.map((e) => ({ id: e.id, name: s(e.name), type: e.type, aliases: e.aliases.map((a) => s(a)), notes: s(e.notes), status: e.status, date: e.date })),
    relations: c.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: s(r.type),
      directed: r.directed,
      status: r.status,
      reliability: r.reliability,
      credibility: r.credibility,
      notes: s(r.notes),
      evidence: quotes(r).map((q) => ({ quote: s(q.quote), sourceTitle: q.sourceTitle })),
    })),
    positions: 'layout' in c ? c.layout.positions : c.positions,
  };
}

describe('export → import keeps entities, links, attributes and positions', () => {
  const original = formatsCase();
  for (const format of ['cyjs', 'graphml', 'gexf', 'csv', 'json'] as const) {
    const xml = format === 'graphml' || format === 'gexf';
    it(`${format}: same graph back`, () => {
      const g = reimport(original, format);
      expect(g.warnings).toEqual([]);
      expect(essentials(g, xml)).toEqual(essentials(original, xml));
    });

    it(`${format}: merging the export back into the same case by id changes nothing`, () => {
      const g = reimport(original, format);
      const op = mergeIntoCase(original, g, { match: 'id' });
      expect(op.op).toBe('batch');
      const after = applyOp(original, op).state;
      expect(after).toEqual(original);
    });

    it(`${format}: a new case from the export is sound and keeps the evidence quotes`, () => {
      const made = caseFromImport(reimport(original, format), { title: 'Reimported', fileName: `talks.${format}` });
      expect(checkInvariants(made)).toEqual([]);
      expect(made.id).not.toBe(original.id);
      expect(made.entities.map((e) => e.id)).toEqual(original.entities.map((e) => e.id));
      expect(made.layout.positions).toEqual(original.layout.positions);
      const quotes = (c: Case) => c.relations.map((r) => evidenceQuotes(c, r).map((q) => q.quote));
      expect(quotes(made)).toEqual(quotes(original));
    });
  }

  it('json: a new case is the whole case under a fresh id, sources and mentions included', () => {
    const made = caseFromImport(reimport(original, 'json'));
    expect({ ...made, id: original.id }).toEqual(original);
    expect(made.id).toMatch(/^case_/);
    expect(made.id).not.toBe(original.id);
  });
});
