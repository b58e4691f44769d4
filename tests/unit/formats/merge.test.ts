import { describe, expect, it } from 'vitest';
import { caseFromImport, exportCase, importGraph, mergeIntoCase } from '../../../shared/formats';
import { evidenceQuotes } from '../../../shared/formats/evidence';
import { applyOp, checkInvariants, createCase, type Case } from '../../../shared/model';
import { formatsCase } from './fixture';

const graphml = (c: Case) => importGraph('graphml', exportCase(c, 'graphml').files[0]!.text);

describe('mergeIntoCase', () => {
  it('merges by case-insensitive name, adding aliases and notes, in one undoable batch', () => {
    const base = formatsCase();
    // Another analyst's file: same people, different ids and spelling of case, one new entity.
    const other: Case = {
      ...createCase('other'),
      entities: [
        { id: 'x1', name: 'KHAWAJA ASIF', type: 'person', aliases: ['K. Asif'], notes: 'Also PML-N.', status: 'accepted' },
        { id: 'x2', name: 'ttp', type: 'organization', aliases: [], status: 'accepted' },
        { id: 'x3', name: 'Noor Wali Mehsud', type: 'person', aliases: ['نور ولی محسود'], status: 'accepted' },
      ],
      layout: { positions: { x3: { x: 9, y: 9 }, x1: { x: 1, y: 1 } } },
    };
    other.relations = [
      { id: 'r1', source: 'x3', target: 'x2', type: 'leads', directed: true, evidence: [], credibility: 2, status: 'accepted' },
      { id: 'r2', source: 'x1', target: 'x2', type: 'Accused', directed: true, evidence: [], credibility: 1, status: 'accepted' },
    ];
    const op = mergeIntoCase(base, graphml(other), { match: 'name', fileName: 'other.graphml' });
    expect(op.op).toBe('batch');
    const { state, inverse } = applyOp(base, op);
    expect(checkInvariants(state)).toEqual([]);
    const ka = state.entities.find((e) => e.id === 'ent_ka')!;
    // "KHAWAJA ASIF" differs only in case, so it is not a new alias.
    expect(ka.aliases).toEqual(['خواجہ آصف', 'K. Asif']);
    expect(ka.notes).toBe('Defence Minister of Pakistan.\n\nAlso PML-N.');
    expect(state.layout.positions.ent_ka).toEqual(base.layout.positions.ent_ka);
    const noor = state.entities.find((e) => e.name === 'Noor Wali Mehsud')!;
    expect(state.layout.positions[noor.id]).toEqual({ x: 9, y: 9 });
    expect(state.relations.find((r) => r.type === 'leads')).toMatchObject({ source: noor.id, target: 'ent_ttp', credibility: 2 });
    // "Accused" is the same link as "accused": the analyst's credibility 4 stays.
    expect(state.relations.filter((r) => r.source === 'ent_ka' && r.target === 'ent_ttp')).toHaveLength(1);
    expect(state.relations.find((r) => r.id === 'rel_acc')!.credibility).toBe(4);
    expect(applyOp(state, inverse).state).toEqual(base);
  });

  it('finds evidence quotes in the case sources, and keeps the rest in a quotes source', () => {
    const base = formatsCase();
    const g = graphml(base);
    g.relations[0]!.evidence.push({ quote: 'A sentence from a report this case does not hold.', sourceTitle: 'Missing report' });
    const target: Case = { ...base, relations: [], entities: base.entities, mentions: [] };
    const state = applyOp(target, mergeIntoCase(target, g, { match: 'id', fileName: 'talks.graphml' })).state;
    const talks = state.relations.find((r) => r.id === 'rel_talks')!;
    const quotes = evidenceQuotes(state, talks);
    expect(quotes.slice(0, 2).map((q) => q.sourceId)).toEqual(['src_art', 'src_ur']);
    expect(quotes[2]).toMatchObject({ quote: 'A sentence from a report this case does not hold.', sourceTitle: 'Quotes from “Missing report” (talks.graphml)' });
  });

  it('merging a Case JSON into another case brings its sources and mentions, and evidence points into them', () => {
    const target = createCase('Other case', '2025-01-01T00:00:00.000Z');
    const g = importGraph('json', exportCase(formatsCase(), 'json').files[0]!.text);
    const state = applyOp(target, mergeIntoCase(target, g, { match: 'name' })).state;
    expect(checkInvariants(state)).toEqual([]);
    expect(state.sources.map((s) => s.title)).toEqual(['Talks collapse — Dawn', 'جنگ: مذاکرات ناکام', '<b>Unrelated</b> note']);
    expect(state.mentions).toHaveLength(formatsCase().mentions.length);
    const acc = state.relations.find((r) => r.id === 'rel_acc')!;
    expect(evidenceQuotes(state, acc).map((q) => q.sourceTitle)).toEqual(['Talks collapse — Dawn', 'جنگ: مذاکرات ناکام']);
  });

  it('gives new ids where the file reuses ids the case already has for other things', () => {
    const base = formatsCase();
    const g = importGraph('cyjs', JSON.stringify({ elements: { nodes: [{ data: { id: 'rel_acc', name: 'Clash' } }, { data: { id: 'src_art', name: 'Clash 2' } }], edges: [] } }));
    const state = applyOp(base, mergeIntoCase(base, g, { match: 'id' })).state;
    expect(checkInvariants(state)).toEqual([]);
    expect(state.entities.filter((e) => e.name.startsWith('Clash')).map((e) => e.id)).not.toContain('rel_acc');
  });
});

describe('caseFromImport and importGraph on foreign files', () => {
  it('reads a yEd-style GraphML with labels and geometry only in yEd graphics', () => {
    const yed = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="85" y="185"/><y:NodeLabel>Alpha &amp; Co</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:Geometry height="30" width="30" x="-15" y="-15"/><y:NodeLabel>Beta</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>pays</y:EdgeLabel></y:PolyLineEdge></data></edge>
    <edge id="e1" source="n0" target="n9"/>
  </graph>
</graphml>`;
    const g = importGraph('graphml', yed);
    expect(g.entities.map((e) => [e.name, e.type])).toEqual([
      ['Alpha & Co', 'other'],
      ['Beta', 'other'],
    ]);
    expect(g.positions).toEqual({ n0: { x: 100, y: 200 }, n1: { x: 0, y: 0 } });
    expect(g.relations).toHaveLength(1);
    expect(g.warnings).toEqual(['link "e1" was skipped: no entity "n9"']);
    const c = caseFromImport(g, { fileName: 'yed.graphml' });
    expect(c.title).toBe('yed.graphml');
    expect(c.relations[0]).toMatchObject({ source: 'n0', target: 'n1', type: 'pays', directed: true });
  });

  it('reads Cytoscape JSON in the array form cy.json() can also give', () => {
    const g = importGraph('cyjs', JSON.stringify([{ group: 'nodes', data: { id: 'a', name: 'A', type: 'person' }, position: { x: 1, y: 2 } }, { group: 'nodes', data: { id: 'b', label: 'B' } }, { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', interaction: 'pays', credibility: 9 } }]));
    expect(g.entities.map((e) => e.name)).toEqual(['A', 'B']);
    expect(g.relations[0]).toMatchObject({ type: 'pays' });
    expect(g.relations[0]!.credibility).toBeUndefined();
    expect(g.warnings).toEqual(['link "ab": credibility "9" is not 1–6 and was dropped']);
  });

  it('says clearly what is wrong with a broken file', () => {
    expect(() => importGraph('graphml', '<graphml><graph><node id="a"></graph>')).toThrow(/not well-formed XML at line 1/);
    expect(() => importGraph('gexf', '<graphml/>')).toThrow(/not GEXF/);
    expect(() => importGraph('cyjs', '{"elements": ')).toThrow(/not valid JSON/);
    expect(() => importGraph('cyjs', '{"nodes": []}')).toThrow(/not Cytoscape JSON/);
    expect(() => importGraph('json', '{"format":"something"}')).toThrow(/not a Caseboard case/);
    expect(() => importGraph('graphml', '  ')).toThrow(/empty/);
  });
});
