import type { Sentence } from './text/sentences';
import type { Candidate } from './types';

/** A link the text suggests between two entities (group indices), with the mentions that support it. */
export type PairHit = { a: number; b: number; type: string; directed: boolean; sentence: number; ma: Candidate; mb: Candidate };

const CLAUSE_BREAK = /[;:]|\s[-–—]{1,2}\s|["“”]|\b(said|says|told|tells|added|adds|according to|but|while|whereas|although|though|because|after|before|when|until|since)\b/i;
const KILLING = /\b(kill(ed|s|ing)?|murder(ed|s|ing)?|assassinat(ed|es|ing|ion)|shot|shoots|slain|slew|stabbed|executed|killer|assassin)\b/i;
const LINKABLE = new Set(['person', 'organization', 'country', 'location', 'event', 'other']);

/*
 * Labels from the words around two mentions, in priority order. `before` is the text before the first
 * mention (in its sentence), `between` the text between the two.
 */
const PATTERNS: { type: string; directed: boolean; test: (before: string, between: string) => boolean; reverse?: boolean }[] = [
  { type: 'talks with', directed: false, test: (b, m) => /\b(talks|negotiations|dialogue|meeting|ties|relations|agreement|deal|war|conflict|clashes|tensions)\s+between\s+(the\s+)?$/i.test(b) && /^\s*(and|&)\s+(the\s+)?$/i.test(m) },
  { type: 'co-mediator with', directed: false, test: (b, m) => /\b(mediation|mediators?|mediated|facilitation|auspices)\s+(of|by|from)\s+(both\s+)?(the\s+)?$/i.test(b) && /^\s*(and|&)\s+(the\s+)?$/i.test(m) },
  { type: 'backs', directed: true, test: (_, m) => /^\s*-\s*(backed|funded|supported|sponsored|armed|led)\s+(the\s+)?$/i.test(m) },
  { type: 'killed', directed: true, test: (_, m) => m.length < 60 && KILLING.test(m) },
  { type: 'accused', directed: true, test: (_, m) => m.length < 50 && /\baccus(ed|es|ing)\b/i.test(m) },
  { type: 'against', directed: true, test: (_, m) => m.length < 50 && /\b(against|attack(ed|s)?|fight(s|ing)?|fought|condemn(ed|s)?)\b/i.test(m) },
  { type: 'talks with', directed: false, test: (_, m) => /\b(talks|negotiat\w+|met|meeting)\s+with\b/i.test(m) },
];

const MINISTER = /\b(minister|secretary|president|ambassador|envoy|spokes(man|woman|person)|chief|official|commander|leader)\s*$/i;

/** The label for one ordered pair of mentions in a sentence. */
/** A label; `reverse` says the link points from the second mention to the first. */
export type Label = { type: string; directed: boolean; reverse?: boolean };

export function labelPair(text: string, s: Sentence, x: Candidate, y: Candidate, xType: string, yType: string): Label {
  const before = text.slice(s.start, x.start);
  const between = text.slice(x.end, y.start);
  for (const p of PATTERNS) if (p.test(before, between)) return { type: p.type, directed: p.directed };
  // "Pakistan's Defense Minister Khawaja Asif", "Minister X of Pakistan": the person holds office there.
  if (xType === 'country' && yType === 'person' && /^['’]s\s+([\p{Lu}][\p{L}-]*\s+)*(minister|secretary|president|ambassador|envoy|spokes\w+|chief|official|commander|leader)\s+$/iu.test(between))
    return { type: 'official of', directed: true, reverse: true };
  if (xType === 'person' && yType === 'country' && MINISTER.test(text.slice(s.start, x.start)) && /^\s*(,\s*)?of\s+(the\s+)?$/i.test(between))
    return { type: 'official of', directed: true };
  return { type: 'associated with', directed: false };
}

const gap = (a: Candidate, b: Candidate) => Math.max(a.start, b.start) - Math.min(a.end, b.end);

/** "X and Y", "X, Y", "X or Y" (with "the" and a bracketed acronym allowed between): coordinated mentions. */
function coordinated(text: string, x: Candidate, y: Candidate): boolean {
  return /^(\s*\([^)]{1,12}\))?\s*(,|and|or|,\s*and)\s+(the\s+)?$/i.test(text.slice(x.end, y.start));
}

/*
 * Pairs suggested by one sentence: every entity with its neighbour (the nearest entity after it), and the
 * partners of a coordinated mention ("against TTP and BLA" links both). Linking every pair in a long
 * sentence would bury the real links; a neighbour is the likeliest partner in news prose.
 */
export function sentencePairs(text: string, s: Sentence, sentence: number, ms: { c: Candidate; g: number; type: string }[]): PairHit[] {
  const firsts: typeof ms = [];
  for (const m of ms) if (LINKABLE.has(m.type) && !firsts.some((f) => f.g === m.g)) firsts.push(m);
  const out: PairHit[] = [];
  const seen = new Set<string>();
  const push = (x: (typeof ms)[number], y: (typeof ms)[number], label: Label) => {
    const key = x.g < y.g ? `${x.g}:${y.g}` : `${y.g}:${x.g}`;
    if (x.g === y.g || seen.has(key)) return;
    seen.add(key);
    // The evidence mentions are the closest pair of the two entities' mentions in the sentence.
    let best: [Candidate, Candidate] = [x.c, y.c];
    for (const p of ms) if (p.g === x.g) for (const q of ms) if (q.g === y.g && gap(p.c, q.c) < gap(...best)) best = [p.c, q.c];
    if (label.reverse) out.push({ a: y.g, b: x.g, type: label.type, directed: true, sentence, ma: best[1], mb: best[0] });
    else out.push({ a: x.g, b: y.g, type: label.type, directed: label.directed, sentence, ma: best[0], mb: best[1] });
  };
  const chained = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!coordinated(text, firsts[k]!.c, firsts[k + 1]!.c)) return false;
    return true;
  };
  for (let i = 0; i < firsts.length; i++)
    for (let j = i + 1; j < firsts.length; j++) {
      const x = firsts[i]!;
      const y = firsts[j]!;
      // Neighbours only, or a coordinated partner, which takes the first conjunct's label ("against TTP and BLA").
      if (j > i + 1 && !chained(i + 1, j)) continue;
      const first = firsts[i + 1]!;
      const label = labelPair(text, s, x.c, first.c, x.type, first.type);
      // Across a clause break (";", a dash, a quotation, "said") neighbours belong to different statements.
      if (label.type === 'associated with' && firsts.length > 2 && CLAUSE_BREAK.test(text.slice(x.c.end, first.c.start))) continue;
      push(x, y, label);
    }
  return out;
}
