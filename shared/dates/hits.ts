import type { Ymd } from './calendar';
import type { ResolvedRange } from './types';

export type Modifier = 'early' | 'mid' | 'late';

/**
 * What a rule found before any reference date is known: a range written out in full, a day or month
 * written without its year, something relative to the publication date, or a duration.
 */
export type Hit = { start: number; end: number } & (
  | { kind: 'fixed'; range: ResolvedRange }
  | { kind: 'yearless'; m: number; d?: number; mod?: Modifier }
  | { kind: 'relative'; needs: 'day' | 'month' | 'year'; resolve: (ref: Ymd) => ResolvedRange | undefined }
  | { kind: 'duration'; days: number; months: number; event: boolean }
);

/** A rule: a sticky-free global regex with the 'd' flag, and what a match means (or null to pass). */
export type Rule = { re: RegExp; hit: (m: RegExpExecArray) => Hit | null };

/** Start and end of capture group `g` (the date words, without "in", "since", ...). */
export function groupSpan(m: RegExpExecArray, g = 0): { start: number; end: number } {
  const at = m.indices?.[g];
  return at ? { start: at[0], end: at[1] } : { start: m.index, end: m.index + m[0].length };
}

export function runRules(text: string, rules: Rule[]): Hit[] {
  const out: Hit[] = [];
  for (const r of rules) {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      const h = r.hit(m);
      if (h) out.push(h);
    }
  }
  return out;
}

/** Days of a month that "early", "mid" and "late" cover. */
export function modifierDays(mod: Modifier, last: number): [number, number] {
  return mod === 'early' ? [1, 10] : mod === 'mid' ? [11, 20] : [21, last];
}

export function modifierMonths(mod: Modifier): [number, number] {
  return mod === 'early' ? [1, 4] : mod === 'mid' ? [5, 8] : [9, 12];
}

export function modifierOf(word: string): Modifier {
  const w = word.toLowerCase();
  if (/^(early|beginning|start)/.test(w)) return 'early';
  return /^mid/.test(w) ? 'mid' : 'late';
}
