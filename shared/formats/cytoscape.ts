import type { Case, Claim } from '../model/schema';
import { quoteLine, quotesJson } from './evidence';
import { entityFromAttrs, parseBool, positionFromAttrs, relationFromAttrs, type Attrs } from './read';
import { edgeRows, nodeRows } from './rows';
import type { ImportedGraph } from './types';

/**
 * Cytoscape JSON as cy.json() writes it and Cytoscape desktop reads it. Data keys are plain JS
 * identifiers, and every value is a primitive or a list of primitives, because Cytoscape desktop turns
 * data keys into table columns and cannot hold nested objects. Evidence therefore travels as parallel
 * lists (quote, source title, source id, start, end) plus one readable line per passage.
 */
export function exportCytoscape(c: Case): string {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  const claims = claimData(c);
  const nodes = nodeRows(c).map((n) => ({
    data: { id: n.id, name: n.label, label: n.label, type: n.type, aliases: n.aliases, notes: n.notes, status: n.status, color: n.color, date: n.date, dateBasis: n.dateBasis, ...claims.node(n.id) },
    ...(n.x !== undefined ? { position: { x: n.x, y: n.y } } : {}),
  }));
  const edges = edgeRows(c).map((e) => ({
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      name: `${names.get(e.source)} (${e.type}) ${names.get(e.target)}`,
      interaction: e.type,
      label: e.type,
      relationType: e.type,
      directed: e.directed,
      status: e.status,
      reliability: e.reliability,
      credibility: e.credibility,
      grading: e.reliability || e.credibility ? `${e.reliability ?? ''}${e.credibility ?? ''}` : undefined,
      notes: e.notes,
      weight: e.weight,
      evidence: e.evidence.map(quoteLine),
      evidenceQuotes: e.evidence.map((q) => q.quote),
      evidenceSources: e.evidence.map((q) => q.sourceTitle ?? ''),
      evidenceSourceIds: e.evidence.map((q) => q.sourceId ?? ''),
      evidenceStarts: e.evidence.map((q) => q.start ?? -1),
      evidenceEnds: e.evidence.map((q) => q.end ?? -1),
      ...claims.edge(e.id),
    },
  }));
  const doc = {
    format_version: '1.0',
    generated_by: 'Caseboard',
    target_cytoscapejs_version: '~3.30',
    data: { name: c.title, caseId: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt },
    elements: { nodes, edges },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/**
 * Claims as primitive lists in the data of what they involve: a node gets the claims it speaks or is
 * about, a link the claims that support it. One readable line each ("Tarar said: “…” [B2]"), with ids
 * and grades alongside; nodes and links without claims get no claim keys.
 */
function claimData(c: Case) {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  const reliability = new Map(c.sources.map((s) => [s.id, s.reliability]));
  const text = new Map(c.sources.map((s) => [s.id, s.text]));
  const line = (cl: Claim) => {
    const span = cl.content ?? cl.evidence;
    const said = (text.get(span.sourceId) ?? '').slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const speaker = (cl.speakerId && names.get(cl.speakerId)) || cl.speakerLabel || '?';
    return `${speaker} ${cl.verb}: “${said}” [${grade(cl)}]`;
  };
  const grade = (cl: Claim) => `${cl.speakerReliability ?? reliability.get(cl.evidence.sourceId) ?? '-'}${cl.credibility ?? '-'}`;
  const lists = (list: Claim[]) =>
    list.length
      ? { claims: list.map(line), claimIds: list.map((cl) => cl.id), claimGrades: list.map(grade), claimStatus: list.map((cl) => cl.status), claimDates: list.map((cl) => cl.date?.start ?? '') }
      : {};
  return {
    node: (id: string) => lists(c.claims.filter((cl) => cl.speakerId === id || cl.about.includes(id))),
    edge: (id: string) => lists(c.claims.filter((cl) => cl.relationId === id)),
  };
}

type Element = { group?: string; data?: Record<string, unknown>; position?: { x?: unknown; y?: unknown } };

const str = (v: unknown): string | undefined =>
  v === undefined || v === null ? undefined : Array.isArray(v) ? JSON.stringify(v) : String(v);

function toAttrs(data: Record<string, unknown>): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(data)) out[k.toLowerCase()] = str(v);
  return out;
}

/** The evidence lists back into the JSON form relationFromAttrs reads. */
function evidenceRefs(d: Record<string, unknown>): string | undefined {
  const quotes = d.evidenceQuotes;
  if (!Array.isArray(quotes)) return undefined;
  const at = (key: string, i: number) => (Array.isArray(d[key]) ? (d[key] as unknown[])[i] : undefined);
  return quotesJson(
    quotes.map((q, i) => {
      const start = Number(at('evidenceStarts', i));
      const end = Number(at('evidenceEnds', i));
      return {
        quote: String(q),
        sourceTitle: str(at('evidenceSources', i)) || undefined,
        sourceId: str(at('evidenceSourceIds', i)) || undefined,
        start: Number.isInteger(start) && start >= 0 ? start : undefined,
        end: Number.isInteger(end) && end >= 0 ? end : undefined,
      };
    }),
  );
}

function elementsOf(doc: unknown): Element[] {
  const root = doc as { elements?: unknown } | unknown[];
  const els = Array.isArray(root) ? root : (root as { elements?: unknown }).elements;
  if (Array.isArray(els)) return els as Element[];
  if (els && typeof els === 'object') {
    const { nodes = [], edges = [] } = els as { nodes?: Element[]; edges?: Element[] };
    return [...nodes.map((n) => ({ ...n, group: 'nodes' })), ...edges.map((e) => ({ ...e, group: 'edges' }))];
  }
  throw new Error('not Cytoscape JSON: no "elements" with nodes and edges');
}

export function importCytoscape(text: string): ImportedGraph {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new Error(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const g: ImportedGraph = { entities: [], relations: [], positions: {}, warnings: [] };
  const warn = (m: string) => g.warnings.push(m);
  for (const el of elementsOf(doc)) {
    const d = el.data ?? {};
    const id = str(d.id) ?? '';
    const isEdge = el.group === 'edges' || (el.group === undefined && d.source !== undefined && d.target !== undefined);
    if (isEdge) {
      const a = toAttrs(d);
      a.evidence_refs = evidenceRefs(d);
      g.relations.push(relationFromAttrs(id, str(d.source) ?? '', str(d.target) ?? '', parseBool(a.directed, true), a, warn));
    } else {
      g.entities.push(entityFromAttrs(id, toAttrs(d), warn));
      const pos = el.position && positionFromAttrs({ x: str(el.position.x), y: str(el.position.y) });
      if (pos) g.positions[id] = pos;
    }
  }
  return g;
}
