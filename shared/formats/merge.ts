import { createId } from '../model/ids';
import type { Op } from '../model/ops';
import type { Case, Evidence, Mention, Source } from '../model/schema';
import { mergeEntities, type MatchBy } from './mergeEntities';
import { mergeRelations } from './mergeRelations';
import { findQuote, quoteSources } from './resolve';
import type { EvidenceQuote, ImportedGraph } from './types';

export type MergeOptions = { match: MatchBy; fileName?: string; now?: string };

const allIds = (c: Case) => new Set([c.sources, c.entities, c.mentions, c.relations, c.claims ?? []].flatMap((l) => l.map((r) => r.id)));

/**
 * Sources a Case JSON brings along that the open case lacks (the same text counts as the same source),
 * with the mentions in them. Returns the edits and where each of the file's sources now lives.
 */
function bringSources(c: Case, g: ImportedGraph, idMap: Map<string, string>, taken: Set<string>) {
  const sourceMap = new Map<string, string>();
  const added: Source[] = [];
  for (const s of g.case?.sources ?? []) {
    const same = c.sources.find((x) => x.text === s.text);
    if (same) {
      sourceMap.set(s.id, same.id);
      continue;
    }
    let id = s.id;
    while (taken.has(id)) id = createId('src');
    taken.add(id);
    sourceMap.set(s.id, id);
    added.push({ ...s, id });
  }
  const fresh = new Set(added.map((s) => s.id));
  const mentions: Mention[] = (g.case?.mentions ?? []).flatMap((m) => {
    const sourceId = sourceMap.get(m.sourceId)!;
    const entityId = idMap.get(m.entityId);
    if (!fresh.has(sourceId) || !entityId) return [];
    let id = m.id;
    while (taken.has(id)) id = createId('men');
    taken.add(id);
    return [{ ...m, id, sourceId, entityId }];
  });
  return { sources: added, mentions };
}

/**
 * Merge imported graph data into a case as ONE batch operation (one undo step, validated by the reducer
 * like any edit). Entities match by id or by case-insensitive name/alias; matched ones gain aliases and
 * notes, never lose anything. Evidence quotes are found in the case's sources; quotes found nowhere are
 * kept in a "Quotes from …" source per original title.
 */
export function mergeIntoCase(c: Case, g: ImportedGraph, options: MergeOptions): Op {
  const now = options.now ?? new Date().toISOString();
  const taken = allIds(c);
  const ents = mergeEntities(c, g.entities, g.positions, options.match, taken);
  const brought = bringSources(c, g, ents.idMap, taken);
  const texts = [...c.sources, ...brought.sources];
  const quotes: EvidenceQuote[] = g.relations.flatMap((r) => r.evidence);
  const unresolved = quotes.filter((q) => !findQuote(texts, q));
  const extra = quoteSources(unresolved, options.fileName ?? 'imported graph', now, taken);
  const evidenceOf = (r: ImportedGraph['relations'][number]): Evidence[] => {
    const out: Evidence[] = [];
    for (const q of r.evidence) {
      const e = findQuote(texts, q) ?? extra.find(q);
      if (e && !out.some((x) => x.sourceId === e.sourceId && x.start === e.start && x.end === e.end)) out.push(e);
    }
    return out;
  };
  const rels = mergeRelations(c, g.relations, ents.idMap, evidenceOf, options.match, taken);
  const ops: Op[] = [
    ...[...brought.sources, ...extra.sources].map((source): Op => ({ op: 'addSource', source })),
    ...ents.ops,
    ...(brought.mentions.length ? [{ op: 'addMentions', mentions: brought.mentions } as Op] : []),
    ...rels.ops,
  ];
  const label = `Import: ${ents.added} new and ${ents.merged} matched entities, ${rels.added} new and ${rels.merged} matched links`;
  return { op: 'batch', ops, label };
}
