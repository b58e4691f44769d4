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
  for (const key of Object.keys(c.layout.positions)) {
    if (!entities.has(key)) push(`layout.positions.${key}: no entity "${key}"`);
  }
  return problems;
}
