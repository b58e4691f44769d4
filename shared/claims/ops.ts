import { type Case, type Claim, createId, type Op } from '../model';
import type { ResolvedRange } from '../dates';
import { relationFor } from './link';
import { keyOfClaim } from './rejection';
import type { ClaimDraft } from './types';

export type ClaimOpsOptions = {
  /** When the claim was made, if the draft has no date of its own: the publication date, say. */
  date?: ResolvedRange;
  /** Set relationId from the case's links (see relationFor); on by default. */
  link?: boolean;
};

/**
 * Suggested claims for drafts found in one source, as one addClaims op (or none). A draft is skipped when
 * the case has a claim with the same evidence span and speaker, or the analyst rejected it (kind 'claim',
 * key from claimRejectionKey). Speakers and about-entities the case does not have are dropped; a speaker
 * entity that is missing is kept by its name as written.
 */
export function claimsToOps(c: Case, sourceId: string, drafts: (ClaimDraft & { date?: ResolvedRange })[], opts: ClaimOpsOptions = {}): Op[] {
  const src = c.sources.find((s) => s.id === sourceId);
  if (!src) return [];
  const ids = new Set(c.entities.map((e) => e.id));
  const rejected = new Set((c.rejections ?? []).filter((r) => r.kind === 'claim').map((r) => r.key));
  const taken = new Set(c.claims.map((cl) => keyOfClaim(c, cl)));
  const claims: Claim[] = [];
  for (const d of drafts) {
    const known = d.speakerEntityId && ids.has(d.speakerEntityId) ? d.speakerEntityId : undefined;
    const label = known ? undefined : (d.speakerLabel ?? (d.speakerSpan && src.text.slice(d.speakerSpan.start, d.speakerSpan.end)));
    if (!known && !label) continue;
    const claim: Claim = {
      id: createId('clm'),
      ...(known ? { speakerId: known } : { speakerLabel: label }),
      verb: d.verb,
      evidence: { sourceId, ...d.evidence },
      ...(d.content ? { content: { sourceId, ...d.content } } : {}),
      about: d.about.filter((a) => ids.has(a) && a !== known),
      ...((d.date ?? opts.date) ? { date: d.date ?? opts.date } : {}),
      status: 'suggested',
    };
    const key = keyOfClaim(c, claim);
    if (taken.has(key) || rejected.has(key)) continue;
    taken.add(key);
    const relationId = opts.link === false ? undefined : relationFor(c, claim);
    claims.push(relationId ? { ...claim, relationId } : claim);
  }
  return claims.length ? [{ op: 'addClaims', claims }] : [];
}
