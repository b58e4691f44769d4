import type { Case, Claim, Rejection } from '../model';

/** A claim as an analyst turned it down: where it was read and who was said to speak. */
export type ClaimRejectionSubject = { sourceId: string; start: number; end: number; speaker: string };

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();

/*
 * Key format (case.rejections[].key with kind 'claim'): "sourceId:start-end|speaker", the evidence span
 * and the speaker's name or description in lower case. Spans survive re-runs because source text never
 * changes; the speaker's name survives the entity being deleted and found again under a new id.
 */
export function claimRejectionKey(s: ClaimRejectionSubject): string {
  return `${s.sourceId}:${s.start}-${s.end}|${norm(s.speaker)}`;
}

/** The speaker of a claim as written for keys: its entity's name, else the description. */
export function speakerName(c: Pick<Case, 'entities'>, cl: Pick<Claim, 'speakerId' | 'speakerLabel'>): string {
  return (cl.speakerId && c.entities.find((e) => e.id === cl.speakerId)?.name) || cl.speakerLabel || '';
}

export function keyOfClaim(c: Pick<Case, 'entities'>, cl: Pick<Claim, 'speakerId' | 'speakerLabel' | 'evidence'>): string {
  return claimRejectionKey({ ...cl.evidence, speaker: speakerName(c, cl) });
}

/** The rejections to record when the analyst rejects these suggested claims (for the review UI). */
export function claimRejectionsFor(c: Case, claimIds: string[]): Rejection[] {
  return c.claims.filter((cl) => claimIds.includes(cl.id)).map((cl) => ({ kind: 'claim' as const, key: keyOfClaim(c, cl) }));
}
