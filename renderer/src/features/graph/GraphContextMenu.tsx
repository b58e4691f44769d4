import { deleteSelection, renameEntity, retypeRelation, reverseRelation, setEntityType } from '../../actions/edit';
import { entityTypes } from '../../model/entityTypes';
import { getWorkbench } from '../../store/workbench';
import { MenuList, type MenuItem } from '../../ui/Menu';
import type { MenuTarget } from './graphController';
import { graphBridge, graphUi, patchGraphUi } from './graphUi';

const hide = (ids: string[]) => patchGraphUi({ hidden: [...new Set([...graphUi.get().hidden, ...ids])] });

function nodeItems(id: string): MenuItem[] {
  const s = getWorkbench();
  const entity = s.case.entities.find((e) => e.id === id);
  const ids = s.selection.entities.includes(id) ? [...s.selection.entities] : [id];
  const types = entityTypes(s.case).map<MenuItem>((t) => ({
    label: t.label,
    checked: entity?.type === t.id,
    onSelect: () => setEntityType(ids, t.id),
  }));
  return [
    { label: 'Rename…', onSelect: () => void renameEntity(id) },
    { label: 'Expand neighbours', onSelect: () => graphBridge.current.expand(id) },
    { label: 'Draw links (drag to a node)', onSelect: () => graphBridge.current.startLink(id), hint: 'L' },
    { label: ids.length > 1 ? `Hide ${ids.length} nodes` : 'Hide', onSelect: () => hide(ids) },
    { kind: 'separator' },
    { kind: 'heading', label: 'Type' },
    ...types,
    { kind: 'separator' },
    { label: ids.length > 1 ? `Delete ${ids.length} entities` : 'Delete entity', onSelect: deleteSelection, hint: 'Del' },
  ];
}

function edgeItems(id: string): MenuItem[] {
  return [
    { label: 'Change type…', onSelect: () => void retypeRelation(id) },
    { label: 'Reverse direction', onSelect: () => reverseRelation(id) },
    { label: 'Hide', onSelect: () => hide([id]) },
    { kind: 'separator' },
    { label: 'Delete link', onSelect: deleteSelection, hint: 'Del' },
  ];
}

export function GraphContextMenu({ target, onClose }: { target: MenuTarget; onClose: () => void }) {
  const items = target.kind === 'node' ? nodeItems(target.id) : edgeItems(target.id);
  return <MenuList label={target.kind === 'node' ? 'Entity actions' : 'Link actions'} at={{ x: target.x, y: target.y }} items={items} onClose={onClose} />;
}
