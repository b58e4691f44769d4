import type { DateMention, ResolvedRange } from '../dates';
import { indexMentions, type MentionAt } from './text';
import type { EntityRef, Span } from './types';

/** An event the text talks about, with every span that refers to it and the date its sentences give. */
export type FoundEvent = { key: string; name: string; spans: Span[]; date?: ResolvedRange; dateFrom?: 'sentence' | 'duration' | 'lead' };

/** Event nouns, with the family a name is filed under ("dialogue" and "negotiations" are talks). */
const HEAD =
  /\b(round of (?:talks|negotiations)|talks|dialogue|negotiations|ceasefire|cease-fire|truce|operation|offensive|attacks?|bombing|agreement|accord|summit)\b/g;
const FAMILY: Record<string, string> = { dialogue: 'talks', negotiations: 'talks', 'cease-fire': 'ceasefire', truce: 'ceasefire', attacks: 'attack' };
const family = (head: string) => (head.startsWith('round of') ? 'talks' : (FAMILY[head] ?? head));
const PLACE = new Set(['location', 'country']);

/** One reference to an event: `at` is its head's span; `span` what becomes a mention (none for "Istanbul" in "the Istanbul and Doha talks"). */
type Occurrence = { at: Span; span?: Span; head: string; name?: string; sentence: number; coordinated?: boolean };

/** Places named just before the head ("the Istanbul and earlier Doha talks") or in its tail ("reached in Doha"). */
function places(text: string, ms: MentionAt[], headStart: number, headEnd: number, sentenceEnd: number): { before: MentionAt[]; after?: MentionAt } {
  const lead = /(?:[\p{Lu}][\p{L}-]*\s+(?:and\s+(?:\p{Ll}+\s+)?)?)*$/u.exec(text.slice(Math.max(0, headStart - 60), headStart))!;
  const from = headStart - lead[0].length;
  const before = ms.filter((m) => m.start >= from && m.end <= headStart && PLACE.has(m.entity.type));
  const tail = /^[^,.;]{0,80}/.exec(text.slice(headEnd, sentenceEnd))![0];
  const inAt = /\b(?:in|at)\s+$/;
  const after = ms.find((m) => m.start > headEnd && m.start <= headEnd + tail.length && PLACE.has(m.entity.type) && inAt.test(text.slice(headEnd, m.start)));
  return { before, after };
}

function occurrences(text: string, ms: MentionAt[], s: Span, sentence: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (const m of text.slice(s.start, s.end).matchAll(HEAD)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    const head = family(m[1]!);
    const { before, after } = places(text, ms, start, end, s.end);
    if (before.length) {
      // "the Istanbul and earlier Doha talks": two events; the first has no words of its own to mention.
      before.forEach((p, i) => {
        const span = i === before.length - 1 ? { start: p.start, end } : undefined;
        out.push({ at: { start, end }, span, head, name: `${text.slice(p.start, p.end)} ${head}`, sentence, coordinated: before.length > 1 });
      });
      continue;
    }
    const determined = DETERMINED.test(text.slice(Math.max(s.start, start - 30), start));
    if (!determined) continue;
    const against = /^\s+against\s+((?:(?!and\b|or\b|with\b|in\b)[\p{L}-]+\s*){1,4})/u.exec(text.slice(end, s.end));
    if (against) {
      const objEnd = end + against[0].trimEnd().length;
      out.push({ at: { start, end }, span: { start, end: objEnd }, head, name: `${m[1]} against ${against[1]!.trim()}`, sentence });
    } else if (after) out.push({ at: { start, end }, span: { start, end }, head, name: `${text.slice(after.start, after.end)} ${head}`, sentence });
    // A bare "the talks" or "the four-day dialogue" refers back to the last event of its family.
    else if (ANAPHOR.test(text.slice(Math.max(s.start, start - 30), start))) out.push({ at: { start, end }, span: { start, end }, head, sentence });
  }
  return out;
}

// "the talks", "the four-day dialogue"; not "the idea that negotiations" (a clause, not a modifier).
const ANAPHOR = /\b(?:the|this|these)\s+(?:(?!(?:that|which|who|of|with|and|or|to|in|on|for|idea|possibility|prospect)\b)[\p{L}-]+\s+){0,2}$/iu;
const RANK = { sentence: 0, duration: 1, lead: 2, none: 3 };
const DETERMINED = /\b(?:the|a|an|its|their|this|that|these)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** The date a sentence gives an event: a date after its head in the same sentence, before the next event. */
function dateFor(o: Occurrence, next: Occurrence | undefined, dates: DateMention[], s: Span): DateMention | undefined {
  const from = o.span?.end ?? o.at.end;
  const stop = next && next.sentence === o.sentence && next.at.start > from ? next.at.start : s.end;
  return dates.find((d) => d.kind === 'date' && d.range && d.start >= from && d.end <= stop && d.start - from <= 80);
}

/**
 * Events named in a text ("the Istanbul talks", "a temporary ceasefire reached in Doha on October 19",
 * "a comprehensive operation against terrorist groups") with their dates: a date in the same sentence
 * after the head, else the range of a duration right before it ("the four-day dialogue"), else, for events
 * in the lead sentence, the reference date (news leads report what just happened).
 */
export function findEvents(text: string, entities: EntityRef[], sentences: Span[], dates: DateMention[], reference?: ResolvedRange): FoundEvent[] {
  const ms = indexMentions(entities);
  const occ = sentences.flatMap((s, i) => occurrences(text, ms, s, i));
  const byKey = new Map<string, FoundEvent>();
  const last = new Map<string, FoundEvent>();
  occ.forEach((o, k) => {
    const ev = o.name ? (byKey.get(o.name.toLowerCase()) ?? { key: o.name.toLowerCase(), name: o.name, spans: [] }) : last.get(o.head);
    if (!ev) return;
    byKey.set(ev.key, ev);
    // After "the Istanbul and earlier Doha talks", a bare "the talks" still means the one in the news.
    if (!o.coordinated || !last.has(o.head)) last.set(o.head, ev);
    if (o.span) ev.spans.push(o.span);
    const s = sentences[o.sentence]!;
    const d = dateFor(o, occ[k + 1], dates, s);
    const dur = dates.find((x) => x.kind === 'duration' && x.range && x.end <= o.at.start && o.at.start - x.end <= 2);
    const found = d ? { date: d.range, dateFrom: 'sentence' as const } : dur ? { date: dur.range, dateFrom: 'duration' as const } : o.sentence === 0 && reference ? { date: reference, dateFrom: 'lead' as const } : undefined;
    if (found && RANK[found.dateFrom] < RANK[ev.dateFrom ?? 'none']) Object.assign(ev, found);
  });
  return [...byKey.values()];
}
