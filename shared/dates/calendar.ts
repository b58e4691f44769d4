/** A calendar date as precise as it is known: a year, a month of a year, or a day. */
export type Ymd = { y: number; m?: number; d?: number };
export type Day = { y: number; m: number; d: number };

const pad = (n: number) => String(n).padStart(2, '0');

export function iso(p: Ymd): string {
  if (p.m === undefined) return String(p.y);
  return p.d === undefined ? `${p.y}-${pad(p.m)}` : `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** Reads '2025', '2025-10', '2025-10-19' or a full date-time (its calendar date, as written, no time zone shift). */
export function parseIso(s: string | undefined): Ymd | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s?.trim() ?? '');
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : undefined;
  const d = m[3] ? Number(m[3]) : undefined;
  if (mo !== undefined && (mo < 1 || mo > 12)) return undefined;
  if (mo !== undefined && d !== undefined && (d < 1 || d > daysInMonth(y, mo))) return undefined;
  return { y, m: mo, d: mo === undefined ? undefined : d };
}

export function isDay(p: Ymd | undefined): p is Day {
  return p?.m !== undefined && p.d !== undefined;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// UTC throughout: calendar arithmetic must not depend on the machine's time zone.
function fromUtc(t: number): Day {
  const x = new Date(t);
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

export function addDays(p: Day, n: number): Day {
  return fromUtc(Date.UTC(p.y, p.m - 1, p.d + n));
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(p: Day): number {
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

/** The Monday-to-Sunday week holding p, shifted by `weeks`. */
export function weekOf(p: Day, weeks: number): { start: Day; end: Day } {
  const monday = addDays(p, -((weekday(p) + 6) % 7) + 7 * weeks);
  return { start: monday, end: addDays(monday, 6) };
}

/** A sortable number for a partial date (its first day), to compare distances. */
export function ordinal(p: Ymd): number {
  return Date.UTC(p.y, (p.m ?? 1) - 1, p.d ?? 1) / 86_400_000;
}

/**
 * The year for a day or month written without one, among ref's year and its neighbours: the closest to
 * ref, a date after it counting three times its distance, since news copy mostly reports what has happened
 * ("in March", read in October, is last March; "on January 5", read on December 20, is next month).
 */
export function nearestYear(ref: Ymd, m: number, d?: number): number {
  const target = ordinal(ref);
  const cost = (y: number) => {
    const delta = ordinal({ y, m, d: d ?? 15 }) - target;
    return delta > 0 ? 3 * delta : -delta;
  };
  return [ref.y - 1, ref.y, ref.y + 1].reduce((best, y) => (cost(y) < cost(best) ? y : best));
}
