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
  const current = useWorkbench((s) => s.case.sources.find((x) => x.id === s.sourceId));
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
        <button type="button" className="btn small" onClick={openAddSource}>
          <Icon name="plus" /> Add source
        </button>
      </div>
      {listOpen && count > 0 && <SourceList />}
      {current && (
        <div className="source-heading">
          <h3 dir="auto">{current.title}</h3>
          {current.origin.url && <span className="faint source-url">{current.origin.url}</span>}
        </div>
      )}
      <SourceText />
      {adding && <AddSourceDialog onClose={closeAddSource} />}
    </section>
  );
}
