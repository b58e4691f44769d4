import { useState } from 'react';
import { entityTypes } from '../../model/entityTypes';
import { useWorkbench } from '../../store/workbench';

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export function NewEntityForm({
  initialName,
  onCreate,
  onUseExisting,
}: {
  initialName: string;
  onCreate: (name: string, type: string) => void;
  onUseExisting: (id: string) => void;
}) {
  const c = useWorkbench((s) => s.case);
  const [name, setName] = useState(initialName.replace(/\s+/g, ' '));
  const [type, setType] = useState(c.entities[c.entities.length - 1]?.type ?? 'person');
  const existing = c.entities.find((e) => sameName(e.name, name.trim()) || e.aliases.some((a) => sameName(a, name.trim())));
  return (
    <form
      className="selection-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onCreate(name.trim(), type);
      }}
    >
      <label className="field">
        <span>Name</span>
        <input className="input small" aria-label="Entity name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>Type</span>
        <select className="select small" aria-label="Entity type" value={type} onChange={(e) => setType(e.target.value)}>
          {entityTypes(c).map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      {existing && (
        <p className="selection-hint">
          “{existing.name}” already exists.{' '}
          <button type="button" className="linkish" onClick={() => onUseExisting(existing.id)}>
            Add as its mention instead
          </button>
        </p>
      )}
      <button type="submit" className="btn small primary" disabled={!name.trim()}>
        Create entity
      </button>
    </form>
  );
}
