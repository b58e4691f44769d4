import { useState } from 'react';
import { api } from '../../api/client';
import { currentSync, replaceSession, showToast, useWorkbench } from '../../store/workbench';

const LABELS = { saved: 'Saved', pending: 'Saving…', saving: 'Saving…', error: 'Not saved', conflict: 'Conflict', 'read-only': 'Read-only' } as const;

export function SaveIndicator() {
  const save = useWorkbench((s) => s.save);
  return (
    <span className={`save-state ${save.state}`} role="status" aria-live="polite" title={save.message ?? LABELS[save.state]}>
      <span className="save-dot" />
      {LABELS[save.state]}
    </span>
  );
}

/** Shown when the file changed on disk under this window, or when the case is open read-only. */
export function CaseBanner() {
  const save = useWorkbench((s) => s.save);
  const readOnly = useWorkbench((s) => s.readOnly);
  const notice = useWorkbench((s) => s.notice);
  const name = useWorkbench((s) => s.name);
  const [busy, setBusy] = useState(false);
  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
    } catch (err) {
      showToast(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  if (save.state === 'conflict')
    return (
      <div className="banner conflict" role="alert">
        <strong>This case changed on disk</strong>
        <span>{save.message ?? 'Another window or program saved it after it was opened here.'}</span>
        <span className="spacer" />
        <button type="button" className="btn small" disabled={busy} onClick={() => void act(async () => replaceSession(await api.reloadFromDisk({ name })))}>
          Reload from disk
        </button>
        <button type="button" className="btn small primary" disabled={busy} onClick={() => void act(async () => currentSync()?.keepMine())}>
          Keep mine
        </button>
      </div>
    );
  if (save.state === 'error')
    return (
      <div className="banner error" role="alert">
        <strong>Changes are not being saved</strong>
        <span>{save.message}</span>
      </div>
    );
  if (readOnly)
    return (
      <div className="banner readonly" role="status">
        <strong>Read-only</strong>
        <span>{notice ?? 'This case is open read-only; edits are disabled.'}</span>
      </div>
    );
  return null;
}
