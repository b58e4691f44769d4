import { useState } from 'react';
import { acceptSelection, deleteSelection, mergeEntities, setEntityType } from '../../actions/edit';
import { entityTypes } from '../../model/entityTypes';
import { getWorkbench, select } from '../../store/workbench';
import { Icon } from '../../ui/Icon';
import { MenuButton } from '../../ui/Menu';
import { MergeDialog } from './MergeDialog';

/** Actions on every selected entity at once. */
export function EntityBulkBar({ ids }: { ids: string[] }) {
  const [merging, setMerging] = useState(false);
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected entities">
      <span className="bulk-count">{ids.length} selected</span>
      <button type="button" className="btn small ghost" aria-label="Accept" title="Accept (A)" onClick={acceptSelection}>
        <Icon name="check" /> <span className="btn-label">Accept</span>
      </button>
      <MenuButton
        label="Change type"
        className="btn small ghost"
        items={() => entityTypes(getWorkbench().case).map((t) => ({ label: t.label, onSelect: () => setEntityType(ids, t.id) }))}
      >
        <span className="btn-label">Type</span> <Icon name="chevronDown" />
      </MenuButton>
      <button type="button" className="btn small ghost" aria-label="Merge…" disabled={ids.length < 2} onClick={() => setMerging(true)} title="Merge into one entity (M)">
        <Icon name="merge" /> <span className="btn-label">Merge…</span>
      </button>
      <button type="button" className="btn small ghost danger" aria-label="Delete" title="Delete (Del)" onClick={deleteSelection}>
        <Icon name="trash" /> <span className="btn-label">Delete</span>
      </button>
      <span className="spacer" />
      <button type="button" className="icon-btn small" aria-label="Clear selection" onClick={() => select({})}>
        <Icon name="x" />
      </button>
      {merging && (
        <MergeDialog
          ids={ids}
          onClose={() => setMerging(false)}
          onMerge={(target) => {
            setMerging(false);
            mergeEntities(ids, target);
          }}
        />
      )}
    </div>
  );
}

export function LinkBulkBar({ ids }: { ids: string[] }) {
  return (
    <div className="bulk-bar" role="toolbar" aria-label="Selected links">
      <span className="bulk-count">{ids.length} selected</span>
      <button type="button" className="btn small ghost" aria-label="Accept" title="Accept (A)" onClick={acceptSelection}>
        <Icon name="check" /> <span className="btn-label">Accept</span>
      </button>
      <button type="button" className="btn small ghost danger" aria-label="Delete" title="Delete (Del)" onClick={deleteSelection}>
        <Icon name="trash" /> <span className="btn-label">Delete</span>
      </button>
      <span className="spacer" />
      <button type="button" className="icon-btn small" aria-label="Clear selection" onClick={() => select({})}>
        <Icon name="x" />
      </button>
    </div>
  );
}
