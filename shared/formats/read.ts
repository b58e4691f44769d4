import { RELIABILITY, type DateRange, type Entity, type Position, type Reliability, type Status } from '../model/schema';
import { parseQuotes } from './evidence';
import type { ImportedRelation } from './types';

/** Attribute values read from a file, by lower-cased attribute name. Missing means undefined. */
export type Attrs = Record<string, string | undefined>;

const pick = (a: Attrs, ...names: string[]) => names.map((n) => a[n]).find((v) => v !== undefined && v !== '');

/** Aliases as we write them (a JSON array) or as other tools do (separated by ; or |). */
export function parseAliases(text: string | undefined): string[] {
  if (!text) return [];
  if (text.trim().startsWith('[')) {
    try {
      const raw: unknown = JSON.parse(text);
      if (Array.isArray(raw)) return raw.filter((a): a is string => typeof a === 'string');
    } catch {
      /* not ours: fall through to separators */
    }
  }
  return text.split(/[;|]/).map((a) => a.trim()).filter(Boolean);
}

const status = (v: string | undefined): Status => (v === 'suggested' ? 'suggested' : 'accepted');

export function entityFromAttrs(id: string, a: Attrs, warn: (m: string) => void): Entity {
  const name = pick(a, 'label', 'name', 'shared_name')?.trim() || id;
  if (name === id && !pick(a, 'label', 'name')) warn(`entity "${id}" has no label; its id is used as the name`);
  const e: Entity = { id, name, type: pick(a, 'type', 'entity_type', 'entitytype')?.trim() || 'other', aliases: parseAliases(a.aliases), status: status(a.status) };
  if (a.notes) e.notes = a.notes;
  const date = parseDate(pick(a, 'date'), pick(a, 'date_basis', 'datebasis'));
  if (date) e.date = date;
  else if (pick(a, 'date')) warn(`entity "${id}": date "${pick(a, 'date')}" is not an ISO date like 2025-10-19 and was dropped`);
  return e;
}

const ISO_DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "2025-10" or "2025-10-25/2025-10-28" (as dateText writes) back into a date range. */
export function parseDate(text: string | undefined, basis: string | undefined): DateRange | undefined {
  if (!text) return undefined;
  const [start, end, extra] = text.trim().split('/');
  if (!start || !ISO_DAY.test(start) || extra !== undefined || (end !== undefined && !ISO_DAY.test(end))) return undefined;
  const d: DateRange = { start };
  if (end) d.end = end;
  if (basis === 'explicit' || basis === 'relative' || basis === 'analyst') d.basis = basis;
  return d;
}

export function positionFromAttrs(a: Attrs): Position | undefined {
  const x = Number(a.x);
  const y = Number(a.y);
  return a.x !== undefined && a.y !== undefined && a.x !== '' && a.y !== '' && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

export function parseBool(v: string | undefined, fallback: boolean): boolean {
  if (v === undefined || v === '') return fallback;
  return !/^(false|0|no|undirected)$/i.test(v.trim());
}

export function relationFromAttrs(id: string, source: string, target: string, directed: boolean, a: Attrs, warn: (m: string) => void): ImportedRelation {
  const r: ImportedRelation = {
    id,
    source,
    target,
    type: pick(a, 'relation_type', 'relationtype', 'type', 'interaction', 'label')?.trim() || 'associated with',
    directed,
    evidence: parseQuotes(pick(a, 'evidence_refs', 'evidencerefs')),
    status: status(a.status),
  };
  const rel = a.reliability?.trim().toUpperCase();
  if (rel) {
    if ((RELIABILITY as readonly string[]).includes(rel)) r.reliability = rel as Reliability;
    else warn(`link "${id}": reliability "${a.reliability}" is not A–F and was dropped`);
  }
  const cred = a.credibility?.trim();
  if (cred) {
    const n = Number(cred);
    if (Number.isInteger(n) && n >= 1 && n <= 6) r.credibility = n;
    else warn(`link "${id}": credibility "${cred}" is not 1–6 and was dropped`);
  }
  if (a.notes) r.notes = a.notes;
  return r;
}
