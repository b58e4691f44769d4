import { useState } from 'react';
import { createStore, useStore } from '../lib/createStore';
import { Dialog } from './Dialog';

type Request =
  | { kind: 'text'; title: string; label: string; initial: string; confirm: string; resolve: (v: string | null) => void }
  | { kind: 'confirm'; title: string; message: string; confirm: string; danger: boolean; resolve: (v: boolean) => void };

const pending = createStore<Request | null>(null);

/** Ask for one line of text in a small modal; resolves to null when cancelled. */
export function askText(title: string, label: string, initial = '', confirm = 'OK'): Promise<string | null> {
  return new Promise((resolve) => pending.set({ kind: 'text', title, label, initial, confirm, resolve }));
}

export function confirmAction(title: string, message: string, confirm = 'OK', danger = false): Promise<boolean> {
  return new Promise((resolve) => pending.set({ kind: 'confirm', title, message, confirm, danger, resolve }));
}

export function PromptHost() {
  const req = useStore(pending, (r) => r);
  if (!req) return null;
  return <PromptDialog key={req.title + req.kind} req={req} />;
}

function PromptDialog({ req }: { req: Request }) {
  const [value, setValue] = useState(req.kind === 'text' ? req.initial : '');
  const finish = (ok: boolean) => {
    pending.set(null);
    if (req.kind === 'text') req.resolve(ok && value.trim() ? value.trim() : null);
    else req.resolve(ok);
  };
  return (
    <Dialog
      open
      title={req.title}
      onClose={() => finish(false)}
      onSubmit={() => finish(true)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => finish(false)}>
            Cancel
          </button>
          <button type="submit" className={req.kind === 'confirm' && req.danger ? 'btn primary danger-fill' : 'btn primary'}>
            {req.confirm}
          </button>
        </>
      }
    >
      {req.kind === 'text' ? (
        <label className="field">
          <span>{req.label}</span>
          <input className="input" autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} />
        </label>
      ) : (
        <p className="prompt-message">{req.message}</p>
      )}
    </Dialog>
  );
}
