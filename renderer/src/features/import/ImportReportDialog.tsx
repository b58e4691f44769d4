import { useStore } from '../../lib/createStore';
import { Dialog } from '../../ui/Dialog';
import { closeImportReport, importUi } from './importUi';

/** What went wrong (or needs a look) in the last import of dropped files, one line per file. */
export function ImportReportDialog() {
  const report = useStore(importUi, (s) => s.report);
  if (!report) return null;
  return (
    <Dialog
      open
      title={report.title}
      onClose={closeImportReport}
      footer={
        <>
          <span className="spacer" />
          <button type="button" className="btn primary" onClick={closeImportReport}>
            OK
          </button>
        </>
      }
    >
      <ul className="import-report">
        {report.lines.map((line) => (
          <li key={line} className="error-text" role="alert">
            {line}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
