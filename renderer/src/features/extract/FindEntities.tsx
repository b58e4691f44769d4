import { useStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { MenuButton } from '../../ui/Menu';
import { cancelFindEntities, extractState, findEntities } from './extractState';

export function FindEntities() {
  const state = useStore(extractState, (s) => s);
  const hasSources = useWorkbench((s) => s.case.sources.length > 0);
  const readOnly = useWorkbench((s) => s.readOnly);
  if (state.running) {
    const pct = state.total ? Math.round((state.done / state.total) * 100) : 0;
    return (
      <div className="extract-progress" role="status" aria-live="polite">
        <span>Finding entities…</span>
        <progress max={state.total || 1} value={state.done} aria-label="Finding entities progress">
          {pct}%
        </progress>
        <span className="faint">
          {state.done}/{state.total}
        </span>
        <button type="button" className="btn small ghost" onClick={cancelFindEntities}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="split-btn">
      <button type="button" className="btn" disabled={!hasSources || readOnly} title="Find entities and links in the current source (suggestions)" onClick={() => void findEntities('current')}>
        <Icon name="sparkles" /> Find entities
      </button>
      <MenuButton
        label="Choose sources to search"
        className="btn split-caret"
        disabled={!hasSources || readOnly}
        items={[
          { label: 'In the current source', onSelect: () => void findEntities('current') },
          { label: 'In all sources', onSelect: () => void findEntities('all') },
        ]}
      >
        <Icon name="chevronDown" />
      </MenuButton>
    </div>
  );
}
