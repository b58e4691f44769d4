import { COUNTRY_BY_NAME } from './lexicon/countries';
import { governanceKey, initialsOf, isAcronym, nameKey, nameWords } from './names';
import { isDemonym } from './rules/tokens';
import type { Candidate, EntityType } from './types';

/** One entity of a text: its mentions (indices into the candidates), forms and chosen name and type. */
export type Group = { name: string; type: EntityType; forms: string[]; members: number[]; knownId?: string };

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number) {
    this.parent[this.find(b)] = this.find(a);
  }
}

/*
 * Merges the mentions of one text into entities: same name key, a known entity, "Long Name (ACR)",
 * an acronym spelling another name's initials, a surname of a full name met earlier, and the
 * modifier + regime/government/administration variants.
 */
export function resolve(text: string, cands: Candidate[]): Group[] {
  const uf = new UnionFind(cands.length);
  const forms = cands.map((c) => text.slice(c.start, c.end));
  const byKey = new Map<string, number>();
  const byKnown = new Map<string, number>();
  const byStart = new Map(cands.map((c, i) => [c.start, i]));
  const link = (map: Map<string, number>, key: string, i: number) => {
    const j = map.get(key);
    if (j === undefined) map.set(key, i);
    else uf.union(j, i);
  };
  cands.forEach((c, i) => {
    if (c.knownId) link(byKnown, c.knownId, i);
    if (c.type !== 'date') link(byKey, nameKey(forms[i]!), i);
    const gov = governanceKey(forms[i]!, isDemonym);
    if (gov) link(byKey, gov, i);
    if (c.expands !== undefined && byStart.has(c.expands)) uf.union(byStart.get(c.expands)!, i);
  });
  // Indexes built once, so a long text costs a look-up per mention rather than a scan of all of them.
  const byInitials = new Map<string, number>();
  const byLastWord = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const words = nameWords(forms[i]!);
    if (words.length < 2 || c.type === 'date') return;
    if (c.type !== 'person') for (const acr of initialsOf(forms[i]!)) if (!byInitials.has(acr)) byInitials.set(acr, i);
    if (c.type === 'person') byLastWord.set(words.at(-1)!, [...(byLastWord.get(words.at(-1)!) ?? []), i]);
  });
  cands.forEach((c, i) => {
    const form = forms[i]!;
    if (isAcronym(form)) {
      const j = byInitials.get(form.replace(/\./g, ''));
      if (j !== undefined) uf.union(j, i);
    } else if (c.type !== 'date' && !c.knownId && !/[\s‐-―-]/u.test(form)) {
      // The nearest full name before it with this last word; failing that, the first one after it.
      const people = byLastWord.get(form) ?? [];
      const before = people.filter((m) => cands[m]!.start < c.start).at(-1);
      const j = before ?? people[0];
      if (j !== undefined) uf.union(j, i);
    }
  });
  const groups = new Map<number, number[]>();
  cands.forEach((_, i) => {
    const r = uf.find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(i);
  });
  return [...groups.values()].map((members) => describeGroup(cands, forms, members));
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'country', 'location', 'event', 'date', 'other'];

function describeGroup(cands: Candidate[], forms: string[], members: number[]): Group {
  const votes = new Map<EntityType, number>();
  for (const i of members) {
    const c = cands[i]!;
    const weight = c.knownId ? 100 : nameWords(forms[i]!).length > 1 ? 2 : 1;
    votes.set(c.type, (votes.get(c.type) ?? 0) + weight);
  }
  let type = [...votes].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
  const distinct: string[] = [];
  const keys: string[] = [];
  for (const i of members) {
    const f = forms[i]!;
    const key = nameKey(f);
    const at = keys.indexOf(key);
    if (at < 0) keys.push(key);
    if (at < 0) distinct.push(f);
    // Of "ISLAMABAD" and "Islamabad", keep the running-text form.
    else if (distinct[at] === distinct[at]!.toUpperCase() && f !== f.toUpperCase()) distinct[at] = f;
  }
  const country = distinct.map((f) => COUNTRY_BY_NAME.get(f.toLowerCase())).find(Boolean);
  if (country && type === 'location') type = 'country';
  const knownId = members.map((i) => cands[i]!.knownId).find(Boolean);
  const group: Group = { name: pickName(distinct, type, country), type, forms: distinct, members };
  if (knownId) group.knownId = knownId;
  return group;
}

/** The name a new entity gets: the canonical country name, else the fullest non-acronym form. */
function pickName(forms: string[], type: EntityType, country: string | undefined): string {
  if (country && type === 'country') return country;
  const clean = forms.map((f) => f.replace(/['’]s$/u, ''));
  const gov = clean.find((f) => governanceKey(f, isDemonym));
  if (gov) {
    const words = nameWords(gov);
    while (words.length > 2 && isDemonym(words[0]!)) words.shift();
    return gov.startsWith(words[0]!) ? gov.slice(gov.indexOf(words[0]!)) : words.join(' ');
  }
  const full = clean.filter((f) => !isAcronym(f));
  const pool = full.length ? full : clean;
  return pool.reduce((best, f) => (nameWords(f).length > nameWords(best).length ? f : best), pool[0]!);
}
