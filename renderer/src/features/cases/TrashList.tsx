import { useState } from 'react';
import { Icon } from '../../ui/Icon';
import { formatWhen, type TrashItem } from './useCaseList';

export function TrashList({ items, onRestore }: { items: TrashItem[]; onRestore: (file: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="trash" aria-label="Trash">
      <button type="button" className="btn ghost small" aria-expanded={open} onClick={() => setOpen(!open)}>
        <Icon name={open ? 'chevronDown' : 'chevronRight'} /> Trash ({items.length})
      </button>
      {open && (
        <ul>
          {items.map((t) => (
            <li key={t.file}>
              <span>{t.name}</span>
              <span className="faint">deleted {formatWhen(t.deletedAt)}</span>
              <button type="button" className="btn small" onClick={() => onRestore(t.file)}>
                <Icon name="restore" /> Restore
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
