import { Icon } from '../../ui/Icon';
import { MenuButton, type MenuItem } from '../../ui/Menu';

export const EXPORT_FORMATS = ['PNG image', 'SVG image', 'Case JSON', 'Cytoscape JSON', 'GraphML', 'GEXF', 'CSV', 'STIX 2.1'] as const;

const PENDING = 'coming with the export issue';

/** The export menu; every format is listed, and stays disabled until its exporter is wired in. */
export function ExportMenu() {
  const items: MenuItem[] = EXPORT_FORMATS.map((label) => ({ label, disabled: true, title: PENDING, onSelect: () => {} }));
  return (
    <MenuButton label="Export" menuLabel="Export" className="btn" items={items} title="Export the graph or the case">
      <Icon name="download" /> Export
    </MenuButton>
  );
}
