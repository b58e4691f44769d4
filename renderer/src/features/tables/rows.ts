import type { Case, Reliability, Status } from '../../../../shared/model';

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

/** Table rows for entities, with their mention and link counts. */
export function entityRows(c: Pick<Case, 'entities' | 'mentions' | 'relations'>): EntityRow[] {
  const mentions = new Map<string, number>();
  const links = new Map<string, number>();
  for (const m of c.mentions) mentions.set(m.entityId, (mentions.get(m.entityId) ?? 0) + 1);
  for (const r of c.relations) {
    links.set(r.source, (links.get(r.source) ?? 0) + 1);
    if (r.target !== r.source) links.set(r.target, (links.get(r.target) ?? 0) + 1);
  }
  return c.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    status: e.status,
    aliases: e.aliases.join(', '),
    notes: e.notes ?? '',
    mentions: mentions.get(e.id) ?? 0,
    links: links.get(e.id) ?? 0,
  }));
}

/** Table rows for links, with the entity names resolved. */
export function linkRows(c: Pick<Case, 'entities' | 'relations'>): LinkRow[] {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  return c.relations.map((r) => ({
    id: r.id,
    from: names.get(r.source) ?? '?',
    to: names.get(r.target) ?? '?',
    type: r.type,
    status: r.status,
    directed: r.directed,
    evidence: r.evidence.length,
    reliability: r.reliability ?? '',
    credibility: r.credibility ?? '',
    notes: r.notes ?? '',
  }));
}
