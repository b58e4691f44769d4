import { goToCases } from '../../app/navigation';
import { ThemeToggle } from '../../app/ThemeToggle';
import { dispatch, redo, undo, useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { askText } from '../../ui/prompt';
import { newCaseFlow } from '../cases/CaseList';
import { MOD } from '../commands/commands';
import { paletteOpen } from '../commands/CommandPalette';
import { ExportMenu } from '../export/ExportMenu';
import { FindEntities } from '../extract/FindEntities';
import { openAddSource } from '../source/sourceUi';
import { SaveIndicator } from './SaveIndicator';

export function WorkbenchHeader() {
  const title = useWorkbench((s) => s.case.title);
  const past = useWorkbench((s) => s.past);
  const future = useWorkbench((s) => s.future);
  const readOnly = useWorkbench((s) => s.readOnly);
  const lastUndo = past[past.length - 1];
  const lastRedo = future[future.length - 1];
  const rename = async () => {
    const next = await askText('Rename case', 'Title', title, 'Rename');
    if (next && next !== title) dispatch({ op: 'renameCase', title: next });
  };
  return (
    <header className="app-header wb-header">
      <button type="button" className="icon-btn" aria-label="All cases" title="All cases" onClick={() => void goToCases()}>
        <Icon name="arrowLeft" />
      </button>
      <span className="brand">Caseboard</span>
      <span className="header-sep" />
      <button type="button" className="case-name" title="Rename case" aria-label={`Case: ${title}. Rename`} onClick={() => void rename()}>
        {title}
      </button>
      <SaveIndicator />
      <span className="spacer" />
      <button type="button" className="btn ghost" onClick={() => void newCaseFlow()}>
        <Icon name="plus" /> New case
      </button>
      <button type="button" className="btn ghost" onClick={() => void goToCases()}>
        <Icon name="folder" /> Open case
      </button>
      <span className="header-sep" />
      <button type="button" className="btn" disabled={readOnly} onClick={openAddSource}>
        <Icon name="file" /> Add source
      </button>
      <FindEntities />
      <span className="header-sep" />
      <button type="button" className="icon-btn" aria-label="Undo" title={lastUndo ? `Undo ${lastUndo.label} (${MOD}Z)` : 'Nothing to undo'} disabled={!lastUndo} onClick={undo}>
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-btn" aria-label="Redo" title={lastRedo ? `Redo ${lastRedo.label} (Shift+${MOD}Z)` : 'Nothing to redo'} disabled={!lastRedo} onClick={redo}>
        <Icon name="redo" />
      </button>
      <span className="header-sep" />
      <ExportMenu />
      <button type="button" className="icon-btn" aria-label="Command palette" title={`Commands (${MOD}K)`} onClick={() => paletteOpen.set(true)}>
        <Icon name="command" />
      </button>
      <ThemeToggle />
    </header>
  );
}

