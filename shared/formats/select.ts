import type { Case } from '../model/schema';
import type { Selection } from './types';

/**
 * The part of a case the user selected, as a smaller case every exporter can take unchanged.
 * - Links: the selected ones; when no link ids are given, every link between selected entities
 *   (selecting nodes in a graph tool usually means "and the lines between them").
 * - Entities: the selected ones plus both ends of every chosen link, since a link cannot dangle.
 * - Claims: those whose speaker, subjects and link all lie in the selection.
 * - Sources, mentions and positions: only those the chosen entities, links and claims refer to.
 */
export function selectCase(c: Case, selection?: Selection): Case {
  if (!selection || (!selection.entityIds && !selection.relationIds)) return c;
  const entityIds = new Set(selection.entityIds ?? []);
  const relations = selection.relationIds
    ? c.relations.filter((r) => selection.relationIds!.includes(r.id))
    : c.relations.filter((r) => entityIds.has(r.source) && entityIds.has(r.target));
  for (const r of relations) entityIds.add(r.source).add(r.target);
  const entities = c.entities.filter((e) => entityIds.has(e.id));
  const mentions = c.mentions.filter((m) => entityIds.has(m.entityId));
  const relationIds = new Set(relations.map((r) => r.id));
  const claims = (c.claims ?? []).filter(
    (cl) => (!cl.speakerId || entityIds.has(cl.speakerId)) && cl.about.every((a) => entityIds.has(a)) && (!cl.relationId || relationIds.has(cl.relationId)),
  );
  const sourceIds = new Set([
    ...mentions.map((m) => m.sourceId),
    ...relations.flatMap((r) => r.evidence.map((e) => e.sourceId)),
    ...claims.flatMap((cl) => [cl.evidence.sourceId, ...(cl.content ? [cl.content.sourceId] : [])]),
  ]);
  const positions = Object.fromEntries(Object.entries(c.layout.positions).filter(([id]) => entityIds.has(id)));
  return {
    ...c,
    sources: c.sources.filter((s) => sourceIds.has(s.id)),
    entities,
    mentions,
    relations,
    claims,
    layout: { ...c.layout, positions },
  };
}
