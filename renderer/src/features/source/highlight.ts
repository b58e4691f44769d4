/** Pure text layout for the source pane: paragraphs with offsets, and the highlighted segments in each. */

export type Paragraph = { index: number; start: number; end: number };

/** Lines of the text, as offsets; empty lines are dropped (the CSS spaces paragraphs). */
/**
 * Lines of the text, as paragraphs. A very long line (a 1 MB text without line breaks) is cut after a
 * sentence end, or else at a space, every MAX_PARAGRAPH characters or so: one block holding a megabyte of
 * text takes the browser seconds to lay out, while many small blocks are laid out as they scroll in.
 */
const MAX_PARAGRAPH = 8000;

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const push = (start: number, end: number) => {
    if (text.slice(start, end).trim()) out.push({ index: out.length, start, end });
  };
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let from = start;
    while (end - from > MAX_PARAGRAPH) {
      const window = text.slice(from + MAX_PARAGRAPH / 2, from + MAX_PARAGRAPH);
      const sentence = window.lastIndexOf('. ');
      const space = window.lastIndexOf(' ');
      const cut = from + MAX_PARAGRAPH / 2 + (sentence >= 0 ? sentence + 2 : space >= 0 ? space + 1 : MAX_PARAGRAPH / 2);
      push(from, cut);
      from = cut;
    }
    push(from, end);
    start = end + 1;
  }
  return out;
}

export type Mark = {
  start: number;
  end: number;
  kind: 'mention' | 'evidence' | 'passage';
  id: string;
  entityId?: string;
  color?: string;
  suggested?: boolean;
  selected?: boolean;
  title?: string;
};

export type Segment = { start: number; end: number; mention?: Mark; evidence: boolean; passage: boolean };

/** Cut [start, end) at every mark boundary; each piece knows its innermost mention and whether it is evidence. */
export function segment(start: number, end: number, marks: readonly Mark[]): Segment[] {
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    let mention: Mark | undefined;
    let evidence = false;
    let passage = false;
    for (const m of marks) {
      if (m.start > s || m.end < e) continue;
      if (m.kind === 'evidence') evidence = true;
      else if (m.kind === 'passage') passage = true;
      else if (!mention || m.end - m.start < mention.end - mention.start) mention = m;
    }
    out.push({ start: s, end: e, mention, evidence, passage });
  }
  return out;
}

/** Marks sorted by start, grouped by the paragraph they touch (binary search over paragraph starts). */
export function marksByParagraph(paragraphs: readonly Paragraph[], marks: readonly Mark[]): Map<number, Mark[]> {
  const out = new Map<number, Mark[]>();
  for (const m of marks) {
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid]!.start <= m.start) lo = mid;
      else hi = mid - 1;
    }
    for (let i = lo; i < paragraphs.length && paragraphs[i]!.start < m.end; i++) {
      const p = paragraphs[i]!;
      if (p.end <= m.start) continue;
      const list = out.get(p.index) ?? [];
      list.push(m);
      out.set(p.index, list);
    }
  }
  return out;
}

/** A cheap signature so an unchanged paragraph is not re-rendered. */
export const marksSignature = (marks: readonly Mark[] | undefined): string =>
  marks ? marks.map((m) => `${m.kind}${m.id}:${m.start}-${m.end}${m.color ?? ''}${m.suggested ? 's' : ''}${m.selected ? '*' : ''}`).join('|') : '';

/** Shrink a selected span to exclude surrounding white space; null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
