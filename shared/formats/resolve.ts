import { createId } from '../model/ids';
import type { Evidence, Source } from '../model/schema';
import type { EvidenceQuote } from './types';

type Text = Pick<Source, 'id' | 'title' | 'text'>;

function nearest(text: string, quote: string, near: number | undefined): number {
  let best = -1;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (best < 0 || (near !== undefined && Math.abs(at - near) < Math.abs(best - near))) best = at;
    if (near === undefined) break;
  }
  return best;
}

/**
 * Find a quote in the case's sources: at its recorded offsets in the same source, else in a source with
 * the same title, else anywhere. Graph files carry quotes, not source text, so this is how evidence
 * finds its way back to the sentences it came from.
 */
export function findQuote(sources: Text[], q: EvidenceQuote): Evidence | undefined {
  if (!q.quote) return undefined;
  const same = sources.find((s) => s.id === q.sourceId);
  if (same && q.start !== undefined && q.end !== undefined && same.text.slice(q.start, q.end) === q.quote)
    return { sourceId: same.id, start: q.start, end: q.end };
  const ordered = [...(same ? [same] : []), ...sources.filter((s) => s !== same && s.title === q.sourceTitle), ...sources.filter((s) => s !== same && s.title !== q.sourceTitle)];
  for (const s of ordered) {
    const at = nearest(s.text, q.quote, s === same ? q.start : undefined);
    if (at >= 0) return { sourceId: s.id, start: at, end: at + q.quote.length };
  }
  return undefined;
}

/**
 * Quotes found in no source get a source of their own per original source title, holding the quotes
 * one per paragraph, so the evidence stays readable and linked rather than silently dropped.
 */
export function quoteSources(unresolved: EvidenceQuote[], origin: string, now: string, taken: Set<string>): { sources: Source[]; find: (q: EvidenceQuote) => Evidence | undefined } {
  const groups = new Map<string, string[]>();
  for (const q of unresolved) {
    if (!q.quote) continue;
    const key = q.sourceTitle || 'an unnamed source';
    const list = groups.get(key) ?? groups.set(key, []).get(key)!;
    if (!list.includes(q.quote)) list.push(q.quote);
  }
  const sources: Source[] = [...groups].map(([title, quotes]) => {
    let id = createId('src');
    while (taken.has(id)) id = createId('src');
    taken.add(id);
    return { id, title: `Quotes from “${title}” (${origin})`, text: quotes.join('\n\n'), origin: { file: origin }, addedAt: now };
  });
  return { sources, find: (q) => findQuote(sources, q) };
}
