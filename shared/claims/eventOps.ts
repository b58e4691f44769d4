import { type DateMention, findDates, iso, parseIso, type ResolvedRange } from '../dates';
import { nameKey } from '../extract/names';
import { rejectionKey } from '../extract/rejection';
import { type Case, createId, type Entity, type Mention, type Op } from '../model';
import { splitSentences } from '../extract/text/sentences';
import { entityRefs } from './entities';
import { findEvents } from './events';

/** The date a source's own news happens around: its publication date, else the first date written out in it. */
export function referenceDate(publishedAt: string | undefined, dates: DateMention[]): ResolvedRange | undefined {
  const pub = parseIso(publishedAt);
  if (pub) return { start: iso(pub), basis: 'relative' };
  const d = dates.find((x) => x.kind === 'date' && x.range?.basis === 'explicit' && !x.range.end);
  return d?.range && { start: d.range.start, basis: 'relative' };
}

const overlapping = (d: DateMention, m: Mention) => d.range && d.start < m.end && m.start < d.end;

/**
 * Dates and events of one source as suggestions: date entities (still suggested, without a date) get the
 * range their mention resolves to; events found in the text ("the Istanbul talks", "a temporary ceasefire
 * reached in Doha on October 19") become event entities with mentions and a date, or, when the case already
 * has an entity of that name, get the missing mentions and date. Rejected names and mentions stay out.
 */
export function eventsAndDatesToOps(c: Case, sourceId: string): Op[] {
  const src = c.sources.find((s) => s.id === sourceId);
  if (!src) return [];
  const dates = findDates(src.text, { publishedAt: src.origin.publishedAt });
  const ops: Op[] = [];
  const all = c.entities;
  const mentions = c.mentions.filter((m) => m.sourceId === sourceId);
  for (const e of all) {
    if (e.type !== 'date' || e.date || e.status !== 'suggested') continue;
    const m = mentions.find((x) => x.entityId === e.id && dates.some((d) => overlapping(d, x)));
    const d = m && dates.find((x) => overlapping(x, m));
    if (d?.range) ops.push({ op: 'updateEntity', id: e.id, patch: { date: d.range } });
  }
  const rejected = new Set((c.rejections ?? []).map((r) => `${r.kind}|${r.key}`));
  const byName = new Map(all.map((e) => [nameKey(e.name), e]));
  const sentences = splitSentences(src.text);
  for (const ev of findEvents(src.text, entityRefs(c, sourceId), sentences, dates, referenceDate(src.origin.publishedAt, dates))) {
    if (rejected.has(`entity|${rejectionKey({ kind: 'entity', name: ev.name })}`)) continue;
    const existing = byName.get(nameKey(ev.name));
    const id = existing?.id ?? createId('ent');
    const fresh = ev.spans
      .filter((s) => !mentions.some((m) => m.entityId === id && m.start === s.start && m.end === s.end))
      .filter((s) => !rejected.has(`mention|${rejectionKey({ kind: 'mention', sourceId, ...s })}`))
      .map((s): Mention => ({ id: createId('men'), entityId: id, sourceId, ...s, status: 'suggested' }));
    if (!existing) {
      if (!fresh.length) continue;
      const entity: Entity = { id, name: ev.name, type: 'event', aliases: [], status: 'suggested', ...(ev.date ? { date: ev.date } : {}) };
      ops.push({ op: 'addEntity', entity, mentions: fresh });
      continue;
    }
    if (fresh.length) ops.push({ op: 'addMentions', mentions: fresh });
    if (ev.date && !existing.date && existing.status === 'suggested') ops.push({ op: 'updateEntity', id, patch: { date: ev.date } });
  }
  return ops;
}
