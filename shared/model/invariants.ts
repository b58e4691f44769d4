import type { Case } from './schema';

/** Cross-record rules the schema alone cannot express. Returns human-readable problems, empty when sound. */
export function checkInvariants(c: Case, limit = 20): string[] {
  const problems: string[] = [];
  const push = (p: string) => {
    if (problems.length < limit) problems.push(p);
  };
  const seen = new Set<string>();
  const unique = (kind: string, items: { id: string }[]) => {
    items.forEach((item, i) => {
      if (seen.has(item.id)) push(`${kind}[${i}].id: duplicate id "${item.id}"`);
      seen.add(item.id);
    });
  };
  unique('sources', c.sources);
  unique('entities', c.entities);
  unique('mentions', c.mentions);
  unique('relations', c.relations);
  unique('claims', c.claims);

  const sources = new Map(c.sources.map((s) => [s.id, s]));
  const entities = new Set(c.entities.map((e) => e.id));
  const span = (where: string, sourceId: string, start: number, end: number) => {
    const src = sources.get(sourceId);
    if (!src) return push(`${where}.sourceId: no source "${sourceId}"`);
    if (start >= end) push(`${where}: empty or reversed span ${start}–${end}`);
    else if (end > src.text.length)
      push(`${where}: span ${start}–${end} lies beyond the end of source "${sourceId}" (${src.text.length} characters)`);
  };
  c.mentions.forEach((m, i) => {
    if (!entities.has(m.entityId)) push(`mentions[${i}].entityId: no entity "${m.entityId}"`);
    span(`mentions[${i}]`, m.sourceId, m.start, m.end);
  });
  c.relations.forEach((r, i) => {
    if (!entities.has(r.source)) push(`relations[${i}].source: no entity "${r.source}"`);
    if (!entities.has(r.target)) push(`relations[${i}].target: no entity "${r.target}"`);
    r.evidence.forEach((e, j) => span(`relations[${i}].evidence[${j}]`, e.sourceId, e.start, e.end));
  });
  const relations = new Set(c.relations.map((r) => r.id));
  c.claims.forEach((cl, i) => {
    if (cl.speakerId && !entities.has(cl.speakerId)) push(`claims[${i}].speakerId: no entity "${cl.speakerId}"`);
    cl.about.forEach((a, j) => {
      if (!entities.has(a)) push(`claims[${i}].about[${j}]: no entity "${a}"`);
    });
    if (cl.relationId && !relations.has(cl.relationId)) push(`claims[${i}].relationId: no link "${cl.relationId}"`);
    span(`claims[${i}].evidence`, cl.evidence.sourceId, cl.evidence.start, cl.evidence.end);
    if (cl.content) span(`claims[${i}].content`, cl.content.sourceId, cl.content.start, cl.content.end);
  });
  for (const key of Object.keys(c.layout.positions)) {
    if (!entities.has(key)) push(`layout.positions.${key}: no entity "${key}"`);
  }
  return problems;
}
