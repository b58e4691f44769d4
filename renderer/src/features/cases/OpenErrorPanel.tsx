import { useEffect, useState } from 'react';
import type { Backup } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { dismissOpenError, openSession, type OpenError } from '../../app/navigation';
import { Icon } from '../../ui/Icon';
import { formatWhen } from './useCaseList';

/** Why a case did not open, in the back-end's words, and the backups that can replace it. */
export function OpenErrorPanel({ error }: { error: OpenError }) {
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (error.code !== 'invalid-case') return;
    api
      .listBackups({ name: error.name })
      .then(setBackups)
      .catch(() => setBackups([]));
  }, [error]);

  const restore = async (file: string) => {
    try {
      await openSession(() => api.restoreBackup({ name: error.name, file }));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <section className="open-error" role="alert" aria-label="Case could not be opened">
      <div className="open-error-head">
        <Icon name="alert" />
        <div>
          <h2>“{error.name}” could not be opened</h2>
          <p className="open-error-reason">{error.message}</p>
          <p className="muted">The file on disk has not been changed.</p>
        </div>
        <button type="button" className="icon-btn" aria-label="Dismiss" onClick={dismissOpenError}>
          <Icon name="x" />
        </button>
      </div>
      {error.code === 'invalid-case' && (
        <div className="open-error-backups">
          <h3>Backups</h3>
          {backups === null && <p className="muted">Looking for backups…</p>}
          {backups?.length === 0 && <p className="muted">There is no backup of this case.</p>}
          {backups && backups.length > 0 && (
            <ul>
              {backups.map((b) => (
                <li key={b.file}>
                  <span>{formatWhen(b.savedAt)}</span>
                  <span className="faint">{(b.size / 1024).toFixed(1)} KB</span>
                  {!b.valid && <span className="badge">damaged</span>}
                  <button type="button" className="btn small" disabled={!b.valid} onClick={() => void restore(b.file)}>
                    <Icon name="restore" /> Restore this backup
                  </button>
                </li>
              ))}
            </ul>
          )}
          {failure && <p className="error-text">{failure}</p>}
        </div>
      )}
    </section>
  );
}
