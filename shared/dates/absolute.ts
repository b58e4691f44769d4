import { daysInMonth, iso } from './calendar';
import { groupSpan, type Hit, modifierDays, modifierMonths, modifierOf, type Rule } from './hits';
import { DAY, MONTH, monthNumber, YEAR } from './lexicon';

const day = (s: string) => Number(s.replace(/\D/g, ''));
const explicit = (start: string, end?: string) => ({ start, ...(end ? { end } : {}), basis: 'explicit' as const });
/** "in", "since": either case, as they may open a sentence. */
const PREP = (ws: string) => ws.split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const MOD = '([Ee]arly|[Mm]id|[Ll]ate|(?:[Tt]he\\s+)?(?:end|beginning|start|middle)\\s+of)';
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };

/** A day, or a month: with its year a fixed range, without it a yearless hit for the reference to complete. */
function monthDay(m: RegExpExecArray, monthG: number, dayG: number | null, yearG: number): Hit | null {
  const mo = monthNumber(m[monthG]!);
  const d = dayG === null ? undefined : day(m[dayG]!);
  const { start, end } = groupSpan(m);
  if (!m[yearG]) return { start, end, kind: 'yearless', m: mo, d };
  const y = Number(m[yearG]);
  if (d !== undefined && d > daysInMonth(y, mo)) return null;
  return { start, end, kind: 'fixed', range: explicit(iso({ y, m: mo, d })) };
}

/** "mid-October", "early October 2025", "late 2024", "the end of March". */
function modified(m: RegExpExecArray): Hit {
  const { start, end } = groupSpan(m);
  const mod = modifierOf(m[1]!.toLowerCase().replace(/^the\s+/, '').replace(/^middle/, 'mid'));
  const mo = m[2] ? monthNumber(m[2]) : undefined;
  const y = m[3] ? Number(m[3]) : m[4] ? Number(m[4]) : undefined;
  if (mo === undefined) {
    const [a, b] = modifierMonths(mod);
    return { start, end, kind: 'fixed', range: explicit(iso({ y: y!, m: a }), iso({ y: y!, m: b })) };
  }
  if (y === undefined) return { start, end, kind: 'yearless', m: mo, mod };
  const [a, b] = modifierDays(mod, daysInMonth(y, mo));
  return { start, end, kind: 'fixed', range: explicit(iso({ y, m: mo, d: a }), iso({ y, m: mo, d: b })) };
}

function yearRange(m: RegExpExecArray): Hit | null {
  const a = Number(m[1]);
  const raw = m[2]!;
  const b = raw.length === 2 ? Math.floor(a / 100) * 100 + Number(raw) : Number(raw);
  if (b <= a || b - a > 100) return null;
  return { ...groupSpan(m), kind: 'fixed', range: explicit(String(a), String(b)) };
}

/*
 * Dates written out. The span is the date itself ("October 2025"), never the preposition before it. A bare
 * year counts only after a preposition of time ("in 2024", "since 1998"): alone it is as often a number.
 */
export const ABSOLUTE: Rule[] = [
  { re: /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/dg, hit: monthDayIso },
  { re: new RegExp(`\\b(${DAY})\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'dg'), hit: (m) => monthDay(m, 2, 1, 3) },
  { re: new RegExp(`\\b(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?![\\d:])\\b`, 'dg'), hit: (m) => monthDay(m, 1, 2, 3) },
  { re: new RegExp(`\\b(${MONTH}),?\\s+(${YEAR})\\b`, 'dg'), hit: (m) => monthDay(m, 1, null, 2) },
  { re: new RegExp(`\\b${MOD}[-\\s]+(?:(${MONTH})(?:,?\\s+(${YEAR}))?|(${YEAR}))\\b`, 'dg'), hit: modified },
  { re: new RegExp(`\\b(?:${PREP('in|since|during|until|till|by|through|before|after|from|of')})\\s+(${MONTH})\\b(?![\\s.]*\\d)`, 'dg'), hit: monthOnly },
  { re: new RegExp(`\\b(?:${PREP('in|since|during|until|till|by|through|before|after|from|of|around')})\\s+(${YEAR})\\b(?![-–]\\d|\\s*%|[.,]\\d)`, 'dg'), hit: bareYear },
  { re: new RegExp(`\\b(?:${PREP('from|between')})\\s+(${YEAR})\\s+(?:to|and|until|through)\\s+(${YEAR})\\b`, 'dg'), hit: yearRange },
  { re: new RegExp(`\\b(${YEAR})\\s*[-–]\\s*(${YEAR}|\\d\\d)\\b(?![-–]\\d)`, 'dg'), hit: yearRange },
  { re: /\b(?:the\s+)?((1[6-9]\d|20\d)0s)\b/dg, hit: decade },
  { re: new RegExp(`\\b(?:the\\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+(?:of\\s+)?(${YEAR})\\b`, 'dg'), hit: season },
];

function monthDayIso(m: RegExpExecArray): Hit | null {
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (d > daysInMonth(y, mo)) return null;
  return { ...groupSpan(m), kind: 'fixed', range: explicit(iso({ y, m: mo, d })) };
}

function monthOnly(m: RegExpExecArray): Hit {
  return { ...groupSpan(m, 1), kind: 'yearless', m: monthNumber(m[1]!) };
}

function bareYear(m: RegExpExecArray): Hit {
  return { ...groupSpan(m, 1), kind: 'fixed', range: explicit(m[1]!) };
}

function decade(m: RegExpExecArray): Hit {
  const y = Number(m[2]) * 10;
  return { ...groupSpan(m, 1), kind: 'fixed', range: explicit(String(y), String(y + 9)) };
}

function season(m: RegExpExecArray): Hit {
  const y = Number(m[2]);
  const [a, b] = SEASONS[m[1]!.toLowerCase()]!;
  // Winter runs from December into the next year's February (northern hemisphere, as news copy assumes).
  const end = b > 12 ? iso({ y: y + 1, m: b - 12 }) : iso({ y, m: b });
  return { start: groupSpan(m, 1).start, end: groupSpan(m).end, kind: 'fixed', range: explicit(iso({ y, m: a }), end) };
}
