import type { EntityRef, Span } from './types';

/** A quotation: the offsets of its opening and closing marks. */
export type Quote = { open: number; close: number };

/*
 * Curly quotes pair up as written; straight double quotes alternate within a paragraph, so one stray mark
 * cannot turn the rest of a document into a quotation.
 */
export function findQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') straight = -1;
    else if (ch === '“') curly = i;
    else if (ch === '”' && curly >= 0) out.push({ open: curly, close: i }), (curly = -1);
    else if (ch === '"') {
      if (straight < 0) straight = i;
      else out.push({ open: straight, close: i }), (straight = -1);
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

export const quoteAt = (quotes: Quote[], pos: number) => quotes.find((q) => pos > q.open && pos < q.close);

/** Where each entity is mentioned, sorted, for look-ups by position. */
export type MentionAt = Span & { entity: EntityRef };

export function indexMentions(entities: EntityRef[]): MentionAt[] {
  return entities.flatMap((entity) => entity.spans.map((s) => ({ start: s.start, end: s.end, entity }))).sort((a, b) => a.start - b.start || b.end - a.end);
}

export function mentionsWithin(ms: MentionAt[], start: number, end: number): MentionAt[] {
  return ms.filter((m) => m.start >= start && m.end <= end);
}

/** Skips spaces (and, when asked, commas and colons) from `pos` in direction `dir`. */
export function skipSpace(text: string, pos: number, dir: 1 | -1, also = ''): number {
  const re = new RegExp(`[\\s${also}]`);
  if (dir > 0) while (pos < text.length && re.test(text[pos]!)) pos++;
  else while (pos > 0 && re.test(text[pos - 1]!)) pos--;
  return pos;
}

/** A span with surrounding spaces and final sentence punctuation taken off. */
export function trimSpan(text: string, s: Span): Span | undefined {
  let { start, end } = s;
  start = skipSpace(text, start, 1);
  while (end > start && /[\s.,;:!]/.test(text[end - 1]!)) end--;
  // A closing quote whose opening mark lies outside the span is punctuation of the sentence, not content.
  if (text[end - 1] === '”' && !text.slice(start, end - 1).includes('“')) end--;
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

export const wordCount = (text: string, s: Span) => text.slice(s.start, s.end).split(/\s+/).filter(Boolean).length;
