import { useStore } from '../../lib/createStore';
import { useWorkbench } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { MenuButton, type MenuItem } from '../../ui/Menu';
import { exportUi, toggleSelectionOnly } from './exportUi';
import { ImageExportDialog } from './ImageExportDialog';
import { EXPORT_FORMATS, runExport } from './runExport';

export { EXPORT_FORMATS } from './runExport';

/** The export menu: two images of the graph, six data formats; data formats can take only the selection. */
export function ExportMenu() {
  const { image, selectionOnly } = useStore(exportUi, (s) => s);
  const selected = useWorkbench((s) => s.selection.entities.length + s.selection.relations.length);
  const items: MenuItem[] = EXPORT_FORMATS.map((label) => ({ label, onSelect: () => runExport(label) }));
  items.splice(2, 0, { kind: 'separator' });
  if (selected > 0)
    items.push(
      { kind: 'separator' },
      { label: 'Selection only', checked: selectionOnly, title: `Data formats take only the ${selected} selected nodes and links (and both ends of each link)`, onSelect: toggleSelectionOnly },
    );
  return (
    <>
      <MenuButton label="Export" menuLabel="Export" className="btn" items={items} title="Export the graph or the case">
        <Icon name="download" /> Export
      </MenuButton>
      {image && <ImageExportDialog kind={image} />}
    </>
  );
}
