import { useState } from 'react';
import { useWorkbench } from '../../store/workbench';
import { GraphContextMenu } from './GraphContextMenu';
import type { MenuTarget } from './graphController';
import { GraphLegend } from './GraphLegend';
import { GraphToolbar } from './GraphToolbar';
import { GraphView } from './GraphView';
import './graph.css';

export function GraphPane() {
  const [menu, setMenu] = useState<MenuTarget | null>(null);
  const empty = useWorkbench((s) => s.case.entities.length === 0);
  return (
    <section className="pane graph-pane" role="region" aria-label="Relationship graph">
      <GraphToolbar />
      <div className="graph-body">
        <GraphView onMenu={setMenu} />
        {empty && <p className="graph-empty">Entities you create appear here. Select text in the source to start.</p>}
        <GraphLegend />
      </div>
      {menu && <GraphContextMenu target={menu} onClose={() => setMenu(null)} />}
    </section>
  );
}
