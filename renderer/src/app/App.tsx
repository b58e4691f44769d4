import { useEffect } from 'react';
import { useStore } from '../lib/createStore';
import { CaseList } from '../features/cases/CaseList';
import { Workbench } from '../features/workbench/Workbench';
import { PromptHost } from '../ui/prompt';
import { appState, hasUnsentEdits, start } from './navigation';

export function App() {
  const screen = useStore(appState, (s) => s.screen);
  useEffect(() => {
    void start();
    // Queued edits normally reach the back-end within a second; warn only when they cannot.
    const onUnload = (e: BeforeUnloadEvent) => {
      if (hasUnsentEdits()) e.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, []);
  return (
    <>
      {screen === 'loading' && <div className="app-loading" aria-busy="true" />}
      {screen === 'cases' && <CaseList />}
      {screen === 'workbench' && <Workbench />}
      <PromptHost />
    </>
  );
}
