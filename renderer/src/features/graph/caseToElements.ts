import type { ElementDefinition } from 'cytoscape';
import type { Case } from '../../../../shared/model';
import { typeDef } from '../../model/entityTypes';

export type NodeData = { id: string; label: string; type: string; status: string; color: string; shape: string };
export type EdgeData = { id: string; source: string; target: string; label: string; status: string; directed: boolean };

/** One entity's node: styled by its type's colour and shape, at its saved position when there is one. */
export function nodeDef(c: Case, e: Case['entities'][number]): ElementDefinition {
  const def = typeDef(c, e.type);
  const data: NodeData = { id: e.id, label: e.name, type: e.type, status: e.status, color: def.color, shape: def.shape };
  const pos = c.layout.positions[e.id];
  return { group: 'nodes', data, ...(pos ? { position: { x: pos.x, y: pos.y } } : {}), classes: e.status === 'suggested' ? 'suggested' : '' };
}

/** One link's edge. */
export function edgeDef(r: Case['relations'][number]): ElementDefinition {
  const data: EdgeData = { id: r.id, source: r.source, target: r.target, label: r.type, status: r.status, directed: r.directed };
  const classes = [r.status === 'suggested' ? 'suggested' : '', r.directed ? '' : 'undirected'].filter(Boolean).join(' ');
  return { group: 'edges', data, classes };
}

/**
 * The graph's elements for a case: one node per entity and one edge per link. Pure, so the graph's look is
 * testable without a canvas.
 */
export function caseToElements(c: Case): ElementDefinition[] {
  return [...c.entities.map((e) => nodeDef(c, e)), ...c.relations.map(edgeDef)];
}

/**
 * What an edit changed in a list of records: the records that are new or not the same object as before, and
 * the ids that are gone. The reducer keeps untouched records as the very same objects, so one edit of a
 * 20,000-entity case compares pointers, not contents.
 */
export function recordDelta<T extends { id: string }>(prev: readonly T[], next: readonly T[]): { changed: T[]; removed: string[] } {
  if (prev === next) return { changed: [], removed: [] };
  const changed: T[] = [];
  if (prev.length === next.length) {
    let sameOrder = true;
    for (let i = 0; i < next.length && sameOrder; i++) {
      if (next[i] === prev[i]) continue;
      if (next[i]!.id === prev[i]!.id) changed.push(next[i]!);
      else sameOrder = false;
    }
    if (sameOrder) return { changed, removed: [] };
    changed.length = 0;
  }
  const before = new Map(prev.map((r) => [r.id, r]));
  for (const r of next) {
    if (before.get(r.id) !== r) changed.push(r);
    before.delete(r.id);
  }
  return { changed, removed: [...before.keys()] };
}
