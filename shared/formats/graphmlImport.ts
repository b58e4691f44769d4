import { entityFromAttrs, parseBool, positionFromAttrs, relationFromAttrs, type Attrs } from './read';
import type { ImportedGraph } from './types';
import { attr, child, children, parseXml, textOf, type XmlNode } from './xmlRead';

type Key = { name: string; default?: string };

/** Attribute name → value for one node or edge, by the key declarations (so other tools' ids work). */
function attrsOf(el: XmlNode, keys: Map<string, Key>, forKind: Map<string, string>): Attrs {
  const a: Attrs = {};
  for (const [id, k] of keys) if (forKind.get(id) && k.default !== undefined) a[k.name] = k.default;
  for (const d of children(el, 'data')) {
    const key = keys.get(attr(d, 'key') ?? '');
    if (!key) continue;
    const text = textOf(d);
    if (text !== undefined) a[key.name] = text;
  }
  return a;
}

/** yEd keeps the label and the box in its graphics; use them where our own keys are absent. */
function yedFallback(el: XmlNode, a: Attrs): void {
  for (const d of children(el, 'data')) {
    const shape = child(d, 'ShapeNode') ?? child(d, 'GenericNode');
    if (!shape) continue;
    // A label is a bare string, an element with attributes, or several of them.
    const raw = shape.NodeLabel;
    const label = textOf(Array.isArray(raw) ? raw[0] : raw);
    if (label !== undefined && a.label === undefined) a.label = label.trim();
    const geo = child(shape, 'Geometry');
    if (geo && attr(geo, 'x') !== undefined && attr(geo, 'y') !== undefined && a.x === undefined && a.y === undefined) {
      a.x = String(Number(attr(geo, 'x')) + Number(attr(geo, 'width') ?? 0) / 2);
      a.y = String(Number(attr(geo, 'y')) + Number(attr(geo, 'height') ?? 0) / 2);
    }
  }
}

/** yEd's edge label, for files whose links carry no type of their own. */
function yedEdgeLabel(el: XmlNode, a: Attrs): void {
  if (a.label !== undefined || a.type !== undefined) return;
  for (const d of children(el, 'data')) {
    const line = child(d, 'PolyLineEdge') ?? child(d, 'BezierEdge') ?? child(d, 'ArcEdge') ?? child(d, 'QuadCurveEdge') ?? child(d, 'SplineEdge');
    const raw = line?.EdgeLabel;
    const label = textOf(Array.isArray(raw) ? raw[0] : raw)?.trim();
    if (label) a.label = label;
  }
}

export function importGraphml(text: string): ImportedGraph {
  const root = child(parseXml(text), 'graphml');
  const graph = child(root, 'graph');
  if (!root || !graph) throw new Error('not GraphML: no <graphml> element with a <graph>');
  const keys = new Map<string, Key>();
  const forNode = new Map<string, string>();
  const forEdge = new Map<string, string>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    const name = attr(k, 'attr.name');
    if (!id || !name) continue;
    const def = textOf(child(k, 'default'));
    keys.set(id, { name: name.toLowerCase(), ...(def !== undefined ? { default: def } : {}) });
    const f = attr(k, 'for') ?? 'all';
    if (f === 'node' || f === 'all') forNode.set(id, name);
    if (f === 'edge' || f === 'all') forEdge.set(id, name);
  }
  const g: ImportedGraph = { entities: [], relations: [], positions: {}, warnings: [] };
  const warn = (m: string) => g.warnings.push(m);
  if (children(root, 'graph').length > 1) warn('only the first graph in the file was read');
  const directedDefault = attr(graph, 'edgedefault') !== 'undirected';
  for (const n of children(graph, 'node')) {
    const id = attr(n, 'id') ?? '';
    const a = attrsOf(n, keys, forNode);
    yedFallback(n, a);
    g.entities.push(entityFromAttrs(id, a, warn));
    const pos = positionFromAttrs(a);
    if (pos) g.positions[id] = pos;
    if (child(n, 'graph')) warn(`entity "${id}": its nested graph (a yEd group) was not read`);
  }
  children(graph, 'edge').forEach((e, i) => {
    const a = attrsOf(e, keys, forEdge);
    yedEdgeLabel(e, a);
    const directed = parseBool(a.directed ?? attr(e, 'directed'), directedDefault);
    g.relations.push(relationFromAttrs(attr(e, 'id') ?? `e${i}`, attr(e, 'source') ?? '', attr(e, 'target') ?? '', directed, a, warn));
  });
  return g;
}
