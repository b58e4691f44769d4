import type { MentionStyle } from '../../../../shared/extract';
import type { Case, Op } from '../../../../shared/model';
import type { FromWorker, ToWorker } from './protocol';

/**
 * Runs the automatic pass on a case in a web worker and resolves with its one batch op (apply it with the
 * reducer to add the suggestions). Aborting the signal ends the worker at once and rejects with AbortError.
 * `extents` is the "Mention extents" option: names only (default) or whole noun phrases.
 */
export function runExtractionInWorker(
  c: Case,
  sourceIds: string[] | undefined,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
  extents: MentionStyle = 'names',
): Promise<Op> {
  return new Promise<Op>((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Finding entities was cancelled', 'AbortError'));
    const worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('Finding entities was cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      if (msg.type === 'progress') onProgress(msg.done, msg.total);
      else if (msg.type === 'done') {
        finish();
        resolve(msg.op);
      } else {
        finish();
        reject(new Error(msg.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the extraction worker failed to start'));
    };
    const request: ToWorker = sourceIds ? { type: 'run', case: c, sourceIds, extents } : { type: 'run', case: c, extents };
    worker.postMessage(request);
  });
}
