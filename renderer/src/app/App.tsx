import { useEffect } from 'react';
import { useStore } from '../lib/createStore';
import { CaseList } from '../features/cases/CaseList';
import { Workbench } from '../features/workbench/Workbench';
import { PromptHost } from '../ui/prompt';
import { appState, start } from './navigation';

export function App() {
  const screen = useStore(appState, (s) => s.screen);
  useEffect(() => {
    void start();
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
