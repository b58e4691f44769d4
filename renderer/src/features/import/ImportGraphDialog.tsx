import { useRef, useState } from 'react';
import { useStore } from '../../lib/createStore';
import { showToast, workbench } from '../../store/workbench';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { GRAPH_ACCEPT, formatName, graphToNewCase, mergeGraph, readGraphFiles } from './graphImport';
import { closeImportGraph, importUi } from './importUi';
import './import.css';

/**
 * "Import graph…": Case JSON, Cytoscape JSON, GraphML, GEXF or a CSV pair, merged into the open case
 * (matching entities by id or by name; one undoable edit) or made into a new case.
 */
export function ImportGraphDialog() {
  const preset = useStore(importUi, (s) => s.files);
  const hasCase = useStore(workbench, (s) => !!s && !s.readOnly);
  const [files, setFiles] = useState<File[]>(preset);
  const [target, setTarget] = useState<'merge' | 'new'>(hasCase ? 'merge' : 'new');
  const [match, setMatch] = useState<'id' | 'name'>('name');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      const read = await readGraphFiles(files);
      if (target === 'merge' && hasCase) {
        const label = mergeGraph(read, match);
        showToast(`${label} (${formatName(read.format)}${read.graph.warnings.length ? `; ${read.graph.warnings.length} warnings: ${read.graph.warnings.slice(0, 2).join('; ')}` : ''})`);
      } else await graphToNewCase(read);
      closeImportGraph();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      title="Import graph"
      onClose={closeImportGraph}
      onSubmit={() => void submit()}
      footer={
        <>
          <button type="button" className="btn" onClick={() => input.current?.click()}>
            <Icon name="upload" /> Choose files…
          </button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={closeImportGraph}>
            Cancel
          </button>
          <button type="submit" className="btn primary" disabled={busy || !files.length}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </>
      }
    >
      <p className="import-hint">Case JSON, Cytoscape JSON (.cyjs), GraphML, GEXF, or the two CSV files (entities and links) of one graph.</p>
      <ul className="import-files" aria-label="Chosen files">
        {files.length ? files.map((f) => <li key={f.name}>{f.name}</li>) : <li className="muted">No file chosen</li>}
      </ul>
      <fieldset className="import-choice">
        <legend>Into</legend>
        <label>
          <input type="radio" name="target" disabled={!hasCase} checked={target === 'merge'} onChange={() => setTarget('merge')} /> Merge into this case
        </label>
        <label>
          <input type="radio" name="target" checked={target === 'new'} onChange={() => setTarget('new')} /> New case
        </label>
      </fieldset>
      {target === 'merge' && (
        <fieldset className="import-choice">
          <legend>Match entities</legend>
          <label>
            <input type="radio" name="match" checked={match === 'name'} onChange={() => setMatch('name')} /> By name or alias
          </label>
          <label>
            <input type="radio" name="match" checked={match === 'id'} onChange={() => setMatch('id')} /> By id
          </label>
        </fieldset>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Graph files"
        accept={GRAPH_ACCEPT}
        onChange={(e) => {
          setFiles([...(e.target.files ?? [])]);
          setError(null);
          e.target.value = '';
        }}
      />
    </Dialog>
  );
}
