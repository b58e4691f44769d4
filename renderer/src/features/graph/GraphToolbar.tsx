import { useStore } from '../../lib/createStore';
import { Icon } from '../../ui/Icon';
import { MenuButton } from '../../ui/Menu';
import { GraphSearch } from './GraphSearch';
import { LayoutProgress } from './LayoutProgress';
import { LAYOUTS, graphBridge, graphUi, patchGraphUi } from './graphUi';

const LAYOUT_LABELS = { fcose: 'Force-directed (fcose)', concentric: 'Concentric', circle: 'Circle', grid: 'Grid', breadthfirst: 'Hierarchy (breadth-first)' };

export function GraphToolbar() {
  const ui = useStore(graphUi, (s) => s);
  return (
    <div className="pane-header graph-toolbar">
      <h2 className="pane-title">Graph</h2>
      <MenuButton
        label="Layout"
        className="btn small"
        items={LAYOUTS.map((l) => ({ label: LAYOUT_LABELS[l], checked: ui.layout === l, onSelect: () => graphBridge.current.runLayout(l) }))}
      >
        <Icon name="layout" /> <span className="btn-label">{ui.busy ? 'Laying out…' : 'Layout'}</span>
      </MenuButton>
      {ui.layoutStarted !== null && <LayoutProgress started={ui.layoutStarted} onCancel={() => graphBridge.current.cancelLayout()} />}
      <button
        type="button"
        className="btn small"
        aria-pressed={ui.drawMode}
        title="Draw link: drag from one node to another (L)"
        aria-label="Draw link"
        onClick={() => patchGraphUi({ drawMode: !ui.drawMode })}
      >
        <Icon name="link" /> <span className="btn-label">Draw link</span>
      </button>
      <span className="spacer" />
      <GraphSearch />
      {ui.hidden.length > 0 && (
        <button type="button" className="btn small ghost" onClick={() => patchGraphUi({ hidden: [] })} title="Show hidden nodes and links">
          <Icon name="eyeOff" /> {ui.hidden.length} hidden
        </button>
      )}
      <button type="button" className="icon-btn small" aria-label="Zoom in" title="Zoom in" onClick={() => graphBridge.current.zoom(1.25)}>
        <Icon name="zoomIn" />
      </button>
      <button type="button" className="icon-btn small" aria-label="Zoom out" title="Zoom out" onClick={() => graphBridge.current.zoom(0.8)}>
        <Icon name="zoomOut" />
      </button>
      <button type="button" className="icon-btn small" aria-label="Fit graph" title="Fit to view (F)" onClick={() => graphBridge.current.fit()}>
        <Icon name="fit" />
      </button>
    </div>
  );
}
