import { useStore } from '../../lib/createStore';
import { FileDrop } from './FileDrop';
import { ImportGraphDialog } from './ImportGraphDialog';
import { ImportReportDialog } from './ImportReportDialog';
import { importUi } from './importUi';
import './import.css';

/** Everything importing shows: the "Import graph" dialog, the report of dropped files, and (in a case) the drop target. */
export function ImportHost({ drop }: { drop: boolean }) {
  const graph = useStore(importUi, (s) => s.graph);
  return (
    <>
      {drop && <FileDrop />}
      {graph && <ImportGraphDialog />}
      <ImportReportDialog />
    </>
  );
}
