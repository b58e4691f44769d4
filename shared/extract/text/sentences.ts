/** A sentence as a span of the text; segmentation never moves offsets. */
export type Sentence = { start: number; end: number };

// ICU's sentence iterator is quadratic on long strings, so it is fed one line (or window) at a time.
const WINDOW = 4000;
// Abbreviations after which ICU wrongly ends a sentence ("Mr. Smith", "Oct. 15", "St. Louis").
const NO_BREAK_AFTER =
  /(?:^|[\s("“])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Hon|St|Mt|Ft|No|Nos|Vol|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Jr|Sr|vs|etc|approx|ca|Fig|Gov|Pres|Supt|Messrs)\.\s*$/;
// After a dotted acronym ("U.S. Congress") keep going unless the next word is a typical sentence opener.
const DOTTED_ACRONYM = /(?:^|\s)(?:\p{Lu}\.){2,}\s*$/u;
const OPENER = /^\s*["“'‘(]?(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|But|And|In|On|At|Its|His|Her|Their|Our|However|Meanwhile|After|Before|When|If|As)\b/;

let segmenter: Intl.Segmenter | undefined;

function rawSegments(text: string, from: number, to: number, out: Sentence[]) {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  let pos = from;
  while (pos < to) {
    const stop = Math.min(to, pos + WINDOW);
    const parts = [...segmenter.segment(text.slice(pos, stop))];
    // In a window cut mid-text the last piece may be unfinished: keep it for the next window.
    const keep = stop < to && parts.length > 1 ? parts.length - 1 : parts.length;
    for (let i = 0; i < keep; i++) {
      const p = parts[i]!;
      out.push({ start: pos + p.index, end: pos + p.index + p.segment.length });
    }
    pos = keep < parts.length ? pos + parts[keep]!.index : stop;
  }
}

function trimmed(text: string, s: Sentence): Sentence | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

export function splitSentences(text: string): Sentence[] {
  const raw: Sentence[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > lineStart) rawSegments(text, lineStart, i, raw);
      lineStart = i + 1;
    }
  }
  const out: Sentence[] = [];
  for (const seg of raw) {
    const s = trimmed(text, seg);
    if (!s) continue;
    const prev = out[out.length - 1];
    if (prev && joinable(text, prev, s)) prev.end = s.end;
    else out.push(s);
  }
  return out;
}

function joinable(text: string, prev: Sentence, next: Sentence): boolean {
  const gap = text.slice(prev.end, next.start);
  if (gap.includes('\n')) return false;
  const tail = text.slice(Math.max(prev.start, prev.end - 12), prev.end);
  if (NO_BREAK_AFTER.test(tail)) return true;
  // A single capital and a period is an initial ("Ulysses S. Grant"), unless a typical opener follows.
  if (/(?:^|\s)\p{Lu}\.\s*$/u.test(tail)) return !OPENER.test(text.slice(next.start, next.start + 12));
  return DOTTED_ACRONYM.test(tail) && !OPENER.test(text.slice(next.start, next.start + 12));
}
