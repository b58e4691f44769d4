import { runPass } from '../../../../shared/extract';
import type { FromWorker, ToWorker } from './protocol';

// The pass runs here so a long case never freezes the page; one worker serves one run.
const post = (msg: FromWorker) => self.postMessage(msg);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type !== 'run') return;
  try {
    const { op, stats } = runPass(msg.case, {
      ...(msg.sourceIds ? { sourceIds: msg.sourceIds } : {}),
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', op, stats });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
