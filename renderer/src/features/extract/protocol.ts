import type { Case, Op } from '../../../../shared/model';
import type { MentionStyle, PassStats } from '../../../../shared/extract';

/** Messages between the page and the extraction worker; `extents` is the pass's "Mention extents" option. */
export type ToWorker = { type: 'run'; case: Case; sourceIds?: string[]; extents?: MentionStyle };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; op: Op; stats: PassStats }
  | { type: 'error'; message: string };
