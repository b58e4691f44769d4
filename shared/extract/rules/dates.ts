/** A span the rules found, typed. */
export type Found = { start: number; end: number; type: string };

const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

/*
 * Dates as analysts write them: "October 19", "19 October 2025", "Oct. 15, 1979", "October 2025",
 * ISO "2025-10-19". A bare year is left out: in news copy it is as often a count as a date.
 */
const DATE = new RegExp(
  [
    `\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`,
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`,
    `\\b${MONTH},?\\s+${YEAR}\\b`,
    `\\b${YEAR}-[01]\\d-[0-3]\\d\\b`,
  ].join('|'),
  'g',
);

export function findDates(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(DATE)) {
    // "May" alone is a modal verb far more often than a month; "may 5" is still rare enough to keep.
    if (/^May\s+\d/.test(m[0]) === false && /^may\b/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'date' });
  }
  return out;
}
