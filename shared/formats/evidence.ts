import type { Case, Relation } from '../model/schema';
import type { EvidenceQuote } from './types';

/** A relation's evidence spans as quotes with their source titles: what graph files carry. */
export function evidenceQuotes(c: Case, r: Relation): EvidenceQuote[] {
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  return r.evidence.flatMap((e) => {
    const src = sources.get(e.sourceId);
    if (!src) return [];
    return [{ quote: src.text.slice(e.start, e.end), sourceId: src.id, sourceTitle: src.title, start: e.start, end: e.end }];
  });
}

/** One line a person can read in Gephi's data table or a spreadsheet: “quote” — Source title. */
export function quoteLine(q: EvidenceQuote): string {
  const text = q.quote.replace(/\s+/g, ' ').trim();
  return q.sourceTitle ? `“${text}” — ${q.sourceTitle}` : `“${text}”`;
}

export function quotesText(quotes: EvidenceQuote[]): string {
  return quotes.map(quoteLine).join('\n');
}

/** Parse the lossless JSON form written beside the readable one; anything malformed is dropped. */
export function parseQuotes(json: string | undefined): EvidenceQuote[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((q): EvidenceQuote[] => {
    if (typeof q !== 'object' || q === null || typeof (q as EvidenceQuote).quote !== 'string') return [];
    const o = q as Record<string, unknown>;
    const out: EvidenceQuote = { quote: String(o.quote) };
    if (typeof o.sourceId === 'string') out.sourceId = o.sourceId;
    if (typeof o.sourceTitle === 'string') out.sourceTitle = o.sourceTitle;
    if (Number.isInteger(o.start)) out.start = o.start as number;
    if (Number.isInteger(o.end)) out.end = o.end as number;
    return [out];
  });
}

/** The JSON form: compact, keys in a fixed order so the same case gives the same bytes. */
export function quotesJson(quotes: EvidenceQuote[]): string {
  return JSON.stringify(quotes.map((q) => ({ sourceId: q.sourceId, sourceTitle: q.sourceTitle, start: q.start, end: q.end, quote: q.quote })));
}
