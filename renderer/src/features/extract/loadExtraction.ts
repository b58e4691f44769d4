import type { MentionStyle } from '../../../../shared/extract';
import type { Case, Op } from '../../../../shared/model';

export type RunExtraction = (
  c: Case,
  sourceIds: string[] | undefined,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
  extents?: MentionStyle,
) => Promise<Op>;

// The worker bridge is written separately; a glob import lets this build work before (and after) it lands.
const loaders = import.meta.glob<{ runExtractionInWorker: RunExtraction }>('./runInWorker.ts');

export async function loadExtraction(): Promise<RunExtraction | null> {
  const load = loaders['./runInWorker.ts'];
  if (!load) return null;
  const mod = await load();
  return mod.runExtractionInWorker ?? null;
}
