import { useEffect } from 'react';
import { CommandPalette, paletteOpen } from '../commands/CommandPalette';
import { commandForKey } from '../commands/commands';
import { ImportHost } from '../import/ImportHost';
import { Panes } from './Panes';
import { CaseBanner } from './SaveIndicator';
import { Toast } from './Toast';
import { WorkbenchHeader } from './WorkbenchHeader';
import './workbench.css';

function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        paletteOpen.set(!paletteOpen.get());
        return;
      }
      const cmd = commandForKey(e);
      if (!cmd || (cmd.enabled && !cmd.enabled())) return;
      e.preventDefault();
      cmd.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function Workbench() {
  useShortcuts();
  return (
    <div className="workbench">
      <WorkbenchHeader />
      <CaseBanner />
      <Panes />
      <CommandPalette />
      <Toast />
      <ImportHost drop />
    </div>
  );
}
