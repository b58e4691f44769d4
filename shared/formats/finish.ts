import { createId } from '../model/ids';
import type { ImportedGraph } from './types';

const MAX_ID = 200;

/**
 * Make a graph read from any file safe to turn into case records: every id a usable, unique string;
 * links whose ends are missing dropped (networkx and friends would invent nodes for them — we say so
 * instead); positions only for entities that exist. Every repair is reported as a warning.
 */
export function finishGraph(g: ImportedGraph): ImportedGraph {
  const warnings = [...g.warnings];
  const used = new Set<string>();
  const rename = new Map<string, string>();
  const fresh = (id: string, prefix: 'ent' | 'rel', what: string): string => {
    const ok = id.length > 0 && id.length <= MAX_ID && !used.has(id);
    const next = ok ? id : createId(prefix);
    if (!ok) warnings.push(id ? `${what} id "${id.slice(0, 40)}" was ${used.has(id) ? 'used twice' : 'too long'}; a new id was given` : `${what} without an id got one`);
    used.add(next);
    return next;
  };
  const entities = g.entities.map((e) => {
    const id = fresh(e.id, 'ent', 'entity');
    if (id !== e.id && !rename.has(e.id)) rename.set(e.id, id);
    return id === e.id ? e : { ...e, id };
  });
  const known = new Set(entities.map((e) => e.id));
  const end = (id: string) => rename.get(id) ?? id;
  const relations = g.relations.flatMap((r) => {
    const source = end(r.source);
    const target = end(r.target);
    const missing = [source, target].filter((x) => !known.has(x));
    if (missing.length) {
      warnings.push(`link "${r.id}" was skipped: no entity "${missing[0]}"`);
      return [];
    }
    return [{ ...r, id: fresh(r.id, 'rel', 'link'), source, target }];
  });
  const positions = Object.fromEntries(
    Object.entries(g.positions)
      .map(([id, p]) => [end(id), p] as const)
      .filter(([id]) => known.has(id)),
  );
  return { ...g, entities, relations, positions, warnings };
}
