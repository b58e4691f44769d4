import type { Case } from './schema';

/**
 * Cross-record rules the schema alone cannot express. Returns human-readable problems, empty when sound.
 *
 * This runs on every open over every record (100,000 mentions in a large case), so it is written as plain
 * loops over prebuilt sets, and a problem's location ("mentions[12]") is only put into words when there is a
 * problem: building it for every record cost more than the checks themselves.
 */
export function checkInvariants(c: Case, limit = 20): string[] {
  const problems: string[] = [];
  const push = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  const seen = new Set<string>();
  const unique = (kind: string, items: readonly { id: string }[]) => {
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      if (seen.has(id)) push(`${kind}[${i}].id: duplicate id "${id}"`);
      else seen.add(id);
    }
  };
  unique('sources', c.sources);
  unique('entities', c.entities);
  unique('mentions', c.mentions);
  unique('relations', c.relations);
  unique('claims', c.claims);

  // The length of each source's text (for a repeated id, the last one, as a Map built from the list would).
  const textLength = new Map<string, number>();
  for (const s of c.sources) textLength.set(s.id, s.text.length);
  const entities = new Set<string>();
  for (const e of c.entities) entities.add(e.id);

  /** `where` names the record; it is called only to word a problem. */
  const span = (where: () => string, sourceId: string, start: number, end: number) => {
    const length = textLength.get(sourceId);
    if (length === undefined) push(`${where()}.sourceId: no source "${sourceId}"`);
    else if (start >= end) push(`${where()}: empty or reversed span ${start}–${end}`);
    else if (end > length) push(`${where()}: span ${start}–${end} lies beyond the end of source "${sourceId}" (${length} characters)`);
  };

  const mentions = c.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!entities.has(m.entityId)) push(`mentions[${i}].entityId: no entity "${m.entityId}"`);
    span(() => `mentions[${i}]`, m.sourceId, m.start, m.end);
  }
  const relations = c.relations;
  const relationIds = new Set<string>();
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    relationIds.add(r.id);
    if (!entities.has(r.source)) push(`relations[${i}].source: no entity "${r.source}"`);
    if (!entities.has(r.target)) push(`relations[${i}].target: no entity "${r.target}"`);
    for (let j = 0; j < r.evidence.length; j++) {
      const e = r.evidence[j]!;
      span(() => `relations[${i}].evidence[${j}]`, e.sourceId, e.start, e.end);
    }
  }
  const claims = c.claims;
  for (let i = 0; i < claims.length; i++) {
    const cl = claims[i]!;
    if (cl.speakerId && !entities.has(cl.speakerId)) push(`claims[${i}].speakerId: no entity "${cl.speakerId}"`);
    for (let j = 0; j < cl.about.length; j++) {
      if (!entities.has(cl.about[j]!)) push(`claims[${i}].about[${j}]: no entity "${cl.about[j]}"`);
    }
    if (cl.relationId && !relationIds.has(cl.relationId)) push(`claims[${i}].relationId: no link "${cl.relationId}"`);
    span(() => `claims[${i}].evidence`, cl.evidence.sourceId, cl.evidence.start, cl.evidence.end);
    if (cl.content) span(() => `claims[${i}].content`, cl.content.sourceId, cl.content.start, cl.content.end);
  }
  for (const key of Object.keys(c.layout.positions)) {
    if (!entities.has(key)) push(`layout.positions.${key}: no entity "${key}"`);
  }
  return problems;
}
