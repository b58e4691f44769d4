import { createStore } from '../../lib/createStore';
import { dispatch, getWorkbench, showToast } from '../../store/workbench';
import { openSideTab } from '../workbench/sideUi';
import { loadExtraction } from './loadExtraction';

export type ExtractState = { running: boolean; done: number; total: number; scope: 'current' | 'all' };

export const extractState = createStore<ExtractState>({ running: false, done: 0, total: 0, scope: 'current' });
let controller: AbortController | null = null;

/** Runs the automatic pass in its worker; its result is one undoable edit of suggestions. */
export async function findEntities(scope: 'current' | 'all'): Promise<void> {
  if (extractState.get().running) return;
  const s = getWorkbench();
  if (!s.case.sources.length) return showToast('Add a source first.');
  const run = await loadExtraction();
  if (!run) return showToast('The automatic pass is not part of this build yet.');
  const sourceIds = scope === 'all' ? undefined : s.sourceId ? [s.sourceId] : undefined;
  controller = new AbortController();
  extractState.set({ running: true, done: 0, total: sourceIds?.length ?? s.case.sources.length, scope });
  try {
    const op = await run(getWorkbench().case, sourceIds, (done, total) => extractState.set((x) => ({ ...x, done, total })), controller.signal);
    const before = getWorkbench().case;
    if (dispatch(op, 'Find entities')) {
      const after = getWorkbench().case;
      const added = after.entities.length - before.entities.length;
      const links = after.relations.length - before.relations.length;
      showToast(`Found ${added} new entities and ${links} new links, as suggestions to review.`);
      openSideTab('suggestions');
    }
  } catch (err) {
    if (!controller.signal.aborted) showToast(`Finding entities failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    controller = null;
    extractState.set((x) => ({ ...x, running: false }));
  }
}

export const cancelFindEntities = () => controller?.abort();
