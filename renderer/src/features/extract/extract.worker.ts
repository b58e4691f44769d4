import { claimPass } from '../../../../shared/claims';
import { runPass } from '../../../../shared/extract';
import { applyOp, type Op } from '../../../../shared/model';
import type { FromWorker, ToWorker } from './protocol';

// The pass runs here so a long case never freezes the page; one worker serves one run.
const post = (msg: FromWorker) => self.postMessage(msg);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type !== 'run') return;
  try {
    const scope = msg.sourceIds ? { sourceIds: msg.sourceIds } : {};
    const progress = (done: number, total: number) => post({ type: 'progress', done, total });
    const { op: entityOp, stats } = runPass(msg.case, { ...scope, extents: msg.extents ?? 'names', onProgress: progress });
    // Claims, events and dates read the entities just found: one batch, so one undo takes all of it back.
    const claims = claimPass(applyOp(msg.case, entityOp).state, scope);
    const op: Op = { op: 'batch', label: 'Find entities', ops: [entityOp, claims.op] };
    post({ type: 'done', op, stats });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
