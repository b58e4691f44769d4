import { useMemo, useState } from 'react';
import { typeDef } from '../../model/entityTypes';
import { useWorkbench } from '../../store/workbench';

/** Searchable list of entities (by name and alias) to attach a selected span to. */
export function MentionPicker({ query, onPick }: { query: string; onPick: (entityId: string) => void }) {
  const c = useWorkbench((s) => s.case);
  const [q, setQ] = useState(query.length <= 40 ? query : '');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const needle = q.trim().toLocaleLowerCase();
    const hit = (s: string) => s.toLocaleLowerCase().includes(needle);
    const list = needle ? c.entities.filter((e) => hit(e.name) || e.aliases.some(hit)) : c.entities;
    return list.slice(0, 30);
  }, [c.entities, q]);
  const fallback = matches.length === 0 && q ? c.entities.slice(0, 30) : matches;
  return (
    <div className="mention-picker">
      <input
        className="input small"
        aria-label="Search entities"
        placeholder="Search entities…"
        autoFocus
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, fallback.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && fallback[active]) onPick(fallback[active].id);
          else return;
          e.preventDefault();
        }}
      />
      {matches.length === 0 && q && <p className="faint selection-hint">No entity matches; all entities:</p>}
      <ul role="listbox" aria-label="Matching entities">
        {fallback.map((e, i) => (
          <li key={e.id} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)} onClick={() => onPick(e.id)}>
            <span className="swatch" style={{ '--c': typeDef(c, e.type).color } as React.CSSProperties} />
            <span className="mp-name">{e.name}</span>
            <span className="faint">{e.type}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
