import { createId } from '../model/ids';
import type { Op, RelationPatch } from '../model/ops';
import type { Case, Evidence, Relation } from '../model/schema';
import { nameKey, saysAlready, type MatchBy } from './mergeEntities';
import type { ImportedRelation } from './types';

const sameSpan = (a: Evidence, b: Evidence) => a.sourceId === b.sourceId && a.start === b.start && a.end === b.end;

/** Fill what the case's link lacks; add new evidence; never overwrite the analyst's grading or type. */
function patchFor(have: Relation, incoming: Relation): RelationPatch | undefined {
  const patch: RelationPatch = {};
  const evidence = [...have.evidence];
  for (const e of incoming.evidence) if (!evidence.some((x) => sameSpan(x, e))) evidence.push(e);
  if (evidence.length !== have.evidence.length) patch.evidence = evidence;
  if (have.credibility === undefined && incoming.credibility !== undefined) patch.credibility = incoming.credibility;
  if (have.reliability === undefined && incoming.reliability !== undefined) patch.reliability = incoming.reliability;
  if (incoming.notes && !saysAlready(have.notes, incoming.notes)) patch.notes = have.notes ? `${have.notes}\n\n${incoming.notes}` : incoming.notes;
  if (incoming.status === 'accepted' && have.status !== 'accepted') patch.status = 'accepted';
  return Object.keys(patch).length ? patch : undefined;
}

const linkKey = (r: Pick<Relation, 'source' | 'target' | 'type'>) => `${r.source}\u0000${r.target}\u0000${nameKey(r.type)}`;

/**
 * Link edits for a merge. By id: the same link id is the same link. By name: a link with the same ends
 * (after entity matching) and the same type is the same link; for undirected links either way round.
 */
export function mergeRelations(
  c: Case,
  incoming: ImportedRelation[],
  idMap: Map<string, string>,
  evidenceOf: (r: ImportedRelation) => Evidence[],
  match: MatchBy,
  taken: Set<string>,
) {
  const ops: Op[] = [];
  const current = new Map(c.relations.map((r) => [r.id, r]));
  const byKey = new Map<string, string>();
  const index = (r: Relation) => {
    byKey.set(linkKey(r), r.id);
    if (!r.directed) byKey.set(linkKey({ ...r, source: r.target, target: r.source }), r.id);
  };
  c.relations.forEach(index);
  let added = 0;
  let merged = 0;
  for (const r of incoming) {
    const mapped: Relation = { ...r, source: idMap.get(r.source) ?? r.source, target: idMap.get(r.target) ?? r.target, evidence: evidenceOf(r) };
    const hitId = match === 'id' ? (current.has(r.id) ? r.id : undefined) : byKey.get(linkKey(mapped));
    if (hitId) {
      const have = current.get(hitId)!;
      const patch = patchFor(have, mapped);
      if (patch) {
        ops.push({ op: 'updateRelation', id: hitId, patch });
        current.set(hitId, { ...have, ...(patch as Partial<Relation>) });
      }
      merged++;
      continue;
    }
    let id = r.id;
    while (taken.has(id)) id = createId('rel');
    taken.add(id);
    const relation: Relation = { ...mapped, id };
    ops.push({ op: 'addRelation', relation });
    current.set(id, relation);
    index(relation);
    added++;
  }
  return { ops, added, merged };
}
