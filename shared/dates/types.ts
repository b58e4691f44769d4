/** How a range was found: written out in full, or computed from a relative expression or a reference date. */
export type DateBasis = 'explicit' | 'relative';

/** ISO partial dates, as precise as the text: '2025', '2025-10', '2025-10-19'. Assignable to the model's DateRange. */
export type ResolvedRange = { start: string; end?: string; basis: DateBasis };

/**
 * A date expression found in a text. `range` is absent when it cannot be resolved (no reference date for
 * "last week", no year anywhere for "October 19"). `reference` says where a missing part came from.
 */
export type DateMention = {
  start: number;
  end: number;
  text: string;
  kind: 'date' | 'relative' | 'duration';
  range?: ResolvedRange;
  reference?: 'publication' | 'text';
  /** For durations ("four-day"): the length in days (months and years count 30 and 365). */
  days?: number;
};

export type DateOptions = {
  /** The source's origin.publishedAt (any ISO date or date-time); relative expressions need it. */
  publishedAt?: string;
};
