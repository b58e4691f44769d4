import { useEffect, useState } from 'react';
import { getWorkbench, showToast } from '../../store/workbench';
import { importSourceFiles } from './addDrafts';
import { GRAPH_FILE } from './graphImport';
import { openImportGraph, showImportReport } from './importUi';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/** Dropped files: graph files (.graphml, .gexf, .cyjs, .csv) open "Import graph"; the rest become sources, in one edit. */
export async function dropFiles(files: File[]): Promise<void> {
  const graph = files.filter((f) => GRAPH_FILE.test(f.name));
  const sources = files.filter((f) => !GRAPH_FILE.test(f.name));
  if (graph.length) openImportGraph(graph);
  if (!sources.length) return;
  if (getWorkbench().readOnly) return showToast('This case is read-only: no sources can be added');
  const { added, problems } = await importSourceFiles(sources);
  if (added) showToast(`Added ${added} source${added === 1 ? '' : 's'}`);
  if (problems.length) showImportReport({ title: added ? 'Some files need a look' : 'No source was added', lines: problems });
}

/** Lets files be dropped anywhere on the workbench window; shows where they will go while dragging. */
export function FileDrop() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setOver(false);
    };
    const overFn = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void dropFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overFn);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop files to add them as sources (.txt, .md, .html, .pdf, .docx) or to import a graph (.graphml, .gexf, .cyjs, .csv)</p>
    </div>
  );
}
