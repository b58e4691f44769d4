import { useState } from 'react';
import { typeDef } from '../../model/entityTypes';
import { useWorkbench } from '../../store/workbench';
import { Dialog } from '../../ui/Dialog';

/** Choose which entity survives a merge; the others become its aliases, with their mentions and links. */
export function MergeDialog({ ids, onClose, onMerge }: { ids: string[]; onClose: () => void; onMerge: (target: string) => void }) {
  const c = useWorkbench((s) => s.case);
  const entities = ids.map((id) => c.entities.find((e) => e.id === id)).filter((e) => e !== undefined);
  const count = (id: string) => c.mentions.filter((m) => m.entityId === id).length;
  const [target, setTarget] = useState(() => [...entities].sort((a, b) => count(b.id) - count(a.id))[0]?.id ?? '');
  return (
    <Dialog
      open
      title={`Merge ${entities.length} entities`}
      onClose={onClose}
      onSubmit={() => target && onMerge(target)}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn primary">
            Merge
          </button>
        </>
      }
    >
      <p className="muted merge-help">Keep this entity; the others become its aliases and hand over their mentions and links. Undo restores them.</p>
      <div role="radiogroup" aria-label="Entity to keep" className="merge-list">
        {entities.map((e) => (
          <label key={e.id} className="merge-option">
            <input type="radio" name="merge-target" checked={target === e.id} onChange={() => setTarget(e.id)} />
            <span className="swatch" style={{ '--c': typeDef(c, e.type).color } as React.CSSProperties} />
            <span className="merge-name">{e.name}</span>
            <span className="faint">
              {e.type} · {count(e.id)} {count(e.id) === 1 ? "mention" : "mentions"}
            </span>
          </label>
        ))}
      </div>
    </Dialog>
  );
}
