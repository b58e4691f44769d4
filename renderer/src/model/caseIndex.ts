import type { Case, Entity, Mention, Relation } from '../../../shared/model';

/**
 * Lookups over the open case, built once per change of the list they index (keyed by the array itself, which
 * every op replaces when it changes it) instead of a scan of 100,000 mentions or 50,000 links per render;
 * after an edit of a few records, patched from the previous list's lookups (perList).
 */

/** Above this share of replaced records a list is indexed again rather than patched. */
const PATCH_UP_TO = 0.05;

/**
 * The positions where `after` holds another object than `before` (same length), or undefined when they are
 * more than PATCH_UP_TO of the list.
 */
function replacedAt<T>(before: readonly T[], after: readonly T[]): number[] | undefined {
  const limit = Math.max(8, after.length * PATCH_UP_TO);
  const out: number[] = [];
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i] && out.push(i) > limit) return undefined;
  return out;
}

/**
 * As perArray, for the lists an edit of a record replaces: when the new list has the previous one's length
 * and only a few records were replaced in place (renaming an entity, grading a link, accepting a
 * suggestion), `patch` derives the result from the previous one (or returns undefined to build it again).
 * An edit of L otherwise indexed 20,000 entities or 50,000 links again (~10-100 ms here per index). The
 * previous result is never modified: a patch copies what it changes.
 */
function perList<T extends object, R>(build: (list: readonly T[]) => R, patch: (prev: R, before: readonly T[], after: readonly T[], changed: readonly number[]) => R | undefined) {
  const cache = new WeakMap<readonly T[], R>();
  let last: { list: readonly T[]; result: R } | undefined;
  return (list: readonly T[]): R => {
    let hit = cache.get(list);
    if (hit !== undefined) return hit;
    const changed = last && last.list.length === list.length ? replacedAt(last.list, list) : undefined;
    const patched = changed && last ? patch(last.result, last.list, list, changed) : undefined;
    hit = patched !== undefined ? patched : build(list);
    cache.set(list, hit);
    last = { list, result: hit };
    return hit;
  };
}

const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
/** The same ids at the same positions: the map copied with the replaced records set. */
function patchById<T extends { id: string }>(prev: Map<string, T>, before: readonly T[], after: readonly T[], changed: readonly number[]) {
  if (changed.some((i) => before[i]!.id !== after[i]!.id)) return undefined;
  const m = new Map(prev);
  for (const i of changed) m.set(after[i]!.id, after[i]!);
  return m;
}

/**
 * Lists per key (in list order) with the replaced records swapped in place; undefined if a record's keys
 * changed (it would move between lists).
 */
function patchGroups<T>(prev: Map<string, T[]>, before: readonly T[], after: readonly T[], changed: readonly number[], keys: (x: T) => readonly string[]) {
  const m = new Map(prev);
  const copied = new Set<string>();
  for (const i of changed) {
    const a = before[i]!;
    const b = after[i]!;
    const ka = keys(a);
    const kb = keys(b);
    if (ka.length !== kb.length || ka.some((k, j) => k !== kb[j])) return undefined;
    for (const k of ka) {
      let l = m.get(k);
      if (!l) return undefined;
      if (!copied.has(k)) m.set(k, (l = [...l])), copied.add(k);
      const at = l.indexOf(a);
      if (at < 0) return undefined;
      l[at] = b;
    }
  }
  return m;
}

export const entityById = perList((list: readonly Entity[]) => byId(list), patchById);
export const relationById = perList((list: readonly Relation[]) => byId(list), patchById);

const NONE: readonly never[] = [];

/** Each entity's mentions, in case order. */
export const mentionsByEntity = perList(
  (list: readonly Mention[]) => {
    const m = new Map<string, Mention[]>();
    for (const x of list) {
      const l = m.get(x.entityId);
      if (l) l.push(x);
      else m.set(x.entityId, [x]);
    }
    return m;
  },
  (prev, before, after, changed) => patchGroups(prev, before, after, changed, (x) => [x.entityId]),
);

/** Each entity's links (as source or target), in case order. */
export const relationsByEntity = perList(
  (list: readonly Relation[]) => {
    const m = new Map<string, Relation[]>();
    const add = (id: string, r: Relation) => {
      const l = m.get(id);
      if (l) l.push(r);
      else m.set(id, [r]);
    };
    for (const r of list) {
      add(r.source, r);
      if (r.target !== r.source) add(r.target, r);
    }
    return m;
  },
  (prev, before, after, changed) => patchGroups(prev, before, after, changed, (r) => (r.target !== r.source ? [r.source, r.target] : [r.source])),
);

export const mentionsOf = (c: Pick<Case, 'mentions'>, entityId: string): readonly Mention[] => mentionsByEntity(c.mentions).get(entityId) ?? NONE;
export const linksOf = (c: Pick<Case, 'relations'>, entityId: string): readonly Relation[] => relationsByEntity(c.relations).get(entityId) ?? NONE;

const isSuggested = (x: { status: string }) => (x.status === 'suggested' ? 1 : 0);
/** One per list kind, so each keeps its own previous list to patch from. */
const suggestedIn = () =>
  perList(
    (list: readonly { status: string }[]) => list.reduce((n, x) => n + isSuggested(x), 0),
    (prev, before, after, changed) => changed.reduce((n, i) => n + isSuggested(after[i]!) - isSuggested(before[i]!), prev),
  );
const suggestedEntities = suggestedIn();
const suggestedRelations = suggestedIn();
const suggestedClaims = suggestedIn();

/** Suggested entities, links and claims still to review. */
export const suggestedCount = (c: Pick<Case, 'entities' | 'relations' | 'claims'>) => suggestedEntities(c.entities) + suggestedRelations(c.relations) + suggestedClaims(c.claims);
