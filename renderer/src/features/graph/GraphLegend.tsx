import { useMemo } from 'react';
import { useStore } from '../../lib/createStore';
import { typeDef } from '../../model/entityTypes';
import { useWorkbench } from '../../store/workbench';
import { graphUi, patchGraphUi, toggleType } from './graphUi';
import { ShapeGlyph } from './ShapeGlyph';

/** Types present in the case with their colour and shape; each toggles its nodes on and off. */
export function GraphLegend() {
  const c = useWorkbench((s) => s.case);
  const ui = useStore(graphUi, (s) => s);
  const types = useMemo(() => {
    const counts = new Map<string, number>();
    for (const e of c.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ def: typeDef(c, id), n }));
  }, [c]);
  if (!types.length) return null;
  return (
    <div className="graph-legend" role="group" aria-label="Legend and type filter">
      {types.map(({ def, n }) => {
        const on = !ui.hiddenTypes.includes(def.id);
        return (
          <button
            key={def.id}
            type="button"
            className="legend-item"
            aria-pressed={on}
            aria-label={`Show ${def.label}`}
            title={on ? `Hide ${def.label} nodes` : `Show ${def.label} nodes`}
            onClick={() => toggleType(def.id)}
          >
            <ShapeGlyph shape={def.shape} color={def.color} />
            <span>{def.label}</span>
            <span className="faint">{n}</span>
          </button>
        );
      })}
      <span className="legend-sep" />
      <button type="button" className="legend-item" aria-pressed={ui.showAccepted} onClick={() => patchGraphUi({ showAccepted: !ui.showAccepted })}>
        <span className="legend-line solid" /> Accepted
      </button>
      <button type="button" className="legend-item" aria-pressed={ui.showSuggested} onClick={() => patchGraphUi({ showSuggested: !ui.showSuggested })}>
        <span className="legend-line dashed" /> Suggested
      </button>
    </div>
  );
}
