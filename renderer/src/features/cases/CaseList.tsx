import { useRef, useState } from 'react';
import type { CaseSummary } from '../../../../shared/api/contract';
import { api } from '../../api/client';
import { appState, createAndOpen, openCase, openSession } from '../../app/navigation';
import { useStore } from '../../lib/createStore';
import { ThemeToggle } from '../../app/ThemeToggle';
import { Icon } from '../../ui/Icon';
import { ImportHost } from '../import/ImportHost';
import { openImportGraph } from '../import/importUi';
import { askText, confirmAction } from '../../ui/prompt';
import { OpenErrorPanel } from './OpenErrorPanel';
import { TrashList } from './TrashList';
import { formatWhen, useCaseList } from './useCaseList';
import './caseList.css';

export async function newCaseFlow(): Promise<void> {
  const title = await askText('New case', 'Title', 'Untitled case', 'Create');
  if (title) await createAndOpen(title);
}

export function CaseList() {
  const { cases, trash, error, reload } = useCaseList();
  const { openError, busy } = useStore(appState, (s) => s);
  const [selected, setSelected] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (fn: () => Promise<unknown>) => {
    try {
      setFailure(null);
      await fn();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
    await reload();
  };
  const rename = (c: CaseSummary) =>
    run(async () => {
      const title = await askText('Rename case', 'Title', c.title, 'Rename');
      if (title) await api.renameCase({ name: c.name, title });
    });
  const duplicate = (c: CaseSummary) => run(() => api.duplicateCase({ name: c.name }));
  const remove = (c: CaseSummary) =>
    run(async () => {
      const ok = await confirmAction('Delete case', `Move “${c.title}” to the trash? It can be restored from there.`, 'Move to trash', true);
      if (ok) await api.deleteCase({ name: c.name });
    });
  const importFile = async (file: File) =>
    run(() => openSession(async () => api.importCase({ fileName: file.name, text: await file.text() })));

  return (
    <div className="case-screen">
      <header className="app-header">
        <span className="brand">Caseboard</span>
        <span className="spacer" />
        <ThemeToggle />
      </header>
      <main className="case-main">
        <div className="case-toolbar">
          <h1>Cases</h1>
          <span className="spacer" />
          <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
            <Icon name="upload" /> Import case file…
          </button>
          <button type="button" className="btn" onClick={() => openImportGraph()}>
            <Icon name="upload" /> Import graph…
          </button>
          <button type="button" className="btn" disabled={!selected || busy} onClick={() => selected && void openCase(selected)}>
            <Icon name="folder" /> Open case
          </button>
          <button type="button" className="btn primary" disabled={busy} onClick={() => void run(newCaseFlow)}>
            <Icon name="plus" /> New case
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Case file to import"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
        </div>
        <ImportHost drop={false} />
        {openError && <OpenErrorPanel error={openError} />}
        {(error || failure) && (
          <p className="error-text" role="alert">
            {error ?? failure}
          </p>
        )}
        <table className="case-table" aria-label="Cases">
          <thead>
            <tr>
              <th>Title</th>
              <th className="num">Sources</th>
              <th className="num">Entities</th>
              <th className="num">Links</th>
              <th>Modified</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {cases?.map((c) => (
              <tr
                key={c.name}
                aria-selected={selected === c.name}
                tabIndex={0}
                onClick={() => setSelected(c.name)}
                onDoubleClick={() => void openCase(c.name)}
                onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && void openCase(c.name)}
              >
                <td>
                  <div className="case-title">
                    <Icon name="file" />
                    <button type="button" className="linkish" onClick={() => void openCase(c.name)}>
                      {c.title || c.name}
                    </button>
                    {c.problem && (
                      <span className="badge problem" title={c.problem}>
                        cannot be read
                      </span>
                    )}
                  </div>
                  <div className="case-file faint">{c.name}</div>
                </td>
                <td className="num">{c.sources}</td>
                <td className="num">{c.entities}</td>
                <td className="num">{c.relations}</td>
                <td className="muted" title={c.modifiedAt}>
                  {formatWhen(c.modifiedAt)}
                </td>
                <td className="case-actions">
                  <button type="button" className="icon-btn" aria-label={`Rename ${c.title}`} title="Rename" onClick={() => void rename(c)}>
                    <Icon name="pencil" />
                  </button>
                  <button type="button" className="icon-btn" aria-label={`Duplicate ${c.title}`} title="Duplicate" onClick={() => void duplicate(c)}>
                    <Icon name="copy" />
                  </button>
                  <button type="button" className="icon-btn" aria-label={`Delete ${c.title}`} title="Move to trash" onClick={() => void remove(c)}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {cases?.length === 0 && !error && <p className="empty muted">No cases yet. Create one with “New case”.</p>}
        {trash.length > 0 && <TrashList items={trash} onRestore={(file) => run(() => api.restoreCase({ file }))} />}
      </main>
    </div>
  );
}
