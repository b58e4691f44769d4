import nlp from 'compromise';

type Span = [number, number];
type Json = { offset: { start: number; length: number }; terms: { post: string; offset: { start: number; length: number } }[] }[];

/*
 * compromise alone, as the baseline: its people, places and organisations, split where compromise's match
 * runs across a comma ("Livingston, Texas,"), without a trailing possessive.
 */
function spans(text: string, json: Json): Span[] {
  const out: Span[] = [];
  for (const match of json) {
    let cur: Span | null = null;
    for (const t of match.terms) {
      const s = t.offset.start;
      cur = cur ? [cur[0], s + t.offset.length] : [s, s + t.offset.length];
      if (/[,;:()"]/.test(t.post)) {
        out.push(cur);
        cur = null;
      }
    }
    if (cur) out.push(cur);
  }
  return out
    .map(([s, e]): Span => [s, s + text.slice(s, e).replace(/['’]s$/, '').length])
    .filter(([s, e]) => e > s);
}

export function compromiseEntities(text: string): { start: number; end: number; type: string }[] {
  const doc = nlp(text);
  const opts = { offset: true, terms: { offset: true } };
  const found: { start: number; end: number; type: string }[] = [];
  for (const [view, type] of [[doc.people(), 'person'], [doc.places(), 'location'], [doc.organizations(), 'organization']] as const)
    for (const [start, end] of spans(text, view.json(opts) as Json)) found.push({ start, end, type });
  return found;
}

/** Baseline relations: every pair of compromise names in the same (compromise) sentence. */
export function compromisePrediction(text: string) {
  const entities = compromiseEntities(text);
  const sentences = (nlp(text).sentences().json({ offset: true }) as { offset: { start: number; length: number } }[]).map((s) => [s.offset.start, s.offset.start + s.offset.length]);
  const relations: { head: Span; tail: Span; type: string }[] = [];
  for (const [s, e] of sentences) {
    const inside = entities.filter((x) => x.start >= s! && x.end <= e!);
    for (let i = 0; i < inside.length; i++)
      for (let j = i + 1; j < inside.length; j++)
        relations.push({ head: [inside[i]!.start, inside[i]!.end], tail: [inside[j]!.start, inside[j]!.end], type: 'associated with' });
  }
  return { entities, relations };
}
