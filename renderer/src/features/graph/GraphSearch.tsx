import { useMemo, useState } from 'react';
import { useWorkbench } from '../../store/workbench';
import { graphBridge } from './graphUi';

/** Type a name, press Enter (or pick from the list) to centre the graph on that node. */
export function GraphSearch() {
  const entities = useWorkbench((s) => s.case.entities);
  const [q, setQ] = useState('');
  const matches = useMemo(() => {
    const needle = q.trim().toLocaleLowerCase();
    if (!needle) return [];
    return entities
      .filter((e) => e.name.toLocaleLowerCase().includes(needle) || e.aliases.some((a) => a.toLocaleLowerCase().includes(needle)))
      .slice(0, 8);
  }, [entities, q]);
  const go = (id: string) => {
    graphBridge.current.focus(id);
    setQ('');
  };
  return (
    <div className="graph-search">
      <input
        className="input small"
        type="search"
        placeholder="Find node…"
        aria-label="Find node in graph"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) go(matches[0].id);
          if (e.key === 'Escape') setQ('');
        }}
      />
      {matches.length > 0 && (
        <ul className="graph-search-results" role="listbox" aria-label="Matching nodes">
          {matches.map((m) => (
            <li key={m.id} role="option" aria-selected={false} onMouseDown={(e) => e.preventDefault()} onClick={() => go(m.id)}>
              {m.name} <span className="faint">{m.type}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
