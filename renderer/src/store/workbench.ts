import type { Session } from '../../../shared/api/contract';
import { applyOp, describeOp, type Case, type Op } from '../../../shared/model';
import { createStore, useStore } from '../lib/createStore';
import { CaseSync, type SaveView } from './sync';

/** `claims`, when set, is the claim the analyst picked; entities and relations then hold its speaker, about and link. */
export type Selection = { readonly entities: readonly string[]; readonly relations: readonly string[]; readonly claims?: readonly string[] };
export type Passage = { sourceId: string; start: number; end: number; nonce: number };
export type HistoryEntry = { label: string; undo: Op; redo: Op };

export type WorkbenchState = {
  name: string;
  case: Case;
  readOnly: boolean;
  notice?: string;
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
  selection: Selection;
  sourceId: string | null;
  passage: Passage | null;
  save: SaveView;
  toast: { message: string; nonce: number } | null;
};

export const EMPTY_SELECTION: Selection = { entities: [], relations: [] };

const HISTORY_LIMIT = 500;

export const workbench = createStore<WorkbenchState | null>(null);
let sync: CaseSync | null = null;
let lastState: WorkbenchState | null = null;
let nonce = 0;

/** Read a slice of the open case's state. Between close and unmount it answers from the last state. */
export function useWorkbench<S>(selector: (state: WorkbenchState) => S): S {
  return useStore(workbench, (s) => {
    if (s) lastState = s;
    return selector((s ?? lastState)!);
  });
}

export const getWorkbench = (): WorkbenchState => {
  const s = workbench.get();
  if (!s) throw new Error('no case is open');
  return s;
};

const update = (fn: (s: WorkbenchState) => WorkbenchState) => workbench.set((s) => (s ? fn(s) : s));

export function openWorkbench(session: Session): void {
  sync?.dispose();
  sync = new CaseSync(session.name, session.revision, (save) => update((s) => ({ ...s, save })));
  sync.startPolling();
  const c = session.case;
  // The bench (tests/bench/browser.ts) measures from here to the graph's first drawn frame.
  performance.mark('caseboard:case-loaded');
  workbench.set({
    name: session.name,
    case: c,
    readOnly: session.readOnly,
    notice: session.notice,
    past: [],
    future: [],
    selection: EMPTY_SELECTION,
    sourceId: c.sources[0]?.id ?? null,
    passage: null,
    save: { state: session.readOnly ? 'read-only' : 'saved' },
    toast: null,
  });
}

/** Waits for queued edits, then forgets the case. */
export async function closeWorkbench(): Promise<void> {
  await sync?.whenIdle();
  sync?.dispose();
  sync = null;
  workbench.set(null);
}

export function showToast(message: string): void {
  update((s) => ({ ...s, toast: { message, nonce: ++nonce } }));
}

/** The one way to change the case: applied here at once, undoable, and queued for the back-end. */
export function dispatch(op: Op, label = describeOp(op)): boolean {
  const s = workbench.get();
  if (!s) return false;
  if (s.readOnly) {
    showToast('This case is open read-only; edits are not possible.');
    return false;
  }
  let applied;
  try {
    applied = applyOp(s.case, op);
  } catch (err) {
    showToast(err instanceof Error ? err.message : String(err));
    return false;
  }
  const entry: HistoryEntry = { label, undo: applied.inverse, redo: op };
  workbench.set({
    ...s,
    case: applied.state,
    past: [...s.past.slice(-HISTORY_LIMIT + 1), entry],
    future: [],
    selection: pruneSelection(applied.state, s.selection),
  });
  sync?.push(op);
  return true;
}

function travel(from: 'past' | 'future'): void {
  const s = workbench.get();
  if (!s || s.readOnly) return;
  const stack = s[from];
  const entry = stack[stack.length - 1];
  if (!entry) return;
  const op = from === 'past' ? entry.undo : entry.redo;
  let applied;
  try {
    applied = applyOp(s.case, op);
  } catch (err) {
    showToast(`Cannot ${from === 'past' ? 'undo' : 'redo'} ${entry.label}: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  // The inverse of the inverse is recorded, so redo replays exactly what undo took back.
  const moved: HistoryEntry = from === 'past' ? { ...entry, redo: applied.inverse } : { ...entry, undo: applied.inverse };
  const to = from === 'past' ? 'future' : 'past';
  workbench.set({
    ...s,
    case: applied.state,
    [from]: stack.slice(0, -1),
    [to]: [...s[to], moved],
    selection: pruneSelection(applied.state, s.selection),
  });
  sync?.push(op);
}

export const undo = () => travel('past');
export const redo = () => travel('future');

function pruneSelection(c: Case, sel: Selection): Selection {
  if (!sel.entities.length && !sel.relations.length && !sel.claims?.length) return sel;
  const ents = new Set(c.entities.map((e) => e.id));
  const rels = new Set(c.relations.map((r) => r.id));
  const clms = new Set(c.claims.map((cl) => cl.id));
  const entities = sel.entities.filter((id) => ents.has(id));
  const relations = sel.relations.filter((id) => rels.has(id));
  const claims = sel.claims?.filter((id) => clms.has(id));
  const same = entities.length === sel.entities.length && relations.length === sel.relations.length && claims?.length === sel.claims?.length;
  return same ? sel : claims?.length ? { entities, relations, claims } : { entities, relations };
}

const NONE: readonly string[] = [];
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Replace the shared selection. Unchanged lists keep their identity, so views of the other kind do not re-render. */
export function select(selection: Partial<Selection>): void {
  update((s) => {
    const pick = (next: readonly string[] | undefined, prev: readonly string[]) => {
      const list = next?.length ? next : NONE;
      return same(list, prev) ? prev : list;
    };
    const entities = pick(selection.entities, s.selection.entities);
    const relations = pick(selection.relations, s.selection.relations);
    // A claim stays selected only while the caller names it; any other selection replaces it.
    const claims = selection.claims?.length ? pick(selection.claims, s.selection.claims ?? NONE) : undefined;
    if (entities === s.selection.entities && relations === s.selection.relations && claims === s.selection.claims) return s;
    return { ...s, selection: claims ? { entities, relations, claims } : { entities, relations } };
  });
}

export function setSource(sourceId: string | null): void {
  update((s) => ({ ...s, sourceId }));
}

/** Open a passage in the source pane, scrolled into view and flashed. */
export function showPassage(p: Omit<Passage, 'nonce'>): void {
  update((s) => ({ ...s, sourceId: p.sourceId, passage: { ...p, nonce: ++nonce } }));
}

export function replaceSession(session: Session): void {
  const prev = workbench.get();
  openWorkbench(session);
  if (prev) update((s) => ({ ...s, selection: pruneSelection(s.case, prev.selection) }));
}

export const currentSync = (): CaseSync | null => sync;
