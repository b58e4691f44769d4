import type { Case } from './schema';

/** Problems found so far, at most `limit` of them. */
type Found = { problems: string[]; limit: number };

const report = (found: Found, problem: string) => {
  if (found.problems.length < found.limit) found.problems.push(problem);
};

const idOf = (record: { id: string }) => record.id;

/** Where a span is, put into words only when it has a problem. */
type SpanPlace = 'mention' | 'relation evidence' | 'claim evidence' | 'claim content';
const placeOf = (place: SpanPlace, i: number, j: number): string =>
  place === 'mention' ? `mentions[${i}]` : place === 'relation evidence' ? `relations[${i}].evidence[${j}]` : place === 'claim evidence' ? `claims[${i}].evidence` : `claims[${i}].content`;

function checkUnique(found: Found, seen: Set<string>, kind: string, items: readonly { id: string }[]): void {
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.id;
    // One hash lookup instead of has() then add(): an id seen before leaves the size unchanged.
    const size = seen.size;
    if (seen.add(id).size === size) report(found, `${kind}[${i}].id: duplicate id "${id}"`);
  }
}

function checkSpan(found: Found, textLength: Map<string, number>, place: SpanPlace, i: number, j: number, span: { sourceId: string; start: number; end: number }): void {
  const { sourceId, start, end } = span;
  const length = textLength.get(sourceId);
  if (length === undefined) report(found, `${placeOf(place, i, j)}.sourceId: no source "${sourceId}"`);
  else if (start >= end) report(found, `${placeOf(place, i, j)}: empty or reversed span ${start}–${end}`);
  else if (end > length) report(found, `${placeOf(place, i, j)}: span ${start}–${end} lies beyond the end of source "${sourceId}" (${length} characters)`);
}

/**
 * Cross-record rules the schema alone cannot express. Returns human-readable problems, empty when sound.
 *
 * This runs on every open over every record (100,000 mentions in a large case), so it is plain loops over
 * prebuilt sets, a problem's location ("mentions[12]") is put into words only when there is a problem, and
 * the helpers live at module level: closures made afresh on each call made V8 throw away its optimised
 * code on each open ("wrong call target"), so every open ran the slow version.
 */
export function checkInvariants(c: Case, limit = 20): string[] {
  const found: Found = { problems: [], limit };
  const seen = new Set<string>();
  checkUnique(found, seen, 'sources', c.sources);
  checkUnique(found, seen, 'entities', c.entities);
  checkUnique(found, seen, 'mentions', c.mentions);
  checkUnique(found, seen, 'relations', c.relations);
  checkUnique(found, seen, 'claims', c.claims);

  // The length of each source's text (for a repeated id, the last one, as a Map built from the list would).
  const textLength = new Map<string, number>();
  for (const s of c.sources) textLength.set(s.id, s.text.length);
  const entities = new Set<string>();
  for (const e of c.entities) entities.add(e.id);

  const mentions = c.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!entities.has(m.entityId)) report(found, `mentions[${i}].entityId: no entity "${m.entityId}"`);
    checkSpan(found, textLength, 'mention', i, 0, m);
  }
  const relations = c.relations;
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    if (!entities.has(r.source)) report(found, `relations[${i}].source: no entity "${r.source}"`);
    if (!entities.has(r.target)) report(found, `relations[${i}].target: no entity "${r.target}"`);
    for (let j = 0; j < r.evidence.length; j++) checkSpan(found, textLength, 'relation evidence', i, j, r.evidence[j]!);
  }
  // The links' ids, gathered only if a claim names a link (most cases have no such claims).
  let relationIds: Set<string> | undefined;
  const claims = c.claims;
  for (let i = 0; i < claims.length; i++) {
    const cl = claims[i]!;
    if (cl.speakerId && !entities.has(cl.speakerId)) report(found, `claims[${i}].speakerId: no entity "${cl.speakerId}"`);
    for (let j = 0; j < cl.about.length; j++) {
      if (!entities.has(cl.about[j]!)) report(found, `claims[${i}].about[${j}]: no entity "${cl.about[j]}"`);
    }
    if (cl.relationId && !(relationIds ??= new Set(relations.map(idOf))).has(cl.relationId)) report(found, `claims[${i}].relationId: no link "${cl.relationId}"`);
    checkSpan(found, textLength, 'claim evidence', i, 0, cl.evidence);
    if (cl.content) checkSpan(found, textLength, 'claim content', i, 0, cl.content);
  }
  for (const key of Object.keys(c.layout.positions)) {
    if (!entities.has(key)) report(found, `layout.positions.${key}: no entity "${key}"`);
  }
  return found.problems;
}
