/** The GraphML keys Caseboard writes, declared once so the writer and the reader agree. */
export type KeyDef = { id: string; for: 'graph' | 'node' | 'edge'; name: string; type: 'string' | 'double' | 'int' | 'boolean' };

export const GRAPHML_KEYS: KeyDef[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_case', for: 'graph', name: 'case_id', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_type', for: 'node', name: 'type', type: 'string' },
  { id: 'n_aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'n_notes', for: 'node', name: 'notes', type: 'string' },
  { id: 'n_status', for: 'node', name: 'status', type: 'string' },
  { id: 'n_color', for: 'node', name: 'color', type: 'string' },
  { id: 'n_x', for: 'node', name: 'x', type: 'double' },
  { id: 'n_y', for: 'node', name: 'y', type: 'double' },
  { id: 'n_date', for: 'node', name: 'date', type: 'string' },
  { id: 'n_date_basis', for: 'node', name: 'date_basis', type: 'string' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  // GraphML's own per-edge directed="false" makes networkx refuse the whole file in a directed graph,
  // so direction is data.
  { id: 'e_directed', for: 'edge', name: 'directed', type: 'boolean' },
  { id: 'e_status', for: 'edge', name: 'status', type: 'string' },
  { id: 'e_reliability', for: 'edge', name: 'reliability', type: 'string' },
  { id: 'e_credibility', for: 'edge', name: 'credibility', type: 'int' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'e_evidence_refs', for: 'edge', name: 'evidence_refs', type: 'string' },
  { id: 'e_notes', for: 'edge', name: 'notes', type: 'string' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_color', for: 'edge', name: 'color', type: 'string' },
];

/** yEd draws only what sits in its own graphics keys; other readers skip them. */
export const YED_NODE_KEY = 'n_yed';
export const YED_EDGE_KEY = 'e_yed';

const YED_SHAPES: Record<string, string> = {
  ellipse: 'ellipse',
  rectangle: 'rectangle',
  'round-rectangle': 'roundrectangle',
  roundrectangle: 'roundrectangle',
  diamond: 'diamond',
  triangle: 'triangle',
  hexagon: 'hexagon',
  octagon: 'octagon',
};

export const yedShape = (shape: string | undefined) => YED_SHAPES[shape ?? ''] ?? 'ellipse';
