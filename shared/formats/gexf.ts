import type { Case } from '../model/schema';
import { quotesJson, quotesText } from './evidence';
import { aliasesText, edgeRows, nodeRows } from './rows';
import { rgb } from './style';
import { esc, num } from './xml';

type AttrDef = { id: string; title: string; type: 'string' | 'integer' | 'double' | 'boolean' };

/** Declared attributes. GEXF's own edge "type" means directed/undirected, so the link type is "relation_type". */
export const GEXF_NODE_ATTRS: AttrDef[] = [
  { id: 'type', title: 'type', type: 'string' },
  { id: 'aliases', title: 'aliases', type: 'string' },
  { id: 'notes', title: 'notes', type: 'string' },
  { id: 'status', title: 'status', type: 'string' },
  { id: 'date', title: 'date', type: 'string' },
  { id: 'date_basis', title: 'date_basis', type: 'string' },
];
export const GEXF_EDGE_ATTRS: AttrDef[] = [
  { id: 'relation_type', title: 'relation_type', type: 'string' },
  { id: 'status', title: 'status', type: 'string' },
  { id: 'reliability', title: 'reliability', type: 'string' },
  { id: 'credibility', title: 'credibility', type: 'integer' },
  { id: 'evidence', title: 'evidence', type: 'string' },
  { id: 'evidence_refs', title: 'evidence_refs', type: 'string' },
  { id: 'notes', title: 'notes', type: 'string' },
];

const attvalues = (values: [string, string | number | undefined][]) => {
  const set = values.filter(([, v]) => v !== undefined && v !== '');
  if (!set.length) return '';
  return `<attvalues>${set.map(([k, v]) => `<attvalue for="${k}" value="${esc(String(v))}"/>`).join('')}</attvalues>`;
};

const declare = (cls: 'node' | 'edge', defs: AttrDef[]) => [
  `    <attributes class="${cls}">`,
  ...defs.map((d) => `      <attribute id="${d.id}" title="${d.title}" type="${d.type}"/>`),
  '    </attributes>',
];

/** GEXF 1.3 (Gephi's native format) with viz:position and viz:color, checked against the official RelaxNG. */
export function exportGexf(c: Case): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(c.updatedAt)?.[0];
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${day ? ` lastmodifieddate="${day}"` : ''}><creator>Caseboard</creator><description>${esc(c.title)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', GEXF_NODE_ATTRS),
    ...declare('edge', GEXF_EDGE_ATTRS),
    '    <nodes>',
  ];
  for (const n of nodeRows(c)) {
    const { r, g, b } = rgb(n.color);
    const values = attvalues([
      ['type', n.type],
      ['aliases', n.aliases.length ? aliasesText(n.aliases) : undefined],
      ['notes', n.notes],
      ['status', n.status],
      ['date', n.date],
      ['date_basis', n.dateBasis],
    ]);
    const pos = n.x !== undefined ? `<viz:position x="${num(n.x)}" y="${num(n.y ?? 0)}" z="0"/>` : '';
    out.push(`      <node id="${esc(n.id)}" label="${esc(n.label)}">${values}<viz:color r="${r}" g="${g}" b="${b}"/>${pos}</node>`);
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of edgeRows(c)) {
    const values = attvalues([
      ['relation_type', e.type],
      ['status', e.status],
      ['reliability', e.reliability],
      ['credibility', e.credibility],
      ['evidence', e.evidence.length ? quotesText(e.evidence) : undefined],
      ['evidence_refs', e.evidence.length ? quotesJson(e.evidence) : undefined],
      ['notes', e.notes],
    ]);
    out.push(
      `      <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}" type="${e.directed ? 'directed' : 'undirected'}"` +
        ` label="${esc(e.type)}" weight="${num(e.weight)}">${values}</edge>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
