import { useState } from 'react';
import { RELIABILITY, type Reliability, type Status } from '../../../../shared/model';
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

// Table rows hold '' for an ungraded item, the model holds nothing.
type GradeCellProps<T> = { label: string; title?: string; value: T | '' | undefined; onChange: (value: T | null) => void };
const stopClick = (e: React.SyntheticEvent) => e.stopPropagation();

/** A compact A–F reliability grade in a table row; the click does not select the row. */
export function ReliabilityCell({ label, title, value, onChange }: GradeCellProps<Reliability>) {
  return (
    <select className="grade-select" aria-label={label} title={title} value={value ?? ''} onClick={stopClick} onChange={(e) => onChange((e.target.value || null) as Reliability | null)}>
      <option value="">–</option>
      {RELIABILITY.map((r) => (
        <option key={r}>{r}</option>
      ))}
    </select>
  );
}

/** A compact 1–6 credibility grade in a table row. */
export function CredibilityCell({ label, title, value, onChange }: GradeCellProps<number>) {
  return (
    <select className="grade-select" aria-label={label} title={title} value={value === undefined ? '' : String(value)} onClick={stopClick} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">–</option>
      {[1, 2, 3, 4, 5, 6].map((n) => (
        <option key={n}>{n}</option>
      ))}
    </select>
  );
}
