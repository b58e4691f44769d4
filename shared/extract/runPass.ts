import type { Case, Mention, Op } from '../model';
import { analyseText, styledMentions, type MentionStyle } from './extractText';
import { indexKnown } from './known';
import { nameKey } from './names';
import { LinkCollector } from './pass/links';
import { EntityRegistry } from './pass/registry';
import { rejectedKeys, rejectionKey } from './rejection';
import type { Group } from './resolve';
import type { Candidate, EntityType, KnownName } from './types';

export type PassOptions = {
  sourceIds?: string[];
  onProgress?: (done: number, total: number) => void;
  /**
   * What a suggested mention spans (the "Mention extents" option; extractText's MentionStyle):
   * 'names' (default) the name alone ("Lavrov", "Iraq"); 'phrases' the whole noun phrase ACE-style
   * ("Russian Foreign Minister Lavrov", "northern Iraq", "the government of Iraq"). Entity names are
   * clean names either way.
   */
  extents?: MentionStyle;
};
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
  const extents = opts.extents ?? 'names';
  const sources = opts.sourceIds ? c.sources.filter((s) => opts.sourceIds!.includes(s.id)) : c.sources;
  const known: KnownName[] = c.entities.flatMap((e) => [e.name, ...e.aliases].map((form) => ({ form, entityId: e.id, type: e.type })));
  const knownIndex = known.length ? indexKnown(known) : undefined;
  const rejected = rejectedKeys(c);
  // Sources with rejected mentions (keys are "sourceId:start-end", see rejection.ts).
  const rejectedIn = new Set([...rejected.mention].map((k) => k.slice(0, k.lastIndexOf(':'))));
  const registry = new EntityRegistry(c);
  const links = new LinkCollector();
  const forExisting: Mention[] = [];
  const reused = new Set<string>();
  let rejectedSkipped = 0;
  opts.onProgress?.(0, sources.length);
  sources.forEach((src, done) => {
    const a = analyseText(src.text, knownIndex);
    const isRejected = (g: Pick<Group, 'name' | 'forms'>) => [g.name, ...g.forms].some((f) => rejected.entity.has(nameKey(f)));
    const spanRejected = (start: number, end: number) => rejected.mention.has(rejectionKey({ kind: 'mention', sourceId: src.id, start, end }));
    // The noun phrases of the names, also in 'names' mode when the analyst rejected mentions in this source:
    // a mention rejected in either extent is not suggested again in the other ("Lavrov" once "Russian
    // Foreign Minister Lavrov" was rejected, "northern Iraq" once its "Iraq" was).
    const phrases = extents === 'phrases' || rejectedIn.has(src.id) ? styledMentions(src.text, a, 'phrases') : null;
    const mentionRejected = (i: number) => {
      const cand = a.candidates[i]!;
      const p = phrases?.[i];
      return spanRejected(cand.start, cand.end) || (p !== undefined && spanRejected(p.start, p.end));
    };
    // Per group: the entity's id, null when the analyst rejected it, undefined until one of its mentions is added.
    const entityOf = a.groups.map((g) => {
      const found = registry.find(g);
      if (found) return found;
      if (isRejected(g)) {
        rejectedSkipped++;
        return null;
      }
      return undefined; // created lazily, only if one of its mentions is actually added
    });
    /** Adds a mention of the entity `current` (or of a new one for g); the entity's id once it has one. */
    const place = (g: Group, current: string | undefined, start: number, end: number): string | undefined => {
      const id = current ?? registry.create(g);
      const m = registry.addMention(id, src.id, start, end);
      if (!m && current === undefined) {
        registry.discard(id);
        return undefined;
      }
      if (m && registry.existing.has(id)) forExisting.push(m), reused.add(id);
      return id;
    };
    // The entity a link's end stands for: its group's, or in 'phrases' mode its (containing) phrase's.
    let entityOfEnd = (group: number, _cand: Candidate): string | null | undefined => entityOf[group];
    if (extents === 'names') {
      a.groups.forEach((g, gi) => {
        for (const i of g.members) {
          const cand = a.candidates[i]!;
          if (mentionRejected(i)) continue;
          if (entityOf[gi] === null) break;
          entityOf[gi] = place(g, entityOf[gi] ?? undefined, cand.start, cand.end) ?? entityOf[gi];
        }
      });
    } else {
      const ms = phrases!;
      const groupIndex = new Map<number, number>();
      a.groups.forEach((g, gi) => g.members.forEach((i) => groupIndex.set(i, gi)));
      // "the government of Iraq" and the like: entities of their own, one per phrase name in this source.
      const phraseEntity = new Map<string, string | null | undefined>();
      const phraseGroup = (i: number): Group => ({ name: ms[i]!.name, type: ms[i]!.type as EntityType, forms: [ms[i]!.name], members: [i] });
      const entityOfPhrase = (i: number) => {
        const key = nameKey(ms[i]!.name);
        if (!phraseEntity.has(key)) {
          const g = phraseGroup(i);
          const found = registry.find(g);
          phraseEntity.set(key, found ?? (isRejected(g) ? (rejectedSkipped++, null) : undefined));
        }
        return phraseEntity.get(key);
      };
      a.groups.forEach((g, gi) => {
        for (const i of g.members) {
          const m = ms[i]!;
          // A name inside a wider mention ("Illinois" in "Illinois Sen. Paul Simon") is part of that mention.
          if (m.within !== i) continue;
          if (mentionRejected(i)) continue;
          if (m.other) {
            const current = entityOfPhrase(i);
            if (current === null) continue;
            const id = place(phraseGroup(i), current, m.start, m.end);
            if (id) phraseEntity.set(nameKey(m.name), id);
          } else {
            if (entityOf[gi] === null) continue;
            entityOf[gi] = place(g, entityOf[gi] ?? undefined, m.start, m.end) ?? entityOf[gi];
          }
        }
      });
      const index = new Map(a.candidates.map((c, i) => [c, i]));
      entityOfEnd = (_group, cand) => {
        const w = ms[index.get(cand)!]!.within;
        return ms[w]!.other ? (entityOfPhrase(w) ?? null) : entityOf[groupIndex.get(w)!];
      };
    }
    for (const p of a.pairs) {
      const x = entityOfEnd(p.a, p.ma);
      const y = entityOfEnd(p.b, p.mb);
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
