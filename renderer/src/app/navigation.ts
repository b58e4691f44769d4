import { ApiError, type Session } from '../../../shared/api/contract';
import { api } from '../api/client';
import { createStore } from '../lib/createStore';
import { closeWorkbench, currentSync, openWorkbench, workbench } from '../store/workbench';
import { confirmAction } from '../ui/prompt';

export type OpenError = { name: string; code: string; message: string };
export type AppState = { screen: 'loading' | 'cases' | 'workbench'; openError: OpenError | null; busy: boolean };

export const appState = createStore<AppState>({ screen: 'loading', openError: null, busy: false });

const HASH = /^#case=(.+)$/;
export const caseFromHash = (): string | null => {
  const m = HASH.exec(location.hash);
  return m ? decodeURIComponent(m[1]!) : null;
};

function show(session: Session): void {
  openWorkbench(session);
  history.replaceState(null, '', `#case=${encodeURIComponent(session.name)}`);
  document.title = `${session.case.title} — Caseboard`;
  appState.set({ screen: 'workbench', openError: null, busy: false });
}

/** True when leaving now would drop edits: they are queued but sending is stopped by a conflict or an error. */
export function hasUnsentEdits(): boolean {
  const open = workbench.get();
  const pending = currentSync()?.pending ?? 0;
  return !!open && pending > 0 && (open.save.state === 'conflict' || open.save.state === 'error');
}

async function leaveCurrent(): Promise<void> {
  const open = workbench.get();
  if (!open) return;
  if (hasUnsentEdits()) {
    const ok = await confirmAction('Unsaved edits', 'Some edits to this case have not been saved (see the banner). Leave it anyway and lose them?', 'Leave', true);
    if (!ok) throw new Error('stayed on the case');
  }
  await closeWorkbench();
  await api.closeCase({ name: open.name }).catch(() => undefined);
}

export async function openCase(name: string): Promise<boolean> {
  try {
    await leaveCurrent();
  } catch {
    return false;
  }
  appState.set((s) => ({ ...s, busy: true }));
  try {
    show(await api.openCase({ name }));
    return true;
  } catch (err) {
    const code = err instanceof ApiError ? err.code : 'io';
    const message = err instanceof Error ? err.message : String(err);
    history.replaceState(null, '', '#');
    appState.set({ screen: 'cases', openError: { name, code, message }, busy: false });
    return false;
  }
}

export async function openSession(load: () => Promise<Session>): Promise<void> {
  try {
    await leaveCurrent();
  } catch {
    return;
  }
  appState.set((s) => ({ ...s, busy: true }));
  try {
    show(await load());
  } catch (err) {
    appState.set((s) => ({ ...s, busy: false }));
    throw err;
  }
}

export const createAndOpen = (title: string) => openSession(() => api.createCase({ title }));

export async function goToCases(): Promise<void> {
  try {
    await leaveCurrent();
  } catch {
    return;
  }
  history.replaceState(null, '', '#');
  document.title = 'Caseboard';
  appState.set({ screen: 'cases', openError: null, busy: false });
}

export const dismissOpenError = () => appState.set((s) => ({ ...s, openError: null }));

/** First screen: the case in the address (a reload), else the one the back-end says was open last. */
let started = false;
export async function start(): Promise<void> {
  if (started) return;
  started = true;
  const fromHash = caseFromHash();
  if (fromHash && (await openCase(fromHash))) return;
  if (fromHash) return;
  try {
    const info = await api.appInfo({});
    if (info.lastOpened && (await openCase(info.lastOpened))) return;
    if (info.lastOpened) return;
  } catch {
    // The case list shows the back-end's error when it loads.
  }
  appState.set((s) => ({ ...s, screen: 'cases' }));
}
