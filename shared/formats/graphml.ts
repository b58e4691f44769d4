import type { Case } from '../model/schema';
import { quotesJson, quotesText } from './evidence';
import { GRAPHML_KEYS, YED_EDGE_KEY, YED_NODE_KEY, yedShape } from './graphmlKeys';
import { aliasesText, edgeRows, nodeRows, type EdgeRow, type NodeRow } from './rows';
import { esc, num } from './xml';

const NODE_SIZE = 40;
const EDGE_COLOR = '#666666';

const data = (key: string, value: string | number | boolean | undefined) =>
  value === undefined ? '' : `<data key="${key}">${typeof value === 'string' ? esc(value) : String(value)}</data>`;

function yedNode(n: NodeRow, shape: string): string {
  // yEd's Geometry is the top-left corner of the node's box; Caseboard keeps centres. No saved position: no x/y.
  const at = n.x !== undefined && n.y !== undefined ? ` x="${num(n.x - NODE_SIZE / 2)}" y="${num(n.y - NODE_SIZE / 2)}"` : '';
  return (
    `<data key="${YED_NODE_KEY}"><y:ShapeNode><y:Geometry${at} width="${NODE_SIZE}" height="${NODE_SIZE}"/>` +
    `<y:Fill color="${n.color}" transparent="false"/><y:NodeLabel modelName="sides" modelPosition="s">${esc(n.label)}</y:NodeLabel>` +
    `<y:Shape type="${shape}"/></y:ShapeNode></data>`
  );
}

function yedEdge(e: EdgeRow): string {
  return (
    `<data key="${YED_EDGE_KEY}"><y:PolyLineEdge><y:LineStyle color="${EDGE_COLOR}" type="line" width="1.0"/>` +
    `<y:Arrows source="none" target="${e.directed ? 'standard' : 'none'}"/><y:EdgeLabel>${esc(e.type)}</y:EdgeLabel></y:PolyLineEdge></data>`
  );
}

/**
 * GraphML with a declared key for every attribute (networkx, Gephi and yEd map data by key), plus
 * yEd's graphics so yEd shows labels, colours and the saved layout. The graphics come first in each
 * element so that networkx, which also reads yEd geometry into "x"/"y", ends with our centre values.
 */
export function exportGraphml(c: Case): string {
  const shapes = new Map((c.entityTypes ?? []).map((t) => [t.id, t.shape]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...GRAPHML_KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    `  <key id="${YED_NODE_KEY}" for="node" yfiles.type="nodegraphics"/>`,
    `  <key id="${YED_EDGE_KEY}" for="edge" yfiles.type="edgegraphics"/>`,
    '  <graph id="G" edgedefault="directed">',
    `    ${data('g_title', c.title)}${data('g_case', c.id)}`,
  ];
  for (const n of nodeRows(c)) {
    out.push(
      `    <node id="${esc(n.id)}">${yedNode(n, yedShape(shapes.get(n.type)))}` +
        data('n_label', n.label) +
        data('n_type', n.type) +
        data('n_aliases', aliasesText(n.aliases)) +
        data('n_notes', n.notes) +
        data('n_status', n.status) +
        data('n_color', n.color) +
        data('n_x', n.x) +
        data('n_y', n.y) +
        data('n_date', n.date) +
        data('n_date_basis', n.dateBasis) +
        '</node>',
    );
  }
  for (const e of edgeRows(c)) {
    out.push(
      `    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">${yedEdge(e)}` +
        data('e_label', e.type) +
        data('e_type', e.type) +
        data('e_directed', e.directed) +
        data('e_status', e.status) +
        data('e_reliability', e.reliability) +
        data('e_credibility', e.credibility) +
        (e.evidence.length ? data('e_evidence', quotesText(e.evidence)) + data('e_evidence_refs', quotesJson(e.evidence)) : '') +
        data('e_notes', e.notes) +
        data('e_weight', e.weight) +
        data('e_color', EDGE_COLOR) +
        '</edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
