import { useState } from 'react';
import { useStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { GraphContextMenu } from './GraphContextMenu';
import type { MenuTarget } from './graphController';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { graphUi } from './graphUi';
import { GraphView } from './GraphView';
import './graph.css';

export function GraphPane() {
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const empty = useWorkbench((s) => s.case.entities.length === 0);
  const building = useStore(graphUi, (s) => s.building);
  return (
    <section className="pane graph-pane" role="region" aria-label="Relationship graph">
      <GraphToolbar />
      <div className="graph-body">
        <GraphView onMenu={setMenu} />
        {empty && <p className="graph-empty">Entities you create appear here. Select text in the source to start.</p>}
        {building && (
          <p className="graph-building" role="status">
            {building.label ?? 'Drawing the graph'}… {Math.floor((100 * building.done) / Math.max(1, building.total))}% ({building.done.toLocaleString('en')} of{' '}
            {building.total.toLocaleString('en')})
          </p>
        )}
        <GraphLegend />
      </div>
      {menu && <GraphContextMenu target={menu} onClose={() => setMenu(null)} />}
    </section>
  );
}
