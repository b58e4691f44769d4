import { BETWEEN, NOT_A_REPORT, PRONOUNS, TITLE_WORDS } from './lexicon';
import { roleSpan } from './roles';
import { type MentionAt, skipSpace } from './text';
import type { EntityRef, Span } from './types';

export type Speaker =
  | { kind: 'entity'; entity: EntityRef; span: Span }
  | { kind: 'pronoun'; word: string; span: Span }
  | { kind: 'role'; label: string; span: Span };

const CANNOT_SPEAK = new Set(['date', 'event']);
const BOUNDARY = /[,;:“”"()—]|\s[–-]\s|\b(?:and|but|while|whereas|although|though|because|yet)\b/giu;

/** Where the clause holding `pos` starts: after the last punctuation or conjunction before it. */
export function clauseStart(text: string, from: number, pos: number): number {
  let at = from;
  for (const m of text.slice(from, pos).matchAll(BOUNDARY)) at = from + m.index + m[0].length;
  return at;
}

/** Whether the words in [from, to) can all stand before a name: titles, capitalised words, possessives. */
export function titleOnly(text: string, from: number, to: number): boolean {
  return text
    .slice(from, to)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => TITLE_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /['’]s$/.test(w));
}

function entityAt(text: string, ms: MentionAt[], s: Span): Speaker | undefined {
  const m = ms.find((x) => x.end === s.end && x.start >= s.start && !CANNOT_SPEAK.has(x.entity.type));
  if (!m || !titleOnly(text, s.start, m.start)) return undefined;
  if (text.slice(s.start, m.start).split(/\s+/).some((w) => NOT_A_REPORT.has(w.toLowerCase()))) return undefined;
  const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, s.start - 20), s.start))?.[1]?.toLowerCase();
  return before && NOT_A_REPORT.has(before) ? undefined : { kind: 'entity', entity: m.entity, span: { start: m.start, end: m.end } };
}

/** The speaker named by the words in `s`: a mention, a pronoun, or a description. */
export function speakerIn(text: string, ms: MentionAt[], s: Span): Speaker | undefined {
  const start = skipSpace(text, s.start, 1);
  const end = skipSpace(text, s.end, -1);
  if (end <= start) return undefined;
  const word = text.slice(start, end);
  if (PRONOUNS.has(word.toLowerCase())) return { kind: 'pronoun', word: word.toLowerCase(), span: { start, end } };
  const e = entityAt(text, ms, { start, end });
  if (e) return e;
  const r = roleSpan(text, { start, end });
  return r && { kind: 'role', label: text.slice(r.start, r.end), span: r };
}

/**
 * The subject of a reporting verb at `verb`: the clause's words before it, less adverbs ("also", "has").
 * With nothing there but a comma, comma-separated asides are looked through, a name winning over a
 * description: "Tarar, the information minister, said", "The report, published by Amnesty, said".
 */
export function subjectBefore(text: string, ms: MentionAt[], sentenceStart: number, verb: number): Speaker | undefined {
  const ws = clauseStart(text, sentenceStart, verb);
  const window = text.slice(ws, verb);
  const end = ws + BETWEEN.exec(window)!.index;
  if (text.slice(ws, end).trim()) return speakerIn(text, ms, { start: ws, end });
  let described: Speaker | undefined;
  for (let comma = ws - 1, k = 0; k < 3 && text[comma] === ',' && comma > sentenceStart; k++) {
    const from = clauseStart(text, sentenceStart, comma);
    const part = text.slice(from, comma).trim();
    if (!part || part.split(/\s+/).length > 8 || /^(?:which|who|whom|whose|that)\b/i.test(part)) {
      if (!/^(?:which|who|whose)\b/i.test(part)) break;
    } else {
      const sp = speakerIn(text, ms, { start: from, end: comma });
      if (sp?.kind === 'entity' || sp?.kind === 'pronoun') return sp;
      described ??= sp;
    }
    comma = from - 1;
  }
  return described;
}

/** The speaker named right after `pos` ("according to Tarar,", "said a senior official."), up to punctuation. */
export function speakerAfter(text: string, ms: MentionAt[], pos: number, limit: number): Speaker | undefined {
  const start = skipSpace(text, pos, 1);
  const stop = /[,.;:“”"()!?—]/.exec(text.slice(start, limit));
  const end = stop ? start + stop.index : limit;
  const first = ms.find((m) => m.start >= start && m.end <= end && titleOnly(text, start, m.start) && !CANNOT_SPEAK.has(m.entity.type));
  if (first) return { kind: 'entity', entity: first.entity, span: { start: first.start, end: first.end } };
  return speakerIn(text, ms, { start, end });
}
