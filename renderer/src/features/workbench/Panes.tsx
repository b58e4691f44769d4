import { useEffect, useState, type ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { ClaimsTable } from '../claims/ClaimsTable';
import { Timeline } from '../claims/Timeline';
import { GraphPane } from '../graph/GraphPane';
import { SourcePane } from '../source/SourcePane';
import { EntitiesTable } from '../tables/EntitiesTable';
import { LinksTable } from '../tables/LinksTable';
import { workbench } from '../../store/workbench';
import { SidePane } from './SidePane';
import '../tables/tables.css';

/** Above this many entities and links, a case's panes are built one task after another (see `useStages`). */
const STAGED_RECORDS = 3000;
/** The panes in the order they are built: the graph early, since its own build then runs in slices. */
const STAGES = 5;

/**
 * Which panes may be built yet. A big case's panes (tables of 20,000 and 50,000 rows, the graph of 70,000
 * elements) built in one React commit hold the UI thread for over half a second; here each is built in a task
 * of its own, the next after the one before has been committed. A small case's are all built at once.
 */
function useStages(): number {
  const [stage, setStage] = useState(() => {
    const c = workbench.get()?.case;
    return c && c.entities.length + c.relations.length > STAGED_RECORDS ? 1 : STAGES;
  });
  useEffect(() => {
    if (stage >= STAGES) return;
    const t = setTimeout(() => setStage((s) => s + 1), 0);
    return () => clearTimeout(t);
  }, [stage]);
  return stage;
}

/** A pane's content once its stage has come; until then the empty pane, marked busy. */
function Staged({ at, stage, children }: { at: number; stage: number; children: ReactNode }) {
  return stage >= at ? children : <div className="pane pane-pending" aria-busy="true" />;
}

/** Source | tables | graph | details, with sizes kept in localStorage between sessions. */
export function Panes() {
  const stage = useStages();
  const main = useDefaultLayout({ id: 'caseboard.panes.v1', storage: localStorage });
  const tables = useDefaultLayout({ id: 'caseboard.tables.v2', storage: localStorage });
  const graph = useDefaultLayout({ id: 'caseboard.graph.v1', storage: localStorage });
  return (
    <Group orientation="horizontal" className="panes" defaultLayout={main.defaultLayout} onLayoutChanged={main.onLayoutChanged}>
      <Panel id="source" defaultSize="25" minSize="14">
        <SourcePane />
      </Panel>
      <Separator className="sep" />
      <Panel id="tables" defaultSize="27" minSize="16">
        <Group orientation="vertical" className="panes" defaultLayout={tables.defaultLayout} onLayoutChanged={tables.onLayoutChanged}>
          <Panel id="entities" defaultSize="40" minSize="12">
            <Staged at={3} stage={stage}>
              <EntitiesTable />
            </Staged>
          </Panel>
          <Separator className="sep horizontal" />
          <Panel id="links" defaultSize="30" minSize="10">
            <Staged at={4} stage={stage}>
              <LinksTable />
            </Staged>
          </Panel>
          <Separator className="sep horizontal" />
          <Panel id="claims" defaultSize="30" minSize="10">
            <Staged at={5} stage={stage}>
              <ClaimsTable />
            </Staged>
          </Panel>
        </Group>
      </Panel>
      <Separator className="sep" />
      <Panel id="graph" defaultSize="30" minSize="16">
        <Group orientation="vertical" className="panes" defaultLayout={graph.defaultLayout} onLayoutChanged={graph.onLayoutChanged}>
          <Panel id="graph-view" defaultSize="64" minSize="20">
            <Staged at={2} stage={stage}>
              <GraphPane />
            </Staged>
          </Panel>
          <Separator className="sep horizontal" />
          <Panel id="timeline" defaultSize="36" minSize="8" collapsible collapsedSize="0">
            <Staged at={5} stage={stage}>
              <Timeline />
            </Staged>
          </Panel>
        </Group>
      </Panel>
      <Separator className="sep" />
      <Panel id="details" defaultSize="18" minSize="12" collapsible collapsedSize="0">
        <SidePane />
      </Panel>
    </Group>
  );
}
