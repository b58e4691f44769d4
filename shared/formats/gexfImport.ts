import { entityFromAttrs, positionFromAttrs, relationFromAttrs, type Attrs } from './read';
import type { ImportedGraph } from './types';
import { attr, child, children, parseXml, type XmlNode } from './xmlRead';

/** Attribute id → lower-cased title, per class, from the <attributes> declarations. */
function titles(graph: XmlNode, cls: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of children(graph, 'attributes')) {
    if (attr(block, 'class') !== cls) continue;
    for (const a of children(block, 'attribute')) out.set(attr(a, 'id') ?? '', (attr(a, 'title') ?? attr(a, 'id') ?? '').toLowerCase());
  }
  return out;
}

function values(el: XmlNode, names: Map<string, string>): Attrs {
  const out: Attrs = {};
  for (const v of children(child(el, 'attvalues'), 'attvalue')) {
    const id = attr(v, 'for') ?? '';
    out[names.get(id) ?? id.toLowerCase()] = attr(v, 'value');
  }
  return out;
}

/** GEXF 1.2/1.3 from Gephi or Caseboard. Dynamic (time-sliced) values are read as if static. */
export function importGexf(text: string): ImportedGraph {
  const graph = child(child(parseXml(text), 'gexf'), 'graph');
  if (!graph) throw new Error('not GEXF: no <gexf> element with a <graph>');
  const g: ImportedGraph = { entities: [], relations: [], positions: {}, warnings: [] };
  const warn = (m: string) => g.warnings.push(m);
  const nodeNames = titles(graph, 'node');
  const edgeNames = titles(graph, 'edge');
  const defaultDirected = attr(graph, 'defaultedgetype') !== 'undirected';
  for (const n of children(child(graph, 'nodes'), 'node')) {
    const id = attr(n, 'id') ?? '';
    const a = { ...values(n, nodeNames), label: attr(n, 'label') };
    g.entities.push(entityFromAttrs(id, a, warn));
    const p = child(n, 'position');
    const pos = p && positionFromAttrs({ x: attr(p, 'x'), y: attr(p, 'y') });
    if (pos) g.positions[id] = pos;
  }
  children(child(graph, 'edges'), 'edge').forEach((e, i) => {
    const kind = attr(e, 'type');
    const directed = kind ? kind === 'directed' : defaultDirected;
    // The edge's own type attribute is direction (read above); the relation type is an attvalue or the label.
    const a: Attrs = { ...values(e, edgeNames), label: attr(e, 'label') };
    g.relations.push(relationFromAttrs(attr(e, 'id') ?? `e${i}`, attr(e, 'source') ?? '', attr(e, 'target') ?? '', directed, a, warn));
  });
  return g;
}
