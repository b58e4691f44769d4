import type { Case, Rejection } from '../model';
import { nameKey } from './names';

/** What an analyst turned down, in terms that survive a re-run (names and spans, not ids). */
export type RejectionSubject =
  | { kind: 'entity'; name: string }
  | { kind: 'mention'; sourceId: string; start: number; end: number }
  | { kind: 'relation'; source: string; target: string };

/*
 * Key formats (stored in case.rejections[].key, with the kind beside it):
 *   entity    the entity's name key: lower case, no possessive/hyphens/leading "the" ("taliban regime")
 *   mention   "sourceId:start-end"
 *   relation  the two entities' name keys, sorted, joined by " <> " (any label, either direction)
 * An entity is not suggested again when any of its forms has a rejected key.
 */
export function rejectionKey(s: RejectionSubject): string {
  switch (s.kind) {
    case 'entity':
      return nameKey(s.name);
    case 'mention':
      return `${s.sourceId}:${s.start}-${s.end}`;
    case 'relation':
      return [nameKey(s.source), nameKey(s.target)].sort().join(' <> ');
  }
}

/** The rejections to record when the analyst rejects these suggestions (for the review UI). */
export function rejectionsFor(c: Case, sel: { entityIds?: string[]; mentionIds?: string[]; relationIds?: string[] }): Rejection[] {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  const out: Rejection[] = [];
  for (const id of sel.entityIds ?? []) {
    const name = names.get(id);
    if (name) out.push({ kind: 'entity', key: rejectionKey({ kind: 'entity', name }) });
  }
  for (const m of c.mentions.filter((x) => sel.mentionIds?.includes(x.id)))
    out.push({ kind: 'mention', key: rejectionKey({ kind: 'mention', sourceId: m.sourceId, start: m.start, end: m.end }) });
  for (const r of c.relations.filter((x) => sel.relationIds?.includes(x.id))) {
    const source = names.get(r.source);
    const target = names.get(r.target);
    if (source && target) out.push({ kind: 'relation', key: rejectionKey({ kind: 'relation', source, target }) });
  }
  return out;
}

/** Rejected keys of a case by kind, for quick look-up during a pass. */
export function rejectedKeys(c: Case): Record<RejectionSubject['kind'], Set<string>> {
  const out = { entity: new Set<string>(), mention: new Set<string>(), relation: new Set<string>() };
  // Other kinds of rejection (of other features) are not the pass's business.
  for (const r of c.rejections ?? []) if (r.kind in out) out[r.kind as RejectionSubject['kind']].add(r.key);
  return out;
}
