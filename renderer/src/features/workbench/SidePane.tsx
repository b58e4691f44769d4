import { useStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { Inspector } from '../inspector/Inspector';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { openSideTab, sideUi } from './sideUi';
import { suggestedCount } from '../../model/caseIndex';

export function SidePane() {
  const tab = useStore(sideUi, (s) => s.tab);
  const suggested = useWorkbench((s) => suggestedCount(s.case));
  return (
    <section className="pane side-pane" aria-label="Details">
      <div className="pane-header tabs" role="tablist" aria-label="Details">
        <button type="button" role="tab" id="tab-inspector" aria-selected={tab === 'inspector'} aria-controls="panel-side" onClick={() => openSideTab('inspector')}>
          Inspector
        </button>
        <button type="button" role="tab" id="tab-suggestions" aria-selected={tab === 'suggestions'} aria-controls="panel-side" onClick={() => openSideTab('suggestions')}>
          Suggestions {suggested > 0 && <span className="tab-count">{suggested}</span>}
        </button>
      </div>
      <div id="panel-side" role="tabpanel" aria-labelledby={`tab-${tab}`} className="side-body">
        {tab === 'inspector' ? <Inspector /> : <SuggestionsPanel />}
      </div>
    </section>
  );
}
