import type { Case, Claim, Op, Relation } from '../model';

/** Link types that make a person speak for an organisation or country ("official of", "minister of"). */
const AFFILIATION = /\b(?:official|minister|member|spokes\w*|leader|head|chief|president|commander|envoy|ambassador|works?[ _]for|employee)\b/i;

const other = (r: Relation, id: string) => (r.source === id ? r.target : r.target === id ? r.source : undefined);
const overlaps = (r: Relation, cl: Pick<Claim, 'evidence'>) =>
  r.evidence.some((e) => e.sourceId === cl.evidence.sourceId && e.start < cl.evidence.end && cl.evidence.start < e.end);

/** Organisations and countries the speaker belongs to, by the case's links. */
function affiliations(c: Case, speakerId: string): Set<string> {
  const out = new Set<string>();
  for (const r of c.relations) {
    if (!AFFILIATION.test(r.type)) continue;
    // "official of" points from the person; an undirected link of that kind counts either way.
    if (r.source === speakerId) out.add(r.target);
    else if (r.target === speakerId && !r.directed) out.add(r.source);
  }
  return out;
}

/**
 * The link a claim supports: one whose endpoints are the speaker (or the speaker's organisation or
 * country, by an "official of"/"member of" link) and an entity the claim is about. Preferred, in order: a
 * link read from the claim's own sentence, the speaker over an affiliation, the entity the claim names
 * first, a labelled link over "associated with".
 */
export function relationFor(c: Case, cl: Pick<Claim, 'speakerId' | 'about' | 'evidence'>): string | undefined {
  if (!cl.speakerId || !cl.about.length) return undefined;
  const sides = [{ id: cl.speakerId, via: 0 }, ...[...affiliations(c, cl.speakerId)].map((id) => ({ id, via: 1 }))];
  let best: { id: string; score: number[] } | undefined;
  for (const r of c.relations) {
    for (const side of sides) {
      const o = other(r, side.id);
      const at = o === undefined ? -1 : cl.about.indexOf(o);
      // The "official of" link itself says who the speaker speaks for, not what the claim supports.
      if (at < 0 || o === cl.speakerId || (side.via === 0 && AFFILIATION.test(r.type))) continue;
      const score = [overlaps(r, cl) ? 0 : 1, side.via, at, r.type === 'associated with' ? 1 : 0];
      if (!best || less(score, best.score)) best = { id: r.id, score };
    }
  }
  return best?.id;
}

const less = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

/** updateClaim ops linking the case's suggested claims that have no link yet to the link they support. */
export function linkClaimsToRelations(c: Case): Op[] {
  return c.claims.flatMap((cl): Op[] => {
    if (cl.relationId || cl.status !== 'suggested') return [];
    const relationId = relationFor(c, cl);
    return relationId ? [{ op: 'updateClaim', id: cl.id, patch: { relationId } }] : [];
  });
}
