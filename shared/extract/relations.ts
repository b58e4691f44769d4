import type { Sentence } from './text/sentences';
import type { Candidate } from './types';
import { AGENT, APPOSITION_END, APPOSITION_START, BASED_AFTER, BASED_IN, CLAUSE_BREAK, DATELINE_FILLER, KILLED_PASSIVE, KILLER_NOUN, IN_PLACE, KILLING, OFFICE_BEFORE_PERSON, PART_OF_PLACE, PLACE, rank, ROLE_BEFORE_PERSON, ROLE_OF_BODY, SAME_REFERENT } from './relations/cues';

/** A link the text suggests between two entities (group indices), with the mentions that support it. */
export type PairHit = { a: number; b: number; type: string; directed: boolean; sentence: number; ma: Candidate; mb: Candidate };

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

/** A label; `reverse` says the link points from the second mention to the first. */
export type Label = { type: string; directed: boolean; reverse?: boolean };

/** The label for one ordered pair of mentions in a sentence (x before y). */
export function labelPair(text: string, s: Sentence, x: Candidate, y: Candidate, xType: string, yType: string): Label {
  // Patterns look at the last words before the first mention; a long sentence's start does not matter.
  const before = text.slice(Math.max(s.start, x.start - 160), x.start);
  const between = text.slice(x.end, y.start);
  for (const p of PATTERNS) if (p.test(before, between)) return { type: p.type, directed: p.directed };
  // "Pakistan's Defense Minister Khawaja Asif", "Minister X of Pakistan": the person holds office there.
  // "Soviet President Gorbachev", "Idaho Gov. Cecil Andrus" likewise.
  if (PLACE.has(xType) && yType === 'person' && OFFICE_BEFORE_PERSON.test(between)) return { type: 'official of', directed: true, reverse: true };
  if (xType === 'person' && yType === 'country' && MINISTER.test(before) && /^\s*(,\s*)?of\s+(the\s+)?$/i.test(between))
    return { type: 'official of', directed: true };
  // "GE spokesman Richard Kennedy", "John Mazor, spokesman for the Air Line Pilots Association".
  if (xType === 'organization' && yType === 'person' && ROLE_BEFORE_PERSON.test(between)) return { type: 'works for', directed: true, reverse: true };
  if (xType === 'person' && yType === 'organization' && ROLE_OF_BODY.test(between)) return { type: 'works for', directed: true };
  // "Acme, based in Leeds", "the Leeds-based Acme": a body and its seat.
  if (!PLACE.has(xType) && PLACE.has(yType) && BASED_IN.test(between)) return { type: 'based in', directed: true };
  if (PLACE.has(xType) && !PLACE.has(yType) && BASED_AFTER.test(between)) return { type: 'based in', directed: true, reverse: true };
  // Places: "Whitefish in northwest Montana" (the first is in the second); "Serbia's province of Kosovo",
  // "Britain's Channel Islands" (the second, a place that is not a country, is in the first).
  if (PLACE.has(xType) && PLACE.has(yType)) {
    if (IN_PLACE.test(between)) return { type: 'located in', directed: true };
    if (yType === 'location' && PART_OF_PLACE.test(between)) return { type: 'located in', directed: true, reverse: true };
  }
  return { type: 'associated with', directed: false };
}

const GENERIC: Label = { type: 'associated with', directed: false };
/** Labels from a verb or a frame, which hold for every member of a list after it. */
const SHARED_LABELS = new Set(['associated with', 'talks with', 'co-mediator with', 'backs', 'killed', 'accused', 'against']);
const gap = (a: Candidate, b: Candidate) => Math.max(a.start, b.start) - Math.min(a.end, b.end);

/** "X and Y", "X, Y", "X or Y" (with "the" and a bracketed acronym allowed between): coordinated mentions. */
function coordinated(text: string, x: Candidate, y: Candidate): boolean {
  return /^(\s*\([^)]{1,12}\))?\s*(,|and|or|,\s*and|,\s*or)\s+(the\s+|(north|south|east|west)(ern)?\s+|central\s+)?$/i.test(text.slice(x.end, y.start));
}

type M = { c: Candidate; g: number; type: string };

/*
 * A run of coordinated mentions. It is a list when it has a conjunction ("TTP and BLA") or three members
 * or more; two names joined by a bare comma are an apposition or a place in a larger one ("Livingston, Texas").
 */
type Run = { from: number; to: number; list: boolean };

function runs(text: string, firsts: M[]): Run[] {
  const out: Run[] = [];
  for (let k = 0; k < firsts.length; ) {
    let end = k;
    let conj = false;
    while (end + 1 < firsts.length && coordinated(text, firsts[end]!.c, firsts[end + 1]!.c)) {
      if (/\b(and|or)\b/i.test(text.slice(firsts[end]!.c.end, firsts[end + 1]!.c.start))) conj = true;
      end++;
    }
    const run = { from: k, to: end, list: conj || end - k >= 2 };
    for (let q = k; q <= end; q++) out[q] = run;
    k = end + 1;
  }
  return out;
}

const inParens = (text: string, c: Candidate) => text[c.start - 1] === '(' && text[c.end] === ')';

/*
 * A wire dateline, "BELGRADE, Yugoslavia (AP)", "Seoul, May 20 (YONHAP) --", "(ANSA) Brussels, May 25":
 * the agency in brackets is based in the places next to it.
 */
function dateline(text: string, firsts: M[], push: (x: M, y: M, l: Label) => void) {
  firsts.forEach((o, k) => {
    if (o.type !== 'organization' || !inParens(text, o.c)) return;
    const based: Label = { type: 'based in', directed: true };
    for (let p = k - 1; p >= 0 && PLACE.has(firsts[p]!.type); p--) {
      const after = p === k - 1 ? text.slice(firsts[p]!.c.end, o.c.start) : text.slice(firsts[p]!.c.end, firsts[p + 1]!.c.start);
      if (p === k - 1 ? !DATELINE_FILLER.test(after) : !/^\s*,\s*$/.test(after)) break;
      push(o, firsts[p]!, based);
    }
    const next = firsts[k + 1];
    if (next && PLACE.has(next.type) && /^\)\s*$/.test(text.slice(o.c.end, next.c.start))) push(o, next, based);
  });
}

/*
 * The subject of the predicate after an apposition: in "Joseph Smith, the founder of the Mormon Church,
 * was born in Sharon", the mention before ", was born in" (the church) is inside an apposition of Smith,
 * who is the one born there. `i` is the apposition's last mention, `between` the text after it.
 */
function appositionSubject(text: string, firsts: M[], i: number, between: string): M | undefined {
  if (!APPOSITION_END.test(between)) return undefined;
  for (let b = i; b >= 1 && b >= i - 2; b--) {
    const head = firsts[b - 1]!;
    if (APPOSITION_START.test(text.slice(head.c.end, firsts[b]!.c.start))) return head.type === 'person' || head.type === 'organization' ? head : undefined;
  }
  return undefined;
}

/*
 * The label of a killing: who killed whom, from the voice ("was murdered by") and agent nouns
 * ("Lincoln's killer, Booth"); only a person is killed, and only by an agent. Null when the types do not fit.
 */
function killing(between: string, x: M, y: M): Label | null {
  const reverse = KILLED_PASSIVE.test(between) || KILLER_NOUN.test(between);
  const [killer, victim] = reverse ? [y, x] : [x, y];
  if (victim.type !== 'person' || !AGENT.has(killer.type)) return null;
  return { type: 'killed', directed: true, reverse };
}

/*
 * Pairs suggested by one sentence. Every entity is paired with its neighbour (the nearest entity after it)
 * and with the partners of a coordinated neighbour ("against TTP and BLA" links both), unless general cues
 * say the two are not related:
 * - members of one list are parallel, not related, unless a pattern relates them ("talks between X and Y")
 *   or the list is two actors ("the TTP and the BLA"); places and countries in a list are settings
 *   ("ISIS in Syria and Iraq");
 * - a name followed by a list of three or more is linked to it only by a pattern ("against A, B and C");
 * - "X as Y", "X, also known as Y", "X (Y)" name one referent twice;
 * - neighbours across a clause break (";", a dash, a quotation, "said", "but", "determined that") belong
 *   to different statements.
 * Two places joined by a bare comma ("Livingston, Texas") are one inside the other. A wire dateline's
 * agency is based in its places; a killing links two people even with other names between them.
 */
export function sentencePairs(text: string, s: Sentence, sentence: number, ms: M[]): PairHit[] {
  const firsts: M[] = [];
  const mentionsOf = new Map<number, Candidate[]>();
  for (const m of ms) {
    if (!LINKABLE.has(m.type)) continue;
    const all = mentionsOf.get(m.g);
    if (all) all.push(m.c);
    else mentionsOf.set(m.g, [m.c]), firsts.push(m);
  }
  const out: PairHit[] = [];
  const seen = new Set<string>();
  const push = (x: M, y: M, label: Label) => {
    const key = x.g < y.g ? `${x.g}:${y.g}` : `${y.g}:${x.g}`;
    if (x.g === y.g || seen.has(key)) return;
    seen.add(key);
    // The evidence mentions are those a pattern matched, or else the closest pair of the two entities' mentions.
    let best: [Candidate, Candidate] = [x.c, y.c];
    if (label.type === 'associated with')
      for (const p of mentionsOf.get(x.g)!) for (const q of mentionsOf.get(y.g)!) if (gap(p, q) < gap(...best)) best = [p, q];
    // Undirected links are written person → body → place → country, the way they read ("works for", "lies in").
    const swap = label.directed ? !!label.reverse : rank(y.type) < rank(x.type);
    if (swap) out.push({ a: y.g, b: x.g, type: label.type, directed: label.directed, sentence, ma: best[1], mb: best[0] });
    else out.push({ a: x.g, b: y.g, type: label.type, directed: label.directed, sentence, ma: best[0], mb: best[1] });
  };
  dateline(text, firsts, push);
  const run = runs(text, firsts);
  const chained = (from: number, to: number) => run[from] === run[to];
  for (let i = 0; i + 1 < firsts.length; i++) {
    const x = firsts[i]!;
    // The neighbour's label holds for its coordinated partners too ("against TTP and BLA").
    const first = firsts[i + 1]!;
    const between = text.slice(x.c.end, first.c.start);
    let base = labelPair(text, s, x.c, first.c, x.type, first.type);
    if (base.type === 'killed') base = killing(between, x, first) ?? GENERIC;
    // "Ruby killed Kennedy assassin Oswald": the first name only says whose assassin the second is.
    const next = firsts[i + 2];
    if (base.type === 'killed' && !base.reverse && next?.type === 'person' && KILLER_NOUN.test(text.slice(first.c.end, next.c.start))) {
      push(x, next, base);
      continue;
    }
    const generic = base.type === 'associated with';
    // "Irving, author of ..., was born in New York": the predicate after an apposition is the subject's.
    const subject = generic ? appositionSubject(text, firsts, i, between) : undefined;
    if (subject) push(subject, first, GENERIC);
    const unrelated =
      generic &&
      // The apposition's last name and the subject's predicate; one referent named twice ("X as Y",
      // "X (Y)"); a neighbour in another statement (";", a dash, a quotation, "said", "concluded that").
      (!!subject ||
        SAME_REFERENT.test(between) ||
        (inParens(text, first.c) && /^\s*\($/.test(between)) ||
        CLAUSE_BREAK.test(between));
    for (let j = i + 1; j < firsts.length; j++) {
      const y = firsts[j]!;
      if (j > i + 1 && !(chained(i + 1, j) && run[j]!.list)) {
        // A killing reaches past other names ("Ruby bought the gun in a Dallas shop and shot Oswald"),
        // not past another person.
        if (y.c.start - x.c.end >= 120) break; // past the partners and out of a killing's reach
        if (x.type === 'person' && y.type === 'person' && !firsts.slice(i + 1, j).some((m) => m.type === 'person')) {
          const gapText = text.slice(x.c.end, y.c.start);
          const label = KILLING.test(gapText) ? killing(gapText, x, y) : null;
          if (label) push(x, y, label);
        }
        continue;
      }
      let label = base;
      if (j > i + 1) {
        // A coordinated partner shares a verb's label ("against TTP and BLA"), not one read from the
        // neighbour's kind ("Idaho Gov. Andrus and Pakistan": Pakistan holds no office in Idaho; a place is
        // in one place, not in each member of a list after it).
        if (!SHARED_LABELS.has(label.type)) continue;
        if (label.type === 'killed' && !killing(between, x, y)) continue;
      }
      if (chained(i, j)) {
        const r = run[i]!;
        if (!r.list) {
          // "Livingston, Texas", "Doha, Qatar": the first place is in the second (a country is in no other).
          // Two people, bodies or countries after a bare comma are items of a list, as in a cast list
          // ("Hinckley, Annie Golden as ...").
          if (x.type === 'location' && PLACE.has(y.type)) label = { type: 'located in', directed: true };
          else if (generic && x.type === y.type) continue;
        } else if (generic && (r.to - r.from >= 2 || PLACE.has(x.type) || PLACE.has(y.type))) continue;
      } else if (generic && run[i + 1]!.list && run[i + 1]!.to - run[i + 1]!.from >= 2) continue;
      if (unrelated && label === base) continue;
      push(x, y, label);
    }
  }
  return out;
}
