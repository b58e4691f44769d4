import { showToast } from '../../store/workbench';
import { graphBridge } from '../graph/graphUi';
import { exportData } from './dataExport';
import { exportUi, openImageExport } from './exportUi';

export const EXPORT_FORMATS = ['PNG image', 'SVG image', 'Case JSON', 'Cytoscape JSON', 'GraphML', 'GEXF', 'CSV', 'STIX 2.1'] as const;
export type ExportLabel = (typeof EXPORT_FORMATS)[number];

/** What each menu item and palette command does: images open their options, data formats save at once. */
export function runExport(label: ExportLabel): void {
  if (label === 'PNG image' || label === 'SVG image') {
    if (!graphBridge.current.instance()) return showToast('Show the graph to export it as an image');
    return openImageExport(label === 'PNG image' ? 'png' : 'svg');
  }
  exportData(label, exportUi.get().selectionOnly).catch((err: unknown) => showToast(`${label} export failed: ${err instanceof Error ? err.message : String(err)}`));
}
