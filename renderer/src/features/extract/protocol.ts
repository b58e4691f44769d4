import type { Case, Op } from '../../../../shared/model';
import type { PassStats } from '../../../../shared/extract';

/** Messages between the page and the extraction worker. */
export type ToWorker = { type: 'run'; case: Case; sourceIds?: string[] };
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; op: Op; stats: PassStats }
  | { type: 'error'; message: string };
