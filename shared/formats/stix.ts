import type { Case, Entity, Relation } from '../model/schema';
import { countryCode } from './countries';
import { evidenceQuotes, quoteLine } from './evidence';
import { dateText } from './rows';
import { claimNotes } from './stixClaims';
import { confidenceOf, relationshipType, stixKind, type StixKind } from './stixKinds';
import { compact, header, type StixContext, type StixObject } from './stixCommon';
import { stixId, stixTime } from './stixIds';
import { stixReports } from './stixReports';

/** Link types that say a place lies in a country ("Istanbul — located in — Turkey"); "held talks in" does not. */
const CONTAINED = /^(is |lies )?(located in|situated in|in|within|part of|capital of|city (in|of)|town (in|of)|province of|region of|district of)$/i;

/** A location's country: its own name or aliases, else the country it is linked to as lying in. */
function locationCountry(x: StixContext, e: Entity): string | undefined {
  const own = countryCode([e.name, ...e.aliases]);
  if (own || e.type === 'country') return own;
  const byId = new Map(x.c.entities.map((n) => [n.id, n]));
  for (const r of x.c.relations) {
    if (r.source !== e.id || !CONTAINED.test(r.type.trim())) continue;
    const o = byId.get(r.target);
    const code = o?.type === 'country' ? countryCode([o.name, ...o.aliases]) : undefined;
    if (code) return code;
  }
  return undefined;
}

function entityObject(x: StixContext, e: Entity, kind: StixKind): StixObject {
  const base = { ...header(x, kind.type, `entity/${e.id}`), name: e.name, description: e.notes };
  const ours = { x_caseboard_id: e.id, x_caseboard_type: e.type, x_caseboard_status: e.status, x_caseboard_date: e.date ? dateText(e.date) : undefined };
  switch (kind.type) {
    case 'identity':
      return compact({ ...base, identity_class: kind.identityClass, ...ours, x_caseboard_aliases: e.aliases }) as StixObject;
    case 'threat-actor':
      return compact({ ...base, threat_actor_types: kind.actorTypes, aliases: e.aliases, ...ours }) as StixObject;
    case 'intrusion-set':
      return compact({ ...base, aliases: e.aliases, ...ours }) as StixObject;
    default: {
      // STIX needs a country, a region or coordinates. Without a known country, "unknown" is the honest region.
      const country = locationCountry(x, e);
      return compact({ ...base, ...(country ? { country } : { region: 'unknown' }), ...ours, x_caseboard_aliases: e.aliases }) as StixObject;
    }
  }
}

function evidenceOf(x: StixContext, r: Relation) {
  return evidenceQuotes(x.c, r).map((q) => ({
    source_ref: stixId('report', x.c.id, `source/${q.sourceId}`),
    source_title: q.sourceTitle,
    quote: q.quote,
    start: q.start,
    end: q.end,
  }));
}

function relationshipObject(x: StixContext, r: Relation): StixObject {
  return compact({
    ...header(x, 'relationship', `relation/${r.id}`),
    relationship_type: relationshipType(r.type),
    source_ref: x.ids.get(r.source),
    target_ref: x.ids.get(r.target),
    description: r.notes,
    confidence: confidenceOf(r.credibility),
    x_caseboard_id: r.id,
    x_caseboard_type: r.type,
    x_caseboard_directed: r.directed,
    x_caseboard_status: r.status,
    x_caseboard_reliability: r.reliability,
    x_caseboard_credibility: r.credibility,
    x_caseboard_evidence: evidenceOf(x, r),
  }) as StixObject;
}

/**
 * Events and dates are not things STIX models as objects of their own, so each becomes a note about the
 * objects it is linked to; its links (which a relationship could not point at a note meaningfully) are
 * written into the note's text with their evidence.
 */
function noteObject(x: StixContext, e: Entity, links: Relation[]): StixObject | undefined {
  const names = new Map(x.c.entities.map((n) => [n.id, n.name]));
  const refs = new Set<string>();
  const lines = [e.name, e.date ? `When: ${dateText(e.date)}` : '', e.notes ?? '', e.aliases.length ? `Also known as: ${e.aliases.join('; ')}` : ''];
  for (const r of links) {
    const other = r.source === e.id ? r.target : r.source;
    refs.add(x.ids.get(other)!);
    const arrow = !r.directed ? '—' : r.source === e.id ? '→' : '←';
    lines.push(`${arrow} ${r.type} ${arrow} ${names.get(other)}`, ...evidenceQuotes(x.c, r).map((q) => `   ${quoteLine(q)}`));
  }
  if (!refs.size) return undefined;
  return compact({
    ...header(x, 'note', `entity/${e.id}`),
    abstract: e.name,
    content: lines.filter(Boolean).join('\n'),
    object_refs: [...refs],
    x_caseboard_id: e.id,
    x_caseboard_type: e.type,
    x_caseboard_status: e.status,
    x_caseboard_date: e.date ? dateText(e.date) : undefined,
  }) as StixObject;
}

/** The case as a STIX 2.1 bundle. Same case in, same bytes out: ids are UUIDv5, times are the case's. */
export function exportStix(c: Case): string {
  const created = stixTime(c.createdAt) ?? '1970-01-01T00:00:00.000Z';
  const updated = stixTime(c.updatedAt);
  const modified = updated && updated > created ? updated : created;
  const x: StixContext = { c, created, modified, kinds: new Map(c.entities.map((e) => [e.id, stixKind(e)])), ids: new Map() };
  for (const e of c.entities) x.ids.set(e.id, header(x, x.kinds.get(e.id)!.type, `entity/${e.id}`).id);
  const isNote = (id: string) => x.kinds.get(id)!.type === 'note';
  const things = c.entities.filter((e) => !isNote(e.id)).map((e) => entityObject(x, e, x.kinds.get(e.id)!));
  const relationships = c.relations.filter((r) => !isNote(r.source) && !isNote(r.target)).map((r) => relationshipObject(x, r));
  const notes = c.entities
    .filter((e) => isNote(e.id))
    .flatMap((e) => noteObject(x, e, c.relations.filter((r) => r.source === e.id || r.target === e.id)) ?? []);
  const emitted = new Set([...things, ...notes, ...relationships].map((o) => o.id));
  const objects = [...things, ...notes, ...relationships, ...claimNotes(x, emitted)];
  const reports = stixReports(x, new Set(objects.map((o) => o.id)));
  const all = [...objects, ...reports];
  const key = `bundle/${c.entities.map((e) => e.id).join(',')}/${c.relations.map((r) => r.id).join(',')}`;
  const bundle = compact({ type: 'bundle', id: stixId('bundle', c.id, key), objects: all });
  return JSON.stringify(bundle, null, 2) + '\n';
}
