/*
 * Dates in text, resolved to ISO partial dates ('2025', '2025-10', '2025-10-19') and ranges.
 *
 * Own code rather than chrono-node 2.10.3 (evaluated): chrono parses the plain forms well, but returns
 * JavaScript Dates in the machine's time zone (a day can slip), drops "mid-" and "earlier this", returns a
 * single day for "last week", misses "in 2024" and durations ("four-day dialogue"), has no notion of
 * borrowing a year from elsewhere in the text, and weighs about 3.6 MB with its locales. What it would
 * save is the regexes below; what we need on top (precision, ranges, references) is most of the work.
 */
export { findDates, datesWithin } from './findDates';
export type { DateBasis, DateMention, DateOptions, ResolvedRange } from './types';
export { parseIso, iso, type Ymd } from './calendar';
