import { useState } from 'react';
import type { Status } from '../../../../shared/model';
import { entityTypes, typeDef } from '../../model/entityTypes';
import { getWorkbench, useWorkbench } from '../../store/workbench';

/** Text that turns into an input on double-click (or Enter/F2 while focused); Enter saves, Escape cancels. */
export function EditableCell({ value, label, onSave, placeholder }: { value: string; label: string; onSave: (v: string) => void; placeholder?: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null)
    return (
      <span
        className={value ? 'cell-text' : 'cell-text faint'}
        tabIndex={-1}
        title={value || undefined}
        aria-label={`${label}: ${value || 'empty'}, double-click to edit`}
        onDoubleClick={(e) => {
          e.stopPropagation();
          setDraft(value);
        }}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === 'F2') && setDraft(value)}
      >
        {value || placeholder}
      </span>
    );
  const commit = () => {
    if (draft !== value) onSave(draft);
    setDraft(null);
  };
  return (
    <input
      className="cell-input"
      aria-label={label}
      autoFocus
      value={draft}
      onClick={(e) => e.stopPropagation()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}

/** The entity's type as a coloured chip over a native select: one click to change it. */
export function TypeCell({ type, name, onChange }: { type: string; name: string; onChange: (t: string) => void }) {
  const c = useWorkbench((s) => s.case);
  const def = typeDef(c, type);
  return (
    <label className="type-cell" style={{ '--c': def.color } as React.CSSProperties} onClick={(e) => e.stopPropagation()}>
      <span className="swatch" />
      <select aria-label={`Type of ${name}`} value={type} onChange={(e) => onChange(e.target.value)}>
        {entityTypes(getWorkbench().case).map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StatusCell({ status, onAccept, name }: { status: Status; onAccept: () => void; name: string }) {
  if (status === 'accepted') return <span className="badge accepted">accepted</span>;
  return (
    <span className="status-cell">
      <span className="badge suggested">suggested</span>
      <button
        type="button"
        className="icon-btn small accept-btn"
        aria-label={`Accept ${name}`}
        title="Accept"
        onClick={(e) => {
          e.stopPropagation();
          onAccept();
        }}
      >
        ✓
      </button>
    </span>
  );
}
