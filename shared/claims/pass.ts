import { findDates } from '../dates';
import { applyOps, type Case, type Op } from '../model';
import { splitSentences } from '../extract/text/sentences';
import { entityRefs } from './entities';
import { eventsAndDatesToOps, referenceDate } from './eventOps';
import { findClaims } from './findClaims';
import { claimsToOps } from './ops';

export type ClaimPassStats = { sources: number; claimsAdded: number; eventsAdded: number; datesSet: number };

/**
 * Events, dates and claims for the sources of a case, as one undoable batch of suggestions. Run it on the
 * case after the entity pass: its entities and mentions are where speakers and about-entities come from.
 * Events go first, so a claim about "the four-day dialogue" is about the talks' entity.
 */
export function claimPass(c: Case, opts: { sourceIds?: string[] } = {}): { op: Op; stats: ClaimPassStats } {
  const sources = opts.sourceIds ? c.sources.filter((s) => opts.sourceIds!.includes(s.id)) : c.sources;
  const ops: Op[] = [];
  let work = c;
  for (const src of sources) {
    const events = eventsAndDatesToOps(work, src.id);
    work = applyOps(work, events);
    const drafts = findClaims(src.text, entityRefs(work, src.id), splitSentences(src.text));
    // A claim reported in an article was made by its publication date; without one it stays undated.
    const date = src.origin.publishedAt ? referenceDate(src.origin.publishedAt, findDates(src.text)) : undefined;
    const claims = claimsToOps(work, src.id, drafts, { date });
    work = applyOps(work, claims);
    ops.push(...events, ...claims);
  }
  const stats: ClaimPassStats = {
    sources: sources.length,
    claimsAdded: ops.reduce((n, o) => n + (o.op === 'addClaims' ? o.claims.length : 0), 0),
    eventsAdded: ops.filter((o) => o.op === 'addEntity').length,
    datesSet: ops.filter((o) => (o.op === 'updateEntity' && o.patch.date) || (o.op === 'addEntity' && o.entity.date)).length,
  };
  return { op: { op: 'batch', label: 'Find claims and events', ops }, stats };
}
