import type { Case, Entity, Mention, Relation, Reliability, Status } from '../../../../shared/model';

export type EntityRow = {
  id: string;
  name: string;
  type: string;
  status: Status;
  aliases: string;
  notes: string;
  mentions: number;
  links: number;
};

export type LinkRow = {
  id: string;
  from: string;
  to: string;
  type: string;
  status: Status;
  directed: boolean;
  evidence: number;
  reliability: Reliability | '';
  credibility: number | '';
  notes: string;
};

/*
 * Rows are memoised per case record: the reducer keeps every record an op does not touch as the same object
 * (and replaces an array only when one of its records changes), so after an edit only the changed records get
 * new row objects. The table's row models (rowModels.ts) rely on that: they reuse TanStack's row objects and
 * patch their sort/filter caches for the rows whose object changed, instead of rebuilding them for the
 * 20,000 entities / 50,000 links of a big case.
 */

/** A derived value per array, computed again only when the case replaces the array. */
function perArray<T extends object, R>(build: (list: T) => R): (list: T) => R {
  const cache = new WeakMap<T, R>();
  return (list) => {
    let hit = cache.get(list);
    if (hit === undefined) cache.set(list, (hit = build(list)));
    return hit;
  };
}

const mentionCounts = perArray((mentions: readonly Mention[]) => {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return counts;
});

const linkCounts = perArray((relations: readonly Relation[]) => {
  const counts = new Map<string, number>();
  for (const r of relations) {
    counts.set(r.source, (counts.get(r.source) ?? 0) + 1);
    if (r.target !== r.source) counts.set(r.target, (counts.get(r.target) ?? 0) + 1);
  }
  return counts;
});

const entityNames = perArray((entities: readonly Entity[]) => new Map(entities.map((e) => [e.id, e.name])));

/** The last row made for each entity / relation object; reused while its counts / end names are the same. */
const entityRowOf = new WeakMap<Entity, EntityRow>();
const linkRowOf = new WeakMap<Relation, LinkRow>();

/** Table rows for entities, with their mention and link counts. */
export function entityRows(c: Pick<Case, 'entities' | 'mentions' | 'relations'>): EntityRow[] {
  const mentions = mentionCounts(c.mentions);
  const links = linkCounts(c.relations);
  return c.entities.map((e) => {
    const m = mentions.get(e.id) ?? 0;
    const l = links.get(e.id) ?? 0;
    const last = entityRowOf.get(e);
    if (last && last.mentions === m && last.links === l) return last;
    const row: EntityRow = {
      id: e.id,
      name: e.name,
      type: e.type,
      status: e.status,
      aliases: e.aliases.join(', '),
      notes: e.notes ?? '',
      mentions: m,
      links: l,
    };
    entityRowOf.set(e, row);
    return row;
  });
}

/** Table rows for links, with the entity names resolved. */
export function linkRows(c: Pick<Case, 'entities' | 'relations'>): LinkRow[] {
  const names = entityNames(c.entities);
  return c.relations.map((r) => {
    const from = names.get(r.source) ?? '?';
    const to = names.get(r.target) ?? '?';
    const last = linkRowOf.get(r);
    if (last && last.from === from && last.to === to) return last;
    const row: LinkRow = {
      id: r.id,
      from,
      to,
      type: r.type,
      status: r.status,
      directed: r.directed,
      evidence: r.evidence.length,
      reliability: r.reliability ?? '',
      credibility: r.credibility ?? '',
      notes: r.notes ?? '',
    };
    linkRowOf.set(r, row);
    return row;
  });
}
