import { ABSOLUTE } from './absolute';
import { addDays, addMonths, daysInMonth, type Day, isDay, iso, nearestYear, parseIso, type Ymd } from './calendar';
import { type Hit, modifierDays, runRules } from './hits';
import { RELATIVE } from './relative';
import type { DateMention, DateOptions, ResolvedRange } from './types';

/** Overlapping hits: the longer wins ("October 19, 2025" over "October 19"), then the earlier. */
function nonOverlapping(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of sorted) {
    const prev = out[out.length - 1];
    if (!prev || h.start >= prev.end) out.push(h);
    else if (h.end - h.start > prev.end - prev.start) out[out.length - 1] = h;
  }
  return out;
}

const PRECISION = { year: 0, month: 1, day: 2 } as const;
const precisionOf = (p: Ymd) => (p.m === undefined ? 0 : p.d === undefined ? 1 : 2);

function yearless(h: Extract<Hit, { kind: 'yearless' }>, ref: Ymd): ResolvedRange {
  const y = nearestYear(ref, h.m, h.d);
  if (!h.mod) return { start: iso({ y, m: h.m, d: h.d }), basis: 'relative' };
  const [a, b] = modifierDays(h.mod, daysInMonth(y, h.m));
  return { start: iso({ y, m: h.m, d: a }), end: iso({ y, m: h.m, d: b }), basis: 'relative' };
}

/** A duration attached to an event is taken to end at the publication date ("a four-day round of talks"). */
function durationRange(h: Extract<Hit, { kind: 'duration' }>, pub: Day): ResolvedRange {
  if (h.months === 0) return { start: iso(addDays(pub, -(h.days - 1))), end: iso(pub), basis: 'relative' };
  return { start: iso(addMonths(pub.y, pub.m, -h.months)), end: iso({ y: pub.y, m: pub.m }), basis: 'relative' };
}

/**
 * The year for "October 19" when there is no publication date: the year of the nearest date in the same
 * text that has one ("October 2025" three paragraphs up). Only years are borrowed this way; "last week"
 * against a date merely mentioned in the text would be a guess, so relative expressions need publishedAt.
 */
function textReference(fixed: { at: number; p: Ymd }[], at: number): Ymd | undefined {
  let best: { at: number; p: Ymd } | undefined;
  for (const f of fixed) if (!best || Math.abs(f.at - at) < Math.abs(best.at - at)) best = f;
  return best?.p;
}

/**
 * Date expressions in a text, resolved where possible: absolute dates as written, yearless ones with the
 * year of the publication date (else of the nearest dated expression in the text), relative ones and
 * event durations against the publication date.
 */
export function findDates(text: string, opts: DateOptions = {}): DateMention[] {
  const pub = parseIso(opts.publishedAt);
  const hits = nonOverlapping([...runRules(text, ABSOLUTE), ...runRules(text, RELATIVE)]);
  const fixed = hits.flatMap((h) => (h.kind === 'fixed' ? [{ at: h.start, p: parseIso(h.range.start)! }] : []));
  return hits.map((h): DateMention => {
    const base = { start: h.start, end: h.end, text: text.slice(h.start, h.end) };
    switch (h.kind) {
      case 'fixed':
        return { ...base, kind: 'date', range: h.range };
      case 'yearless': {
        const ref = pub ?? textReference(fixed, h.start);
        if (!ref) return { ...base, kind: 'date' };
        return { ...base, kind: 'date', range: yearless(h, ref), reference: pub ? 'publication' : 'text' };
      }
      case 'relative': {
        if (!pub || precisionOf(pub) < PRECISION[h.needs]) return { ...base, kind: 'relative' };
        const range = h.resolve(pub);
        return { ...base, kind: 'relative', ...(range ? { range, reference: 'publication' as const } : {}) };
      }
      case 'duration': {
        const out: DateMention = { ...base, kind: 'duration', days: h.days };
        return h.event && isDay(pub) ? { ...out, range: durationRange(h, pub), reference: 'publication' } : out;
      }
    }
  });
}

/** The dates whose span lies inside [start, end) (a sentence, say). */
export function datesWithin(dates: DateMention[], start: number, end: number): DateMention[] {
  return dates.filter((d) => d.start >= start && d.end <= end);
}
