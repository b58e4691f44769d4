import { claimRejectionsFor } from '../../../../shared/claims';
import type { Case, Claim, DateRange, Op, Reliability, Status } from '../../../../shared/model';

/** Pure helpers for claims in the workbench: table rows, selection, grades explained, review ops. */

export type ClaimRow = {
  id: string;
  speaker: string;
  /** The speaker is a description kept as written ("a senior official"), not an entity. */
  unnamed: boolean;
  verb: string;
  content: string;
  about: string;
  source: string;
  date: string;
  sortDate: string;
  speakerReliability: Reliability | '';
  credibility: number | '';
  status: Status;
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025" · "Oct 2025" · "19 Oct 2025", as precise as the date is. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export const formatRange = (r: DateRange | undefined): string => (!r ? '' : r.end && r.end !== r.start ? `${formatDay(r.start)} – ${formatDay(r.end)}` : formatDay(r.start));

export const speakerOf = (c: Pick<Case, 'entities'>, cl: Claim): string =>
  (cl.speakerId && c.entities.find((e) => e.id === cl.speakerId)?.name) || cl.speakerLabel || 'Unknown speaker';

/** What was said: the quote or reported clause, else the whole evidence sentence. */
export function claimText(c: Pick<Case, 'sources'>, cl: Claim): string {
  const span = cl.content ?? cl.evidence;
  const src = c.sources.find((s) => s.id === span.sourceId);
  return src ? src.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : '';
}

export function claimRows(c: Pick<Case, 'entities' | 'sources' | 'claims'>): ClaimRow[] {
  const names = new Map(c.entities.map((e) => [e.id, e.name]));
  const titles = new Map(c.sources.map((s) => [s.id, s.title]));
  return c.claims.map((cl) => ({
    id: cl.id,
    speaker: speakerOf(c, cl),
    unnamed: !cl.speakerId,
    verb: cl.verb,
    content: claimText(c, cl),
    about: cl.about.map((a) => names.get(a) ?? '?').join(', '),
    source: titles.get(cl.evidence.sourceId) ?? '?',
    date: formatRange(cl.date),
    sortDate: cl.date?.start ?? '',
    speakerReliability: cl.speakerReliability ?? '',
    credibility: cl.credibility ?? '',
    status: cl.status,
  }));
}

/** Selecting a claim selects it, its speaker and about-entities (graph, text) and the link it supports. */
export function claimSelection(cl: Claim): { claims: string[]; entities: string[]; relations: string[] } {
  const entities = [...new Set([...(cl.speakerId ? [cl.speakerId] : []), ...cl.about])];
  return { claims: [cl.id], entities, relations: cl.relationId ? [cl.relationId] : [] };
}

export type GradeLine = { grade: string; what: string; from: string };

/** Each grade that bears on a claim, and where it comes from: the publication, the speaker, the claim. */
export function gradeLines(c: Pick<Case, 'entities' | 'sources'>, cl: Claim): GradeLine[] {
  const src = c.sources.find((s) => s.id === cl.evidence.sourceId);
  const speaker = speakerOf(c, cl);
  return [
    { grade: src?.reliability ?? '–', what: 'Publication reliability', from: src ? `graded on the source “${src.title}”` : 'source missing' },
    { grade: cl.speakerReliability ?? '–', what: 'Speaker reliability', from: `graded on this claim, for ${speaker}` },
    { grade: cl.credibility ? String(cl.credibility) : '–', what: 'Credibility', from: 'graded on this claim: how likely what was said is true' },
  ];
}

/** "B2": speaker reliability (else the publication's) and credibility, as analysts write them. */
export function gradeCode(c: Pick<Case, 'sources'>, cl: Claim): string {
  const rel = cl.speakerReliability ?? c.sources.find((s) => s.id === cl.evidence.sourceId)?.reliability;
  return `${rel ?? '–'}${cl.credibility ?? '–'}`;
}

export const claimsOfRelation = (c: Pick<Case, 'claims'>, relationId: string): Claim[] => c.claims.filter((cl) => cl.relationId === relationId);

/** Delete suggested claims and record them (kind 'claim') so a later pass does not suggest them again. */
export function rejectClaimsOp(c: Case, claimIds: string[]): Op {
  const existing = c.rejections ?? [];
  const seen = new Set(existing.map((r) => `${r.kind}\u0000${r.key}`));
  const add = claimRejectionsFor(c, claimIds).filter((r) => !seen.has(`${r.kind}\u0000${r.key}`));
  return { op: 'batch', label: 'Reject claims', ops: [{ op: 'setCaseFields', fields: { rejections: [...existing, ...add] } }, { op: 'deleteClaims', ids: claimIds }] };
}
