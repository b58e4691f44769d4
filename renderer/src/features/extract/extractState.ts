import type { MentionStyle } from '../../../../shared/extract';
import { createStore, useStore } from '../../lib/createStore';
import { dispatch, getWorkbench, showToast, useWorkbench } from '../../store/workbench';
import { openSideTab } from '../workbench/sideUi';
import { loadExtraction } from './loadExtraction';
import { count } from '../../lib/plural';

export type ExtractState = { running: boolean; done: number; total: number; scope: 'current' | 'all' };

export const extractState = createStore<ExtractState>({ running: false, done: 0, total: 0, scope: 'current' });
let controller: AbortController | null = null;

/*
 * The pass's "Mention extents" option, per case. The case format (versioned) has no place for pass
 * settings, so the choice is the page's: kept in localStorage by case id, and only when it differs from
 * the default ('names'), so the record stays as small as the number of cases set to phrases.
 */
const EXTENTS_KEY = 'caseboard.extract.extents.v1';

function savedExtents(): Record<string, MentionStyle> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(EXTENTS_KEY) ?? '{}');
    if (!raw || typeof raw !== 'object') return {};
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, MentionStyle] => e[1] === 'phrases'));
  } catch {
    return {};
  }
}

export const extentsByCase = createStore<Record<string, MentionStyle>>(savedExtents());

export const extentsOf = (caseId: string): MentionStyle => extentsByCase.get()[caseId] ?? 'names';

export function setExtents(caseId: string, extents: MentionStyle): void {
  extentsByCase.set((prev) => {
    const { [caseId]: _, ...rest } = prev;
    return extents === 'names' ? rest : { ...rest, [caseId]: extents };
  });
  try {
    localStorage.setItem(EXTENTS_KEY, JSON.stringify(extentsByCase.get()));
  } catch {
    // Storage full or disabled: the choice still holds for this session.
  }
}

/** The open case's mention extents, for components. */
export function useExtents(): MentionStyle {
  const caseId = useWorkbench((s) => s.case.id);
  return useStore(extentsByCase, (m) => m[caseId] ?? 'names');
}

/** Runs the automatic pass in its worker, with the case's mention extents; its result is one undoable edit of suggestions. */
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
    const c = getWorkbench().case;
    const extents = extentsOf(c.id);
    const op = await run(c, sourceIds, (done, total) => extractState.set((x) => ({ ...x, done, total })), controller.signal, extents);
    const before = getWorkbench().case;
    if (dispatch(op, 'Find entities')) {
      const after = getWorkbench().case;
      const added = after.entities.length - before.entities.length;
      const links = after.relations.length - before.relations.length;
      const marked = extents === 'phrases' ? ' (mentions: whole noun phrases)' : '';
      showToast(`Found ${count(added, 'new entity', 'new entities')} and ${count(links, 'new link')}${marked}, as suggestions to review.`);
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
