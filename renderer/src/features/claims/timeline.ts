import type { Case, DateRange } from '../../../../shared/model';
import { claimText, formatDay, formatRange, speakerOf } from './claimModel';

export type TimelineItem = {
  kind: 'event' | 'claim';
  id: string;
  date: DateRange;
  when: string;
  title: string;
  detail: string;
  /** Entities the item involves: the event itself, or a claim's speaker and about. */
  entityIds: string[];
  relationId?: string;
};

export type TimelineGroup = { month: string; label: string; items: TimelineItem[] };

type Sel = { entities: readonly string[]; relations: readonly string[]; claims?: readonly string[] };

/**
 * Events (entities with a date; plain date entities left out) and dated claims, in date order, kept to what
 * involves the selection: a selected entity, either end of a selected link, a selected claim's parts.
 */
export function timelineItems(c: Pick<Case, 'entities' | 'relations' | 'claims' | 'sources'>, sel: Sel): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const e of c.entities) {
    if (!e.date || e.type === 'date') continue;
    items.push({ kind: 'event', id: e.id, date: e.date, when: formatRange(e.date), title: e.name, detail: e.type, entityIds: [e.id] });
  }
  for (const cl of c.claims) {
    if (!cl.date) continue;
    const text = claimText(c, cl);
    items.push({
      kind: 'claim',
      id: cl.id,
      date: cl.date,
      when: formatRange(cl.date),
      title: `${speakerOf(c, cl)} ${cl.verb}`,
      detail: text.length > 140 ? `${text.slice(0, 139)}…` : text,
      entityIds: [...(cl.speakerId ? [cl.speakerId] : []), ...cl.about],
      ...(cl.relationId ? { relationId: cl.relationId } : {}),
    });
  }
  const focus = new Set(sel.entities);
  for (const id of sel.relations) {
    const r = c.relations.find((x) => x.id === id);
    if (r) focus.add(r.source).add(r.target);
  }
  const claims = new Set(sel.claims ?? []);
  const shown =
    focus.size || claims.size
      ? items.filter((it) => claims.has(it.id) || (it.relationId && sel.relations.includes(it.relationId)) || it.entityIds.some((id) => focus.has(id)))
      : items;
  return shown.sort((a, b) => a.date.start.localeCompare(b.date.start) || (a.kind === b.kind ? 0 : a.kind === 'event' ? -1 : 1) || a.title.localeCompare(b.title));
}

/** Items grouped by the month they start in ("2025-10"); a date known only to the year gets its own group. */
export function groupByMonth(items: TimelineItem[]): TimelineGroup[] {
  const out: TimelineGroup[] = [];
  for (const it of items) {
    const month = it.date.start.slice(0, 7);
    let g = out[out.length - 1];
    if (!g || g.month !== month) out.push((g = { month, label: formatDay(month), items: [] }));
    g.items.push(it);
  }
  return out;
}
