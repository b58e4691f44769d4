import type { TokSpan } from './rules/refine';
import { low } from './rules/tokens';
import type { Token } from './text/tokenize';
import { tokenize } from './text/tokenize';
import type { EntityType, KnownName } from './types';

/** Names the case already has, indexed by their first word for matching token by token. */
export type KnownIndex = Map<string, { words: string[]; exact: string[]; entityId: string; type: EntityType }[]>;

const TYPES = new Set(['person', 'organization', 'country', 'location', 'event', 'date', 'other']);

export function indexKnown(names: KnownName[]): KnownIndex {
  const index: KnownIndex = new Map();
  for (const n of names) {
    const toks = tokenize(n.form);
    if (!toks.length) continue;
    const entry = {
      words: toks.map(low),
      exact: toks.map((t) => t.text),
      entityId: n.entityId,
      type: (TYPES.has(n.type) ? n.type : 'other') as EntityType,
    };
    const key = entry.words[0]!;
    if (!index.has(key)) index.set(key, []);
    index.get(key)!.push(entry);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/*
 * Known names are found again in new text; short or all-caps names ("TTP", "US") only as written,
 * longer ones in any case. They outrank everything the tagger proposes.
 */
export function matchKnown(index: KnownIndex, toks: Token[]): TokSpan[] {
  const out: TokSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const list = index.get(low(toks[i]));
    if (!list) continue;
    for (const k of list) {
      if (i + k.words.length > toks.length) continue;
      const strict = k.exact.join('').length <= 4 || k.exact.join('') === k.exact.join('').toUpperCase();
      const ok = k.words.every((w, j) => (strict ? toks[i + j]!.text === k.exact[j] : low(toks[i + j]) === w));
      if (!ok) continue;
      out.push({ first: i, last: i + k.words.length - 1, type: k.type, prio: 4, knownId: k.entityId });
      break;
    }
  }
  return out;
}
