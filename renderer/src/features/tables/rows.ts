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

/**
 * The previous call's arrays and rows. Most edits change a record in place, so comparing the new arrays with
 * these by position answers most rows with one comparison, before the per-record lookups (WeakMap, names)
 * that cost ~30 ms over the 50,000 links of a big case.
 */
let lastEntities: { entities: readonly Entity[]; mentions: readonly Mention[]; relations: readonly Relation[]; rows: EntityRow[] } | undefined;
let lastLinks: { entities: readonly Entity[]; relations: readonly Relation[]; rows: LinkRow[] } | undefined;

/** Ids whose name may differ between two entity arrays (a superset: an id at a changed position is included). */
function renamedIds(before: readonly Entity[], after: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  if (before.length === after.length) {
    for (let i = 0; i < after.length; i++) {
      const a = before[i]!;
      const b = after[i]!;
      if (a !== b && (a.id !== b.id || a.name !== b.name)) out.add(a.id).add(b.id);
    }
    return out;
  }
  const old = entityNames(before);
  const now = entityNames(after);
  for (const [id, name] of now) if (old.get(id) !== name) out.add(id);
  for (const id of old.keys()) if (!now.has(id)) out.add(id);
  return out;
}

/** Table rows for entities, with their mention and link counts. */
export function entityRows(c: Pick<Case, 'entities' | 'mentions' | 'relations'>): EntityRow[] {
  const mentions = mentionCounts(c.mentions);
  const links = linkCounts(c.relations);
  const last = lastEntities?.mentions === c.mentions && lastEntities.relations === c.relations ? lastEntities : undefined;
  const rows = c.entities.map((e, i) => {
    if (last && last.entities[i] === e) return last.rows[i]!;
    const m = mentions.get(e.id) ?? 0;
    const l = links.get(e.id) ?? 0;
    const made = entityRowOf.get(e);
    if (made && made.mentions === m && made.links === l) return made;
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
  lastEntities = { entities: c.entities, mentions: c.mentions, relations: c.relations, rows };
  return rows;
}

/** Table rows for links, with the entity names resolved. */
export function linkRows(c: Pick<Case, 'entities' | 'relations'>): LinkRow[] {
  const names = entityNames(c.entities);
  const last = lastLinks;
  const renamed = last && last.entities !== c.entities ? renamedIds(last.entities, c.entities) : undefined;
  const rows = c.relations.map((r, i) => {
    if (last && last.relations[i] === r && !(renamed && (renamed.has(r.source) || renamed.has(r.target)))) return last.rows[i]!;
    const from = names.get(r.source) ?? '?';
    const to = names.get(r.target) ?? '?';
    const made = linkRowOf.get(r);
    if (made && made.from === from && made.to === to) return made;
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
  lastLinks = { entities: c.entities, relations: c.relations, rows };
  return rows;
}
