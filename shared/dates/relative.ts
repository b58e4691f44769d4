import { addDays, addMonths, type Day, daysInMonth, iso, weekday, weekOf, type Ymd } from './calendar';
import { groupSpan, type Hit, type Rule } from './hits';
import { MONTH, monthNumber, NUMBER, numberValue, UNIT_DAYS, WEEKDAY, weekdayNumber } from './lexicon';

type Unit = 'week' | 'month' | 'year';
const rel = (start: string, end?: string) => ({ start, ...(end && end !== start ? { end } : {}), basis: 'relative' as const });
const day = (r: Ymd): Day => ({ y: r.y, m: r.m!, d: r.d! });
const NEEDS: Record<Unit, 'day' | 'month' | 'year'> = { week: 'day', month: 'month', year: 'year' };

/** The whole week, month or year `n` periods from the reference's. */
function period(unit: Unit, ref: Ymd, n: number): { start: string; end?: string } {
  if (unit === 'year') return { start: String(ref.y + n) };
  if (unit === 'month') return { start: iso(addMonths(ref.y, ref.m!, n)) };
  const w = weekOf(day(ref), n);
  return { start: iso(w.start), end: iso(w.end) };
}

function firstDay(unit: Unit, ref: Ymd): Day {
  if (unit === 'week') return weekOf(day(ref), 0).start;
  return { y: ref.y, m: unit === 'year' ? 1 : ref.m!, d: 1 };
}

function lastDay(unit: Unit, ref: Ymd): Day {
  if (unit === 'week') return weekOf(day(ref), 0).end;
  const m = unit === 'year' ? 12 : ref.m!;
  return { y: ref.y, m, d: daysInMonth(ref.y, m) };
}

const SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, current: 0, next: 1, coming: 1 };

function namedPeriod(m: RegExpExecArray): Hit {
  const which = m[1]!.toLowerCase();
  const unit = m[2]!.toLowerCase() as Unit;
  const back = { week: 7, month: 30, year: 365 }[unit];
  // "the past week" is the days up to the reference, not the calendar week before it.
  if (which === 'past') return { ...groupSpan(m), kind: 'relative', needs: 'day', resolve: (r) => rel(iso(addDays(day(r), -back)), iso(day(r))) };
  return { ...groupSpan(m), kind: 'relative', needs: NEEDS[unit], resolve: (r) => { const p = period(unit, r, SHIFT[which]!); return rel(p.start, p.end); } };
}

function partPeriod(m: RegExpExecArray): Hit {
  const unit = m[2]!.toLowerCase() as Unit;
  const earlier = m[1]!.toLowerCase() === 'earlier';
  return {
    ...groupSpan(m),
    kind: 'relative',
    needs: 'day',
    resolve: (r) => (earlier ? rel(iso(firstDay(unit, r)), iso(day(r))) : rel(iso(day(r)), iso(lastDay(unit, r)))),
  };
}

/*
 * A weekday alone ("on Tuesday") is the last such day on or before the publication date: news copy
 * reports what happened; "next Tuesday" and "this Tuesday" look ahead, "last Tuesday" strictly back.
 */
function weekdayHit(m: RegExpExecArray): Hit {
  const which = (m[1] ?? 'on').toLowerCase();
  const target = weekdayNumber(m[2]!);
  const span = which === 'on' ? groupSpan(m, 2) : groupSpan(m);
  const resolve = (r: Ymd) => {
    const ref = day(r);
    const back = (weekday(ref) - target + 7) % 7;
    if (which === 'next') return rel(iso(addDays(ref, ((target - weekday(ref) + 7) % 7 || 7))));
    if (which === 'this') return rel(iso(addDays(weekOf(ref, 0).start, (target + 6) % 7)));
    return rel(iso(addDays(ref, which === 'last' ? -(back || 7) : -back)));
  };
  return { ...span, kind: 'relative', needs: 'day', resolve };
}

function ago(m: RegExpExecArray): Hit | null {
  const n = numberValue(m[1]!);
  const unit = m[2]!.toLowerCase();
  if (n === undefined) return null;
  if (unit === 'year') return { ...groupSpan(m), kind: 'relative', needs: 'year', resolve: (r) => rel(String(r.y - n)) };
  if (unit === 'month') return { ...groupSpan(m), kind: 'relative', needs: 'month', resolve: (r) => rel(iso(addMonths(r.y, r.m!, -n))) };
  return { ...groupSpan(m), kind: 'relative', needs: 'day', resolve: (r) => rel(iso(addDays(day(r), -n * UNIT_DAYS[unit]!))) };
}

function lastMonthName(m: RegExpExecArray): Hit {
  const mo = monthNumber(m[2]!);
  const next = m[1]!.toLowerCase() === 'next';
  const resolve = (r: Ymd) => {
    const y = next ? (mo > r.m! ? r.y : r.y + 1) : mo < r.m! ? r.y : r.y - 1;
    return rel(iso({ y, m: mo }));
  };
  return { ...groupSpan(m), kind: 'relative', needs: 'month', resolve };
}

const EVENT_NOUNS =
  /^(?:\s+[\w-]+){0,3}?\s+(?:talks|dialogue|negotiations|round|visit|summit|conference|meeting|meetings|operation|offensive|ceasefire|cease-fire|truce|siege|strike|war|campaign|trip|tour|session|trial|hearing|exercise|drills|protest|standoff|clashes|fighting|mission|deployment|blockade|shutdown|curfew)\b/i;

function duration(m: RegExpExecArray): Hit | null {
  const n = m[1] ? numberValue(m[1]) : 1;
  const unit = m[2]!.toLowerCase();
  if (n === undefined || n === 0) return null;
  const event = EVENT_NOUNS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 60));
  return { ...groupSpan(m), kind: 'duration', days: n * UNIT_DAYS[unit]!, months: unit === 'month' ? n : unit === 'year' ? 12 * n : 0, event };
}

/** Expressions that only mean something against the publication date, and durations. */
export const RELATIVE: Rule[] = [
  { re: /\b(yesterday|today|tomorrow)\b/dgi, hit: (m) => ({ ...groupSpan(m), kind: 'relative', needs: 'day', resolve: (r) => rel(iso(addDays(day(r), { yesterday: -1, today: 0, tomorrow: 1 }[m[1]!.toLowerCase()]!))) }) },
  { re: /\b(last|previous|this|current|next|coming|past)\s+(week|month|year)\b(?!\s+(?:of|in)\b)/dgi, hit: namedPeriod },
  { re: /\b(earlier|later)\s+(?:this|in\s+the)\s+(week|month|year)\b/dgi, hit: partPeriod },
  { re: new RegExp(`\\b(?:(last|this|next|on)\\s+)?(${WEEKDAY})\\b`, 'dgi'), hit: weekdayHit },
  { re: new RegExp(`\\b(${NUMBER}|a|an)\\s+(day|week|month|year)s?\\s+ago\\b`, 'dgi'), hit: ago },
  { re: new RegExp(`\\b(last|next)\\s+(${MONTH})\\b(?![\\s.]*\\d)`, 'dg'), hit: lastMonthName },
  { re: new RegExp(`\\b(${NUMBER})-(day|week|month|year)(?:-long)?\\b(?!-)`, 'dgi'), hit: duration },
  { re: /\b(?:an?\s+)?()(day|week|month|year)-long\b/dgi, hit: duration },
];
