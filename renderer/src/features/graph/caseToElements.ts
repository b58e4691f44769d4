import type { ElementDefinition } from 'cytoscape';
import type { Case } from '../../../../shared/model';
import { typeDef } from '../../model/entityTypes';

export type NodeData = { id: string; label: string; type: string; status: string; color: string; shape: string };
export type EdgeData = { id: string; source: string; target: string; label: string; status: string; directed: boolean };

/**
 * The graph's elements for a case: one node per entity (styled by its type's colour and shape, placed at its
 * saved position when there is one) and one edge per link. Pure, so the graph's look is testable without a canvas.
 */
export function caseToElements(c: Case): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  const positions = c.layout.positions;
  for (const e of c.entities) {
    const def = typeDef(c, e.type);
    const data: NodeData = { id: e.id, label: e.name, type: e.type, status: e.status, color: def.color, shape: def.shape };
    const pos = positions[e.id];
    out.push({
      group: 'nodes',
      data,
      ...(pos ? { position: { x: pos.x, y: pos.y } } : {}),
      classes: e.status === 'suggested' ? 'suggested' : '',
    });
  }
  for (const r of c.relations) {
    const data: EdgeData = { id: r.id, source: r.source, target: r.target, label: r.type, status: r.status, directed: r.directed };
    const classes = [r.status === 'suggested' ? 'suggested' : '', r.directed ? '' : 'undirected'].filter(Boolean).join(' ');
    out.push({ group: 'edges', data, classes });
  }
  return out;
}
