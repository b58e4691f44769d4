import { useState } from 'react';
import { useStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { AddSourceDialog } from './AddSourceDialog';
import { SourceList } from './SourceList';
import { SourceText } from './SourceText';
import { closeAddSource, openAddSource, sourceUi } from './sourceUi';
import './source.css';

export function SourcePane() {
  const count = useWorkbench((s) => s.case.sources.length);
  const adding = useStore(sourceUi, (s) => s.adding);
  const [listOpen, setListOpen] = useState(true);
  return (
    <section className="pane source-pane" role="region" aria-label="Source text">
      <div className="pane-header">
        <button type="button" className="btn ghost small pane-toggle" aria-expanded={listOpen} onClick={() => setListOpen(!listOpen)}>
          <Icon name={listOpen ? 'chevronDown' : 'chevronRight'} />
          <h2 className="pane-title">Sources</h2>
          <span className="count">{count}</span>
        </button>
        <span className="spacer" />
        <button type="button" className="icon-btn small" aria-label="New source" title="Add source" onClick={openAddSource}>
          <Icon name="plus" />
        </button>
      </div>
      {listOpen && count > 0 && <SourceList />}
      <SourceText />
      {adding && <AddSourceDialog onClose={closeAddSource} />}
    </section>
  );
}
