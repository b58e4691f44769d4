import type { Case, Mention, Op } from '../model';
import { analyseText } from './extractText';
import { indexKnown } from './known';
import { nameKey } from './names';
import { LinkCollector } from './pass/links';
import { EntityRegistry } from './pass/registry';
import { rejectedKeys, rejectionKey } from './rejection';
import type { KnownName } from './types';

export type PassOptions = { sourceIds?: string[]; onProgress?: (done: number, total: number) => void };
export type PassStats = {
  sources: number;
  entitiesAdded: number;
  entitiesReused: number;
  mentionsAdded: number;
  relationsAdded: number;
  rejectedSkipped: number;
  ms: number;
};

/**
 * The automatic pass over a case: one undoable batch that adds suggested entities, mentions and links.
 * Existing records are never modified; names and aliases in the case are recognised in the sources;
 * what the analyst rejected (case.rejections, keys from rejectionKey) is not suggested again.
 */
export function runPass(c: Case, opts: PassOptions = {}): { op: Op; stats: PassStats } {
  const t0 = Date.now();
  const sources = opts.sourceIds ? c.sources.filter((s) => opts.sourceIds!.includes(s.id)) : c.sources;
  const known: KnownName[] = c.entities.flatMap((e) => [e.name, ...e.aliases].map((form) => ({ form, entityId: e.id, type: e.type })));
  const knownIndex = known.length ? indexKnown(known) : undefined;
  const rejected = rejectedKeys(c);
  const registry = new EntityRegistry(c);
  const links = new LinkCollector();
  const forExisting: Mention[] = [];
  const reused = new Set<string>();
  let rejectedSkipped = 0;
  opts.onProgress?.(0, sources.length);
  sources.forEach((src, done) => {
    const a = analyseText(src.text, knownIndex);
    const entityOf = a.groups.map((g) => {
      const found = registry.find(g);
      if (found) return found;
      if ([g.name, ...g.forms].some((f) => rejected.entity.has(nameKey(f)))) {
        rejectedSkipped++;
        return null;
      }
      return undefined; // created lazily, only if one of its mentions is actually added
    });
    a.groups.forEach((g, gi) => {
      for (const i of g.members) {
        const cand = a.candidates[i]!;
        if (rejected.mention.has(rejectionKey({ kind: 'mention', sourceId: src.id, start: cand.start, end: cand.end }))) continue;
        const current = entityOf[gi];
        if (current === null) break;
        const id = current ?? registry.create(g);
        const m = registry.addMention(id, src.id, cand.start, cand.end);
        if (!m && current === undefined) {
          registry.discard(id);
          continue;
        }
        entityOf[gi] = id;
        if (m && registry.existing.has(id)) forExisting.push(m), reused.add(id);
      }
    });
    for (const p of a.pairs) {
      const x = entityOf[p.a];
      const y = entityOf[p.b];
      const s = a.sentences[p.sentence]!;
      if (x && y) links.add(x, y, p.type, p.directed, { sourceId: src.id, start: s.start, end: s.end });
    }
    opts.onProgress?.(done + 1, sources.length);
  });
  const created = [...registry.created.values()].filter((x) => x.mentions.length);
  const names = new Map([...c.entities, ...created.map((x) => x.entity)].map((e) => [e.id, e.name]));
  const rel = links.relations(c, (id) => names.get(id) ?? id, rejected.relation);
  const ops: Op[] = [
    ...created.map((x): Op => ({ op: 'addEntity', entity: x.entity, mentions: x.mentions })),
    ...(forExisting.length ? [{ op: 'addMentions', mentions: forExisting } as Op] : []),
    ...rel.relations.map((relation): Op => ({ op: 'addRelation', relation })),
  ];
  const stats: PassStats = {
    sources: sources.length,
    entitiesAdded: created.length,
    entitiesReused: reused.size,
    mentionsAdded: created.reduce((n, x) => n + x.mentions.length, 0) + forExisting.length,
    relationsAdded: rel.relations.length,
    rejectedSkipped: rejectedSkipped + rel.rejectedSkipped,
    ms: Date.now() - t0,
  };
  return { op: { op: 'batch', label: 'Find entities', ops }, stats };
}
