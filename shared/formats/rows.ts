import type { Case, DateRange, Reliability, Status } from '../model/schema';
import { evidenceQuotes } from './evidence';
import { typeColor } from './style';
import type { EvidenceQuote } from './types';

/** A case's entities and links flattened to the attributes the table-like formats write. */
export type NodeRow = {
  id: string;
  label: string;
  type: string;
  aliases: string[];
  notes?: string;
  status: Status;
  color: string;
  x?: number;
  y?: number;
  /** For events and dates: ISO date or ISO 8601 interval ("2025-10-25/2025-10-28"). */
  date?: string;
  dateBasis?: string;
};

export type EdgeRow = {
  id: string;
  source: string;
  target: string;
  type: string;
  directed: boolean;
  status: Status;
  reliability?: Reliability;
  credibility?: number;
  notes?: string;
  evidence: EvidenceQuote[];
  /** Gephi and yEd draw heavier lines for heavier links: the number of evidence passages, at least 1. */
  weight: number;
};

export function nodeRows(c: Case): NodeRow[] {
  return c.entities.map((e) => {
    const pos = c.layout.positions[e.id];
    const row: NodeRow = { id: e.id, label: e.name, type: e.type, aliases: e.aliases, status: e.status, color: typeColor(c, e.type) };
    if (e.notes !== undefined) row.notes = e.notes;
    if (pos) Object.assign(row, { x: pos.x, y: pos.y });
    if (e.date) row.date = dateText(e.date);
    if (e.date?.basis) row.dateBasis = e.date.basis;
    return row;
  });
}

export function edgeRows(c: Case): EdgeRow[] {
  return c.relations.map((r) => {
    const evidence = evidenceQuotes(c, r);
    const row: EdgeRow = {
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed: r.directed,
      status: r.status,
      evidence,
      weight: Math.max(1, evidence.length),
    };
    if (r.reliability) row.reliability = r.reliability;
    if (r.credibility !== undefined) row.credibility = r.credibility;
    if (r.notes !== undefined) row.notes = r.notes;
    return row;
  });
}

/** Aliases travel as a JSON array: any character may appear in a name, so no separator is safe. */
export const aliasesText = (aliases: string[]) => JSON.stringify(aliases);

/** A date range as one ISO 8601 string: "2025-10", or "2025-10-25/2025-10-28" for a range. */
export const dateText = (d: DateRange) => (d.end ? `${d.start}/${d.end}` : d.start);
