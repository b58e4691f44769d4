import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { ClaimsTable } from '../claims/ClaimsTable';
import { Timeline } from '../claims/Timeline';
import { GraphPane } from '../graph/GraphPane';
import { SourcePane } from '../source/SourcePane';
import { EntitiesTable } from '../tables/EntitiesTable';
import { LinksTable } from '../tables/LinksTable';
import { SidePane } from './SidePane';
import '../tables/tables.css';

/** Source | tables | graph | details, with sizes kept in localStorage between sessions. */
export function Panes() {
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
            <EntitiesTable />
          </Panel>
          <Separator className="sep horizontal" />
          <Panel id="links" defaultSize="30" minSize="10">
            <LinksTable />
          </Panel>
          <Separator className="sep horizontal" />
          <Panel id="claims" defaultSize="30" minSize="10">
            <ClaimsTable />
          </Panel>
        </Group>
      </Panel>
      <Separator className="sep" />
      <Panel id="graph" defaultSize="30" minSize="16">
        <Group orientation="vertical" className="panes" defaultLayout={graph.defaultLayout} onLayoutChanged={graph.onLayoutChanged}>
          <Panel id="graph-view" defaultSize="64" minSize="20">
            <GraphPane />
          </Panel>
          <Separator className="sep horizontal" />
          <Panel id="timeline" defaultSize="36" minSize="8" collapsible collapsedSize="0">
            <Timeline />
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
