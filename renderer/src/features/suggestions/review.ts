import { rejectionsFor } from '../../../../shared/extract/rejection';
import type { Case, Op } from '../../../../shared/model';

/**
 * Review of the automatic pass's suggestions as pure functions: what to accept together, and how a
 * rejection is recorded so a later pass does not suggest the same thing again.
 */

export type Group = { entityIds: string[]; relationIds: string[] };

/** Connected groups of suggestions: entities joined by suggested links, largest first. */
export function suggestionGroups(c: Case): Group[] {
  const suggested = new Set(c.entities.filter((e) => e.status === 'suggested').map((e) => e.id));
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let p = parent.get(x) ?? x;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p)!;
    parent.set(x, p);
    return p;
  };
  const rels = c.relations.filter((r) => r.status === 'suggested' && (suggested.has(r.source) || suggested.has(r.target)));
  for (const r of rels) parent.set(find(r.source), find(r.target));
  const groups = new Map<string, Group>();
  const groupOf = (id: string) => {
    const root = find(id);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { entityIds: [], relationIds: [] }));
    return g;
  };
  for (const r of rels) groupOf(r.source).relationIds.push(r.id);
  for (const r of rels)
    for (const id of [r.source, r.target]) {
      const g = groupOf(id);
      if (!g.entityIds.includes(id)) g.entityIds.push(id);
    }
  return [...groups.values()].filter((g) => g.entityIds.length > 1).sort((a, b) => b.entityIds.length - a.entityIds.length);
}

/** Accept entities and links together, with the suggested mentions of those entities. */
export function acceptOp(c: Case, entityIds: string[], relationIds: string[] = []): Op {
  const ents = new Set(entityIds);
  const mentionIds = c.mentions.filter((m) => ents.has(m.entityId) && m.status === 'suggested').map((m) => m.id);
  const entitiesToAccept = entityIds.filter((id) => c.entities.find((e) => e.id === id)?.status === 'suggested');
  const relsToAccept = relationIds.filter((id) => c.relations.find((r) => r.id === id)?.status === 'suggested');
  return { op: 'setStatus', status: 'accepted', entityIds: entitiesToAccept, relationIds: relsToAccept, mentionIds };
}

/** Delete the suggestions and remember them in `case.rejections`, in one undoable edit. */
export function rejectOp(c: Case, entityIds: string[], relationIds: string[] = []): Op {
  const gone = new Set(entityIds);
  const rels = relationIds.filter((id) => {
    const r = c.relations.find((x) => x.id === id);
    return r && !gone.has(r.source) && !gone.has(r.target);
  });
  // Keys come from the automatic pass, so a later pass recognises what was turned down.
  const add = rejectionsFor(c, { entityIds, relationIds });
  const existing = c.rejections ?? [];
  const seen = new Set(existing.map((r) => `${r.kind}\u0000${r.key}`));
  const rejections = [...existing, ...add.filter((r) => !seen.has(`${r.kind}\u0000${r.key}`))];
  const ops: Op[] = [{ op: 'setCaseFields', fields: { rejections } }];
  if (rels.length) ops.push({ op: 'deleteRelations', ids: rels });
  if (entityIds.length) ops.push({ op: 'deleteEntities', ids: entityIds });
  return { op: 'batch', ops, label: 'Reject suggestions' };
}
