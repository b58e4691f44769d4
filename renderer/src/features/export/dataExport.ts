import type { Case } from '../../../../shared/model';
import { exportCase, type ExportFormat, type Selection } from '../../../../shared/formats';
import { getWorkbench, showToast } from '../../store/workbench';
import { graphBridge } from '../graph/graphUi';
import { saveBytes } from './save';

export const DATA_FORMATS: Record<string, ExportFormat> = {
  'Case JSON': 'json',
  'Cytoscape JSON': 'cyjs',
  GraphML: 'graphml',
  GEXF: 'gexf',
  CSV: 'csv',
  'STIX 2.1': 'stix',
};

/**
 * The case with the positions the analyst sees: nodes placed by an automatic layout are not saved until one
 * is moved (ADR 4), but an export should carry the picture on screen.
 */
export function caseAsOnScreen(c: Case): Case {
  const cy = graphBridge.current.instance();
  if (!cy) return c;
  const positions = { ...c.layout.positions };
  const known = new Set(c.entities.map((e) => e.id));
  cy.nodes().forEach((n) => {
    if (!known.has(n.id())) return;
    const p = n.position();
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) positions[n.id()] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
  });
  return { ...c, layout: { ...c.layout, positions } };
}

export function currentSelection(): Selection | undefined {
  const s = getWorkbench().selection;
  if (!s.entities.length && !s.relations.length) return undefined;
  return { entityIds: [...s.entities], relationIds: [...s.relations] };
}

/** Write one data format (CSV: two files) of the open case, or of the selection when asked and there is one. */
export async function exportData(label: string, selectionOnly: boolean): Promise<void> {
  const format = DATA_FORMATS[label];
  if (!format) throw new Error(`no data export called ${label}`);
  const selection = selectionOnly ? currentSelection() : undefined;
  const { files } = exportCase(caseAsOnScreen(getWorkbench().case), format, selection);
  const saved: string[] = [];
  for (const f of files) {
    const r = await saveBytes(f.name, f.mime, f.text);
    if (r.saved) saved.push(r.where ?? f.name);
  }
  if (saved.length) showToast(`Exported ${label}${selection ? ' (selection)' : ''}: ${saved.join(', ')}`);
}
