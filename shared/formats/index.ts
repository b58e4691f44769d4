import type { Case } from '../model/schema';
import { exportCaseJson } from './caseJson';
import { exportCsv } from './csv';
import { exportCytoscape } from './cytoscape';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';
import { selectCase } from './select';
import { exportStix } from './stix';
import type { ExportFile, ExportFormat, ExportResult, Selection } from './types';

export * from './types';
export { importGraph, sniffFormat } from './importGraph';
export { mergeIntoCase, type MergeOptions } from './merge';
export { caseFromImport, type NewCaseOptions } from './newCase';
export { selectCase } from './select';

export const EXPORT_FORMATS: { id: ExportFormat; label: string; extension: string }[] = [
  { id: 'json', label: 'Case JSON', extension: '.json' },
  { id: 'cyjs', label: 'Cytoscape JSON', extension: '.cyjs' },
  { id: 'graphml', label: 'GraphML', extension: '.graphml' },
  { id: 'gexf', label: 'GEXF 1.3', extension: '.gexf' },
  { id: 'csv', label: 'CSV (entities + links)', extension: '.csv' },
  { id: 'stix', label: 'STIX 2.1 bundle', extension: '.stix.json' },
];

/** A file name from the case title: letters and digits of any script kept, the rest made safe for every OS. */
export function baseName(c: Case): string {
  const safe = c.title.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80);
  return safe || 'case';
}

/** Export a case (or the selected part of it) in one format. CSV gives two files: entities and links. */
export function exportCase(c: Case, format: ExportFormat, selection?: Selection): ExportResult {
  const sub = selectCase(c, selection);
  const base = baseName(c);
  const file = (ext: string, mime: string, text: string): ExportFile => ({ name: `${base}${ext}`, mime, text });
  switch (format) {
    case 'json':
      return { files: [file('.json', 'application/json', exportCaseJson(sub))] };
    case 'cyjs':
      return { files: [file('.cyjs', 'application/json', exportCytoscape(sub))] };
    case 'graphml':
      return { files: [file('.graphml', 'application/graphml+xml', exportGraphml(sub))] };
    case 'gexf':
      return { files: [file('.gexf', 'application/gexf+xml', exportGexf(sub))] };
    case 'csv': {
      const pair = exportCsv(sub);
      return { files: [file('-entities.csv', 'text/csv;charset=utf-8', pair.entities), file('-links.csv', 'text/csv;charset=utf-8', pair.links)] };
    }
    case 'stix':
      return { files: [file('.stix.json', 'application/stix+json;version=2.1', exportStix(sub))] };
  }
}
